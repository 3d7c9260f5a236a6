public import NetralCore

/// A reporter whose text for a record depends on nothing but that record (and the options it
/// was made with), so a driver may render records on worker threads and write the texts in
/// input order. JSON Lines and CSV are such formats; text, whose summary counts what it wrote,
/// and the document formats are not.
public protocol RecordRenderer: Sendable {
  /// The record's text: exactly what the format's ``Reporter/report(_:)`` returns for it.
  func render(_ entry: ReportEntry) -> String
  /// The record's text as UTF-8 (what ``render(_:)`` returns, without making a string).
  func renderBytes(_ entry: ReportEntry) -> [UInt8]
  /// The text of the entry an audited record makes (``ReportEntry/init(record:assessment:)``)
  /// as UTF-8; a format that needs less than the whole entry builds none.
  func renderBytes(record: SourceRecord, assessment: Assessment) -> [UInt8]
}

extension RecordRenderer {
  /// The UTF-8 of ``render(_:)``.
  public func renderBytes(_ entry: ReportEntry) -> [UInt8] { Array(render(entry).utf8) }

  /// The UTF-8 of the entry ``ReportEntry/init(record:assessment:)`` makes.
  public func renderBytes(record: SourceRecord, assessment: Assessment) -> [UInt8] {
    renderBytes(ReportEntry(record: record, assessment: assessment))
  }
}

/// A renderer that redacts every entry before another renderer sees it, as
/// ``RedactingReporter`` does for a reporter.
struct RedactingRenderer: RecordRenderer {
  let base: any RecordRenderer

  func render(_ entry: ReportEntry) -> String {
    base.render(RedactingReporter.redact(entry))
  }

  func renderBytes(_ entry: ReportEntry) -> [UInt8] {
    base.renderBytes(RedactingReporter.redact(entry))
  }
}

extension ReportFormat {
  /// A renderer for this format's records when each record's text depends on that record
  /// alone (jsonl, csv), redacting first when `options.redact` is set; `nil` for the other
  /// formats, whose reporters must see the records one after another.
  public func makeRenderer(options: ReportOptions) -> (any RecordRenderer)? {
    let base: (any RecordRenderer)? =
      switch self {
      case .jsonl: JSONLinesReporter(options: options)
      case .csv: CSVReporter(options: options)
      case .text, .json, .sarif, .html, .markdown: nil
      }
    guard let base else { return nil }
    return options.redact ? RedactingRenderer(base: base) : base
  }
}
