import NetralCore

/// Repairs the mojibake of Facebook and Instagram exports: their JSON writes each UTF-8 byte
/// of non-ASCII text as its own `\u00xx` escape, so "Aamiin 🙏" arrives as "Aamiin ð\u{9F}\u{99}\u{8F}".
///
/// A string is repaired only when every scalar is at most U+00FF, at least one is above U+007F,
/// those scalars, read as bytes, are valid UTF-8, and the result is plausible: either the
/// original holds C1 control characters (U+0080–U+009F, which real text never does; most emoji
/// and curly quotes produce them), or every repaired character is a letter, mark or symbol of
/// a commonly written range (Latin, Greek, Cyrillic, Arabic, Vietnamese, punctuation, emoji)
/// and no no-break space stood in as a continuation byte (except after 'Ã', for 'à'). Genuine Latin-1 text ("café",
/// "NESTLÉ®", "5×£35", "QUEM É¿") is left alone.
public enum MojibakeRepair {
  /// `text` repaired, or unchanged when it is not Facebook-style mojibake.
  public static func repair(_ text: String) -> String {
    var bytes: [UInt8] = []
    var sawHigh = false
    var sawControl = false
    var sawSpaceByte = false
    for scalar in text.unicodeScalars {
      guard scalar.value <= 0xFF else { return text }
      if scalar.value >= 0x80 { sawHigh = true }
      if scalar.value >= 0x80, scalar.value <= 0x9F { sawControl = true }
      if scalar.value == 0xA0, let lead = bytes.last, lead != 0xC3 { sawSpaceByte = true }
      bytes.append(UInt8(scalar.value))
    }
    guard sawHigh, UTF8Validation.firstInvalidByte(in: bytes) == nil else { return text }
    let repaired = String(decoding: bytes, as: UTF8.self)
    if !sawControl {
      if sawSpaceByte { return text }
      if repaired.unicodeScalars.contains(where: { !isPlausible($0) }) { return text }
    }
    return repaired
  }

  /// Whether a repaired scalar is one real text commonly holds.
  private static func isPlausible(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x80, 0xA0...0x24F, 0x300...0x36F, 0x370...0x3FF, 0x400...0x4FF, 0x600...0x6FF,
      0x1E00...0x1EFF, 0x2000...0x2BFF, 0xFFFD, 0x1F000...0x1FAFF:
      true
    default:
      false
    }
  }

  /// Every string in a parsed JSON value (keys and values) repaired.
  static func repair(json value: Any) -> Any {
    switch value {
    case let s as String: return repair(s)
    case let list as [Any]: return list.map { repair(json: $0) }
    case let object as [String: Any]:
      var out: [String: Any] = [:]
      for (k, v) in object { out[repair(k)] = repair(json: v) }
      return out
    default: return value
    }
  }
}
