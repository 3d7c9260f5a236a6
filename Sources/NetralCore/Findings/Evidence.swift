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
    self.init(
      field: field, start: range.lowerBound, end: range.upperBound, text: text, signal: signal,
      term: term)
  }

  /// The text of the scalar range `range` of well-formed UTF-8 `bytes`, found by counting lead
  /// bytes (no scalar decoding); `nil` when the range runs past the end.
  private static func text(of range: Range<Int>, utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard range.lowerBound >= 0 else { return nil }
    var scalar = -1
    var lower = -1
    var i = 0
    while i < bytes.count {
      if bytes[i] & 0xC0 != 0x80 {
        scalar += 1
        if scalar == range.lowerBound { lower = i }
        if scalar == range.upperBound { break }
      }
      i += 1
    }
    // `i` is the first byte of scalar `upperBound`, or the end when the range ends there.
    guard lower >= 0 || range.isEmpty, scalar == range.upperBound || scalar + 1 == range.upperBound
    else { return nil }
    if range.isEmpty { return "" }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<i]), as: UTF8.self)
  }
}
