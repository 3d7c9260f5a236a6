public import NetralCore

/// Renders a stream of assessments into one output format.
///
/// A driver calls ``begin()`` once, ``report(_:)`` for every record in input order, and
/// ``finish(_:)`` once with the audit's summary, writing each returned string as it comes.
/// Streaming reporters (text, jsonl, csv) return each record's text at once, so the first
/// verdict appears before the input ends; document reporters (json, sarif, html, markdown)
/// keep only the records that have findings or errors and return the document from
/// ``finish(_:)``.
public protocol Reporter {
  /// Text written before the first record.
  mutating func begin() -> String
  /// Text for one record (empty when the reporter writes it later, or not at all).
  mutating func report(_ entry: ReportEntry) -> String
  /// Text written after the last record.
  mutating func finish(_ summary: AuditSummary) -> String
}

extension Reporter {
  /// Nothing before the first record.
  public mutating func begin() -> String { "" }

  /// Renders `entries` and `summary` in one go (for tests and small inputs).
  public mutating func render(_ entries: [ReportEntry], summary: AuditSummary) -> String {
    var out = begin()
    for entry in entries { out += report(entry) }
    out += finish(summary)
    return out
  }
}

/// The output formats.
public enum ReportFormat: String, Sendable, CaseIterable {
  /// Compiler-style excerpts with carets under the evidence.
  case text
  /// One JSON document.
  case json
  /// One verdict line per activity, exactly as the interchange format says.
  case jsonl
  /// One row per finding, RFC 4180.
  case csv
  /// SARIF 2.1.0, for code review and CI tools.
  case sarif
  /// One self-contained HTML page for an inspector.
  case html
  /// Markdown, for tickets.
  case markdown

  /// Whether records are written as they arrive.
  public var isStreaming: Bool { self == .text || self == .jsonl || self == .csv }

  /// A reporter of this format, redacting actors first when `options.redact` is set.
  public func makeReporter(options: ReportOptions) -> any Reporter {
    let base: any Reporter =
      switch self {
      case .text: TextReporter(options: options)
      case .json: JSONReporter(options: options)
      case .jsonl: JSONLinesReporter(options: options)
      case .csv: CSVReporter(options: options)
      case .sarif: SARIFReporter(options: options)
      case .html: HTMLReporter(options: options)
      case .markdown: MarkdownReporter(options: options)
      }
    return options.redact ? RedactingReporter(base) : base
  }
}
