import NetralCore

/// Reads interchange JSON Lines one line at a time with bounded memory.
///
/// CRLF line ends and a leading UTF-8 byte-order mark are accepted; blank lines are skipped
/// (and counted); invalid UTF-8, lines over ``ArchiveLimits/maxRecordSize`` and undecodable
/// lines become unreadable records naming the line.
final class JSONLinesReader: RecordReader {
  private let source: String
  private let bytes: ByteReader
  private let cap: Int
  private let finisher: RecordFinisher
  private let decoder = ActivityDecoder()
  private var line = 0
  private var done = false

  /// The reason a blank line is skipped.
  static let blankLine = "blank line"

  init(source: String, chunks: any ChunkSource, cap: Int, finisher: RecordFinisher) {
    self.source = source
    self.bytes = ByteReader(chunks)
    self.cap = cap
    self.finisher = finisher
  }

  func next() -> SourceRecord? { nextPending()?.resolve() }

  /// The next line: blank, overlong and unreadable lines are decided here; a line that holds
  /// a record is checked for UTF-8 and decoded when the record is resolved.
  func nextPending() -> PendingRecord? {
    guard !done else { return nil }
    var buffer: [UInt8] = []
    buffer.reserveCapacity(256)
    let dropped: Int
    let sawNewline: Bool
    do {
      (dropped, sawNewline) = try bytes.readUntil(10, cap: cap, into: &buffer)
    } catch {
      done = true
      line += 1
      return PendingRecord(unreadable("\(source):\(line): \(readFailure(error))"))
    }
    if !sawNewline {
      done = true
      if buffer.isEmpty, dropped == 0 { return nil }
    }
    line += 1
    if line == 1, buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.removeFirst(3) }
    if dropped > 0 {
      return PendingRecord(
        unreadable(
          "\(source):\(line): line longer than \(cap) bytes (\(buffer.count + dropped) bytes)"))
    }
    if buffer.last == 13 { buffer.removeLast() }
    if buffer.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) {
      return PendingRecord(
        finisher.record(source: source, position: line, .skipped(reason: Self.blankLine)))
    }
    let (source, line, decoder, finisher) = (source, line, decoder, finisher)
    return PendingRecord { [buffer] in
      Self.decode(buffer, source: source, line: line, decoder: decoder, finisher: finisher)
    }
  }

  /// The record a non-blank line holds.
  private static func decode(
    _ buffer: [UInt8], source: String, line: Int, decoder: ActivityDecoder,
    finisher: RecordFinisher
  ) -> SourceRecord {
    if let bad = UTF8Validation.firstInvalidByte(in: buffer) {
      return finisher.record(
        source: source, position: line,
        .unreadable(reason: "\(source):\(line): not valid utf-8 at byte \(bad)"))
    }
    do {
      let activity = try decoder.decode(line: buffer, source: source, line: line)
      return finisher.record(source: source, position: line, finisher.finish(consume activity))
    } catch {
      return finisher.record(source: source, position: line, .unreadable(reason: "\(error)"))
    }
  }

  private func unreadable(_ reason: String) -> SourceRecord {
    finisher.record(source: source, position: line, .unreadable(reason: reason))
  }
}
