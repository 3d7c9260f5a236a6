import Foundation
public import NetralCore

/// One row per finding (and one per unreadable record), RFC 4180: comma-separated, CRLF line
/// ends, fields quoted when they hold a comma, quote or line break. Optionally starts with a
/// UTF-8 byte order mark so that Excel reads it as UTF-8.
public struct CSVReporter: Reporter, RecordRenderer {
  private let options: ReportOptions

  /// The header row's columns.
  public static let columns = [
    "source", "position", "id", "actor_id", "actor_name", "actor_type", "platform", "kind", "at",
    "verdict", "score", "election", "phase", "rule", "severity", "sanction", "citations",
    "evidence", "message", "suggestion", "error",
  ]

  /// Creates a CSV reporter.
  public init(options: ReportOptions) { self.options = options }

  /// The header row (after the byte order mark, when asked for).
  public mutating func begin() -> String {
    (options.byteOrderMark ? "\u{FEFF}" : "") + Self.row(Self.columns)
  }

  /// A row per finding; a row for an unreadable record; nothing for a clean one.
  public mutating func report(_ entry: ReportEntry) -> String { render(entry) }

  /// A row per finding; a row for an unreadable record; nothing for a clean one.
  public func render(_ entry: ReportEntry) -> String {
    let a = entry.assessment
    let activity = entry.activity
    let common: [String] = [
      entry.record?.source ?? "", entry.record.map { String($0.position) } ?? "", a.id,
      activity?.actor?.id ?? "", activity?.actor?.name ?? "",
      activity?.actor.map { $0.type.rawValue } ?? "", activity?.platform ?? "",
      activity?.kind.rawValue ?? "", activity?.at.map { ReportTime.format($0) } ?? "",
      a.verdict.rawValue, String(a.score), a.phase?.election ?? "", a.phase?.phase.rawValue ?? "",
    ]
    if a.verdict == .error {
      return Self.row(common + ["", "", "", "", "", "", "", a.error ?? ""])
    }
    return a.findings.map { f in
      Self.row(
        common + [
          f.rule, f.severity.rawValue, f.sanction?.level.rawValue ?? "",
          f.citations.map(\.id).joined(separator: "; "),
          f.evidence.map { "\($0.field)[\($0.start)..<\($0.end)]: \($0.text)" }
            .joined(separator: "; "),
          f.message, f.suggestion ?? "", "",
        ])
    }.joined()
  }

  /// Nothing: every row is written.
  public mutating func finish(_ summary: AuditSummary) -> String { "" }

  /// One CRLF-terminated row.
  static func row(_ fields: [String]) -> String {
    fields.map(quote).joined(separator: ",") + "\r\n"
  }

  /// `field`, quoted and with quotes doubled when it holds a comma, quote or line break.
  static func quote(_ field: String) -> String {
    guard
      field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
    else { return field }
    return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
