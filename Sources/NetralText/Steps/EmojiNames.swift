/// Names of emoji tokens from ICU's Unicode character names ("✌" → "victory hand",
/// "🐃" → "water buffalo", "🇮🇩" → "flag: id", "👩‍💻" → "woman + personal computer").
public enum EmojiNames {
  /// The name of the canonical emoji `emoji`, or nil when it has none.
  public static func name(of emoji: String) -> String? {
    let scalars = emoji.unicodeScalars.map(\.value)
    guard let first = scalars.first else { return nil }
    if EmojiScanner.isRegionalIndicator(first) {
      let letters = scalars.filter(EmojiScanner.isRegionalIndicator).compactMap {
        Unicode.Scalar($0 - 0x1F1E6 + 0x61)
      }
      return "flag: " + String(String.UnicodeScalarView(letters))
    }
    let names = scalars.filter { $0 != EmojiScanner.zeroWidthJoiner && !(0xE0020...0xE007F).contains($0) }
      .compactMap(ICU.name(of:))
    return names.isEmpty ? nil : names.joined(separator: " + ")
  }
}
