/// Terminal column widths of Unicode scalars, close enough to place carets under text:
/// combining marks, joiners and variation selectors take none, emoji and East Asian wide
/// characters take two.
enum DisplayWidth {
  /// Columns `scalar` takes in a monospaced terminal.
  static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v == 0x200D || (0xFE00...0xFE0F).contains(v) || (0x1F3FB...0x1F3FF).contains(v)
      || (0xE0000...0xE007F).contains(v)
    {
      return 0
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation { return 2 }
    if (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
      || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
      || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
      || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    {
      return 2
    }
    return 1
  }
}
