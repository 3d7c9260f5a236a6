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
  ///
  /// A line that ends in the chunk it was read in stays there: the pending record holds the
  /// chunk and the line's bounds (no copy, no closure per line); only a line that runs across
  /// chunks is copied out.
  func nextPending() -> PendingRecord? {
    guard !done else { return nil }
    var chunk: [UInt8]
    var start = 0
    var end: Int
    var dropped = 0
    do {
      if let found = try bytes.lineInChunk(10) {
        (chunk, start, end) = found
        if end - start > cap {
          dropped = end - start - cap
          end = start + cap
        }
      } else {
        var buffer: [UInt8] = []
        let sawNewline: Bool
        (dropped, sawNewline) = try bytes.readUntil(10, cap: cap, into: &buffer)
        if !sawNewline {
          done = true
          if buffer.isEmpty, dropped == 0 { return nil }
        }
        chunk = buffer
        end = buffer.count
      }
    } catch {
      done = true
      line += 1
      return PendingRecord(unreadable("\(source):\(line): \(readFailure(error))"))
    }
    line += 1
    if line == 1, end - start >= 3, chunk[start] == 0xEF, chunk[start + 1] == 0xBB,
      chunk[start + 2] == 0xBF
    {
      start += 3
    }
    if dropped > 0 {
      return PendingRecord(
        unreadable(
          "\(source):\(line): line longer than \(cap) bytes (\(end - start + dropped) bytes)"))
    }
    if end > start, chunk[end - 1] == 13 { end -= 1 }
    if Self.isBlank(chunk, start, end) {
      return PendingRecord(
        finisher.record(source: source, position: line, .skipped(reason: Self.blankLine)))
    }
    return PendingRecord(line: chunk, start: start, end: end, number: line, decoder: decoding)
  }

  /// Whether `bytes[start..<end]` holds only spaces, tabs and carriage returns.
  private static func isBlank(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
    var i = start
    while i < end {
      let b = bytes[i]
      guard b == 32 || b == 9 || b == 13 else { return false }
      i += 1
    }
    return true
  }

  private func unreadable(_ reason: String) -> SourceRecord {
    finisher.record(source: source, position: line, .unreadable(reason: reason))
  }
}

/// Turns a non-blank JSON Lines line into its record, on whichever thread resolves it.
private final class LineDecoding: PendingLineDecoder {
  let source: String
  let finisher: RecordFinisher
  let decoder = ActivityDecoder()

  init(source: String, finisher: RecordFinisher) {
    self.source = source
    self.finisher = finisher
  }

  /// The record line `line` holds.
  func record(_ buffer: UnsafeBufferPointer<UInt8>, line: Int) -> SourceRecord {
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
