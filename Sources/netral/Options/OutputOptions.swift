import ArgumentParser
import NetralCore
import NetralReport

/// Options that decide how results are written and when the run fails.
struct OutputOptions: ParsableArguments {
  @Option(help: "Output format.")
  var format: ReportFormat = .text

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp("Write the report to a file instead of standard output.", valueName: "file"))
  var output: String?

  @Option(help: "Colour the text report (auto: on a terminal, unless NO_COLOR is set).")
  var color: ColorChoice = .auto

  @Option(
    name: .customLong("fail-on"), help: "Exit with status 1 on findings at or above this severity.")
  var failOn: Severity = .violation

  @Flag(help: "Hide actor names and ids in the report (stable pseudonyms instead).")
  var redact = false

  @Flag(help: "Start CSV output with a UTF-8 byte order mark (for Excel).")
  var bom = false

  /// Whether the text report gets ANSI colours.
  func colored(environment: [String: String], stdoutIsTerminal: Bool) -> Bool {
    switch color {
    case .always: return true
    case .never: return false
    case .auto:
      let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
      return output == nil && stdoutIsTerminal && !noColor && environment["TERM"] != "dumb"
    }
  }
}
