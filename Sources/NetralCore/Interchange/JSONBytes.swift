/// Byte tests shared by the JSON scanner and writer.
enum JSONBytes {
  /// Whether one of the eight bytes of `word` is a control character, a quote or a backslash:
  /// a byte that ends, escapes or is not allowed in a JSON string (may say yes for a clean word
  /// next to such a byte: the caller then looks byte by byte).
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZero(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
    let control = (word &- 0x2020_2020_2020_2020) & ~word & highs != 0
    return control || hasZero(word ^ 0x2222_2222_2222_2222) || hasZero(word ^ 0x5C5C_5C5C_5C5C_5C5C)
  }
}
