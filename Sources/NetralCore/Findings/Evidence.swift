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
    let scalars = original.unicodeScalars
    let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let upper = scalars.index(lower, offsetBy: range.count)
    self.init(
      field: field, start: range.lowerBound, end: range.upperBound,
      text: String(scalars[lower..<upper]), signal: signal, term: term)
  }
}
