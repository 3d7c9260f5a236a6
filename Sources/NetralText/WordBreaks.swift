/// UAX #29 word segmentation (ICU break iterator, locale "id"), exposed for callers that want
/// linguistic words rather than netral's tokens. It drops `#`, `@` and emoji, so the normalizer
/// has its own tokenizer; this is the reference it is compared against.
public enum WordBreaks {
  /// Scalar ranges of the words (letter or number segments) of `text`.
  public static func words(in text: String) -> [Range<Int>] {
    let utf16 = Array(text.utf16)
    let ranges = ICU.wordBounds(utf16)
    guard !ranges.isEmpty else { return [] }
    // UTF-16 offset -> scalar offset.
    var scalarAt = [Int](repeating: 0, count: utf16.count + 1)
    var u = 0
    var s = 0
    for scalar in text.unicodeScalars {
      scalarAt[u] = s
      u += UTF16.width(scalar)
      s += 1
    }
    scalarAt[utf16.count] = s
    return ranges.map { scalarAt[$0.lowerBound]..<scalarAt[$0.upperBound] }
  }
}
