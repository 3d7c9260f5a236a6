import NetralCore

/// The records of a JSON Lines file, decoded one line at a time as the auditor pulls them
/// (the same work the importer does for `-`/`.jsonl` input).
struct JSONLinesRecords: Sequence, IteratorProtocol {
  private var lines: LineReader
  private let source: String
  private let decoder = ActivityDecoder()
  private var number = 0
  /// Bytes read so far, newlines included.
  private(set) var bytes = 0

  init(lines: LineReader, source: String) {
    self.lines = lines
    self.source = source
  }

  mutating func next() -> SourceRecord? {
    guard let line = lines.next() else { return nil }
    number += 1
    bytes += line.count + 1
    do {
      let activity = try decoder.decode(line: line, source: source, line: number)
      return SourceRecord(source: source, position: number, id: activity.id, content: .activity(activity))
    } catch {
      return SourceRecord(
        source: source, position: number, id: "\(source):\(number)",
        content: .unreadable(reason: "\(error)"))
    }
  }
}
