/// Step 2: drops zero-width and other invisible characters — Default_Ignorable_Code_Point
/// (ZWSP, ZWNJ, ZWJ outside emoji, word joiner, soft hyphen, bidi controls, variation
/// selectors, tags) and every format (Cf) character. Dropped scalars produce no unit, so the
/// units on both sides keep their own original ranges and a word split by them rejoins.
enum InvisibleFilter {
  /// Whether `scalar` is dropped.
  static func drops(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 { return false }
    return drops(scalar, ScalarProperties(scalar))
  }

  /// Whether a scalar with `properties` is dropped (standalone skin tones included).
  static func drops(_ scalar: UInt32, _ properties: ScalarProperties) -> Bool {
    properties.contains(.ignorable) || properties.contains(.emojiModifier)
  }
}
