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
  /// What a deferred line needs to become a record, shared by all of them: each pending line
  /// holds one reference instead of copies of the source name and the finisher.
  private let decoding: LineDecoding
  private var line = 0
  private var done = false

  /// The reason a blank line is skipped.
  static let blankLine = "blank line"

  init(source: String, chunks: any ChunkSource, cap: Int, finisher: RecordFinisher) {
    self.source = source
    self.bytes = ByteReader(chunks)
    self.cap = cap
    self.finisher = finisher
    decoding = LineDecoding(source: source, finisher: finisher)
  }

  func next() -> SourceRecord? { nextPending()?.resolve() }

  /// The next line: blank, overlong and unreadable lines are decided here; a line that holds
  /// a record is checked for UTF-8 and decoded when the record is resolved.
  func nextPending() -> PendingRecord? {
    guard !done else { return nil }
    var buffer: [UInt8] = []
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
    let (decoding, line) = (decoding, line)
    return PendingRecord { [buffer] in decoding.record(buffer, line: line) }
  }

  private func unreadable(_ reason: String) -> SourceRecord {
    finisher.record(source: source, position: line, .unreadable(reason: reason))
  }
}

/// Turns a non-blank JSON Lines line into its record, on whichever thread resolves it.
private final class LineDecoding: Sendable {
  let source: String
  let finisher: RecordFinisher
  let decoder = ActivityDecoder()

  init(source: String, finisher: RecordFinisher) {
    self.source = source
    self.finisher = finisher
  }

  /// The record line `line` holds.
  func record(_ buffer: [UInt8], line: Int) -> SourceRecord {
    if let bad = UTF8Validation.firstInvalidByte(in: buffer) {
      return finisher.record(
        source: source, position: line,
        .unreadable(reason: "\(source):\(line): not valid utf-8 at byte \(bad)"))
    }
    do {
      let activity = try decoder.decode(validUTF8Line: buffer, source: source, line: line)
      return finisher.record(source: source, position: line, finisher.finish(consume activity))
    } catch {
      return finisher.record(source: source, position: line, .unreadable(reason: "\(error)"))
    }
  }
}
