/// One span of original text that supports a finding.
///
/// `start` and `end` are offsets in Unicode scalars into the original string of `field`;
/// `text` is exactly that substring.
public struct Evidence: Sendable, Hashable {
  /// Which field of the activity the span is in.
  public var field: ActivityField
  /// Start offset in Unicode scalars, inclusive.
  public var start: Int
  /// End offset in Unicode scalars, exclusive.
  public var end: Int
  /// The exact original substring.
  public var text: String
  /// What the span signals.
  public var signal: Signal
  /// The lexicon entry or pack term it matched (e.g. `pemilu-2024/candidate/prabowo`), if any.
  public var term: String?

  /// Creates evidence.
  public init(
    field: ActivityField, start: Int, end: Int, text: String, signal: Signal, term: String? = nil
  ) {
    self.field = field
    self.start = start
    self.end = end
    self.text = text
    self.signal = signal
    self.term = term
  }

  /// Creates evidence for the scalar range `range` of `original`, extracting its text.
  public init(
    field: ActivityField, range: Range<Int>, in original: String, signal: Signal,
    term: String? = nil
  ) {
    let text: String
    if let t = original.utf8.withContiguousStorageIfAvailable({ Self.text(of: range, utf8: $0) }), let t {
      text = t
    } else {
      let scalars = original.unicodeScalars
      let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
      let upper = scalars.index(lower, offsetBy: range.count)
      text = String(scalars[lower..<upper])
    }
    // Stored directly: delegating to the memberwise initializer copied the evidence once more.
    self.field = field
    self.start = range.lowerBound
    self.end = range.upperBound
    self.text = text
    self.signal = signal
    self.term = term
  }

  /// The text of the scalar range `range` of well-formed UTF-8 `bytes`, found by counting lead
  /// bytes (no scalar decoding); `nil` when the range runs past the end.
  private static func text(of range: Range<Int>, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard range.lowerBound >= 0 else { return nil }
    if range.isEmpty { return emptyText(at: range.lowerBound, utf8: bytes) }
    // `scalar` is the number of the last lead byte before `i` (-1 before the first).
    var i = 0
    var scalar = -1
    guard seek(range.lowerBound, &i, &scalar, bytes) else { return nil }
    let lower = i
    i += 1
    // Not found: the range must end with the text (the last scalar is `upperBound - 1`).
    guard seek(range.upperBound, &i, &scalar, bytes) || scalar + 1 == range.upperBound else { return nil }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<i]), as: UTF8.self)
  }

  /// Moves `i` forward to the lead byte of scalar number `target` and returns `true`, or to the
  /// end of `bytes` and returns `false`; `scalar` counts the lead bytes passed. Eight bytes
  /// without the target are passed at once, their lead bytes counted from the bits (a
  /// continuation byte is `10xxxxxx`): an evidence span's offset in a long post was counted
  /// byte by byte from the start before.
  private static func seek(_ target: Int, _ i: inout Int, _ scalar: inout Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    if let base = bytes.baseAddress {
      while i + 8 <= bytes.count {
        // In bounds: `i + 8 <= bytes.count`.
        let w = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
        let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
        let leads = 8 - continuation.nonzeroBitCount
        if scalar + leads >= target { break }
        scalar += leads
        i += 8
      }
    }
    while i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 {
        scalar += 1
        if scalar == target { return true }
      }
      i += 1
    }
    return false
  }

  /// The empty text at scalar offset `offset`: `""` when the offset is inside the text or at
  /// its end, else `nil`.
  private static func emptyText(at offset: Int, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var i = 0
    var scalar = -1
    return seek(offset, &i, &scalar, bytes) || scalar + 1 == offset ? "" : nil
  }
}
