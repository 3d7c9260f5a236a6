public import NetralCore

/// One verdict line per record, exactly as the interchange format says
/// (``NetralCore/Assessment/jsonLine``): an unreadable record gets an `error` line, never a gap.
public struct JSONLinesReporter: Reporter, RecordRenderer {
  /// The findings' citation lists rendered once, shared by every copy of this reporter and
  /// every thread rendering with it.
  private let cache = JSONLineCache()

  /// Creates a JSON Lines reporter.
  public init(options: ReportOptions) {}

  /// The record's verdict line.
  public mutating func report(_ entry: ReportEntry) -> String { render(entry) }

  /// The record's verdict line.
  public func render(_ entry: ReportEntry) -> String {
    String(decoding: renderBytes(entry), as: UTF8.self)
  }

  /// The record's verdict line as UTF-8.
  public func renderBytes(_ entry: ReportEntry) -> [UInt8] { line(entry.assessment) }

  /// The record's verdict line as UTF-8: the line depends on the assessment alone, so no entry
  /// is built (that would copy the record and its activity).
  public func renderBytes(record: SourceRecord, assessment: Assessment) -> [UInt8] {
    line(assessment)
  }

  private func line(_ assessment: Assessment) -> [UInt8] {
    assessment.jsonLineBytes(newline: true, cache: cache)
  }

  /// Nothing: the stream is complete.
  public mutating func finish(_ summary: AuditSummary) -> String { "" }
}
