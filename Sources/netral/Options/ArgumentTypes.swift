import ArgumentParser
import NetralCore
import NetralImport
import NetralReport

extension Language: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
extension Activity.Kind: ExpressibleByArgument {}
extension InputFormat: ExpressibleByArgument {}

extension Actor.Category: ExpressibleByArgument {
  /// The categories a user may name (`unknown` is the default, not a choice).
  public static var allValueStrings: [String] {
    allCases.filter { $0 != .unknown }.map(\.rawValue)
  }
}

/// When to colour the text report.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never
}
