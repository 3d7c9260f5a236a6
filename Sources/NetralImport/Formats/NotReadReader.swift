import NetralCore

/// One skipped record for a data file that holds no activities netral audits.
final class NotReadReader: RecordReader {
  private var record: SourceRecord?

  /// The reason such a file is skipped.
  static let reason = "file not read: holds no activities netral audits"

  init(source: String, finisher: RecordFinisher) {
    record = finisher.record(source: source, position: 0, .skipped(reason: Self.reason))
  }

  func next() -> SourceRecord? {
    defer { record = nil }
    return record
  }
}
