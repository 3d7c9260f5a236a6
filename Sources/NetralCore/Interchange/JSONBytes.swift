/// Byte tests shared by the JSON scanner and writer.
enum JSONBytes {
  /// Whether one of the eight bytes of `word` is a control character, a quote or a backslash:
  /// a byte that ends, escapes or is not allowed in a JSON string.
  @inline(__always)
  static func needsEscape(_ word: UInt64) -> Bool { specialBytes(word) != 0 }

  /// The high bit of each byte of `word` (little-endian) that is a control character, a quote
  /// or a backslash. The lowest bit set is exact, so `trailingZeroBitCount / 8` is the offset of
  /// the first such byte; bits above it may be set for clean bytes (a borrow carried upward).
  @inline(__always)
  static func specialBytes(_ word: UInt64) -> UInt64 {
    let highs: UInt64 = 0x8080_8080_8080_8080
    let control = (word &- 0x2020_2020_2020_2020) & ~word & highs
    return control | zeroBytes(word ^ 0x2222_2222_2222_2222)
      | zeroBytes(word ^ 0x5C5C_5C5C_5C5C_5C5C)
  }

  /// The high bit of each zero byte of `x` (exact for the lowest one).
  @inline(__always)
  private static func zeroBytes(_ x: UInt64) -> UInt64 {
    (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
  }
}
