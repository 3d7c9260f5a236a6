import ArgumentParser
import Foundation
import NetralCore
import NetralPacks

/// The exit statuses; the only place their numbers appear.
enum ExitStatus {
  /// Nothing at or above `--fail-on`.
  static let clean = ExitCode(0)
  /// Findings at or above `--fail-on`.
  static let findings = ExitCode(1)
  /// An error: unreadable input, a bad pack, an output that cannot be written.
  static let error = ExitCode(2)
  /// A usage error (ArgumentParser's own validation failures use the same code).
  static let usage = ExitCode.validationFailure

  /// The status for an audit's verdict counts: errors win, then findings at the threshold.
  static func of(_ summary: AuditSummary, failOn: Severity) -> ExitCode {
    if (summary.verdicts[.error] ?? 0) > 0 { return error }
    let violations = summary.verdicts[.violation] ?? 0
    let reviews = summary.verdicts[.review] ?? 0
    let failing = failOn == .review ? violations + reviews : violations
    return failing > 0 ? findings : clean
  }
}

/// A failure that ends the run with status 2 after printing `netral: message` on stderr
/// (or, for diagnostics that already name their place, the lines as they are).
struct RunError: Error, CustomStringConvertible {
  /// One line, lowercase, no trailing period; or several `file:line:column: message` lines.
  var description: String
  /// Whether the lines are printed without the `netral: ` prefix.
  var located = false

  init(_ description: String) { self.description = description }

  /// Pack diagnostics, printed one per line as `file:line:column: message`, with the file
  /// named as the user gave it.
  init(_ diagnostics: [PackDiagnostic], path: String) {
    let absolute = URL(fileURLWithPath: path).path
    description = diagnostics.map { d in
      var d = d
      if d.file == absolute { d.file = path }
      return d.description
    }.joined(separator: "\n")
    located = true
  }
}
