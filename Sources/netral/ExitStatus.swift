import ArgumentParser
import NetralCore

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

/// A failure that ends the run with status 2 after printing `netral: message` on stderr.
struct RunError: Error, CustomStringConvertible {
  /// One line, lowercase, no trailing period (several lines for pack diagnostics).
  var description: String

  init(_ description: String) { self.description = description }
}
