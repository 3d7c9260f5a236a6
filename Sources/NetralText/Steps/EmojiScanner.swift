/// Step 1: recognizes emoji sequences (UTS #51) before any other step sees them: a pictograph
/// with optional presentation selector and skin tone, ZWJ sequences of those, flags (regional
/// indicator pairs and tag sequences), and keycaps. The canonical form drops skin tones and
/// variation selectors and keeps ZWJ and tags, so "✌🏽️" becomes "✌" and "👩🏽‍💻" becomes "👩‍💻".
enum EmojiScanner {
  /// A recognized emoji sequence: how many scalars it spans and its canonical scalars.
  struct Match: Equatable {
    /// Number of input scalars consumed.
    var length: Int
    /// The canonical sequence; for a digit keycap ("2️⃣"), just the digit.
    var canonical: [UInt32]
    /// Whether this was a digit keycap, which the normalizer treats as a number.
    var isDigitKeycap: Bool
  }

  static let zeroWidthJoiner: UInt32 = 0x200D
  static let textSelector: UInt32 = 0xFE0E
  static let emojiSelector: UInt32 = 0xFE0F
  static let keycap: UInt32 = 0x20E3

  /// The emoji sequence starting at `index` of `scalars`, if one starts there.
  static func match(_ scalars: UnsafeBufferPointer<UInt32>, at index: Int) -> Match? {
    var canonical: [UInt32] = []
    guard let found = scan(scalars, at: index, canonical: { canonical.append($0) }) else { return nil }
    return Match(length: found.length, canonical: canonical, isDigitKeycap: found.isDigitKeycap)
  }

  /// What ``scan(_:at:canonical:)`` found: how many scalars the sequence spans and whether it is
  /// a digit keycap.
  struct Found {
    /// Number of input scalars consumed.
    var length: Int
    /// Whether this was a digit keycap, which the normalizer treats as a number.
    var isDigitKeycap: Bool
  }

  /// ``match(_:at:)`` without an array: the canonical scalars are handed to `canonical` in order
  /// (only when a sequence is found).
  @inline(__always) static func scan(
    _ scalars: UnsafeBufferPointer<UInt32>, at index: Int, canonical: (UInt32) -> Void
  ) -> Found? {
    let first = scalars[index]
    let next = index + 1 < scalars.count ? scalars[index + 1] : 0
    if first < 0x80 { return keycapScan(scalars, at: index, canonical: canonical) }
    if isRegionalIndicator(first) {
      canonical(first)
      if isRegionalIndicator(next) {
        canonical(next)
        return Found(length: 2, isDigitKeycap: false)
      }
      return Found(length: 1, isDigitKeycap: false)
    }
    let properties = ScalarProperties(first)
    guard properties.contains(.extendedPictographic) else { return nil }
    // Pictographs that NFKC turns into letters (™, ℹ, Ⓜ) are text unless asked to be emoji.
    if !properties.contains(.caseFoldInert), next != emojiSelector { return nil }
    var i = index
    while i < scalars.count {
      canonical(scalars[i])
      i += 1
      // Modifiers of this element: selectors, skin tones, tags.
      while i < scalars.count {
        let s = scalars[i]
        if s == emojiSelector || s == textSelector || (0x1F3FB...0x1F3FF).contains(s) {
          i += 1
        } else if (0xE0020...0xE007F).contains(s) {
          canonical(s)
          i += 1
        } else {
          break
        }
      }
      guard i + 1 < scalars.count, scalars[i] == zeroWidthJoiner,
        ScalarProperties(scalars[i + 1]).contains(.extendedPictographic)
      else { break }
      canonical(zeroWidthJoiner)
      i += 1
    }
    return Found(length: i - index, isDigitKeycap: false)
  }

  /// A keycap sequence ("2️⃣", "#⃣") starting at `index`.
  @inline(__always) private static func keycapScan(
    _ scalars: UnsafeBufferPointer<UInt32>, at index: Int, canonical: (UInt32) -> Void
  ) -> Found? {
    let base = scalars[index]
    guard base.isASCIIDigit || base == 0x23 || base == 0x2A else { return nil }
    var i = index + 1
    if i < scalars.count, scalars[i] == emojiSelector { i += 1 }
    guard i < scalars.count, scalars[i] == keycap else { return nil }
    let isDigit = base.isASCIIDigit
    canonical(base)
    if !isDigit { canonical(keycap) }
    return Found(length: i + 1 - index, isDigitKeycap: isDigit)
  }

  @inline(__always) static func isRegionalIndicator(_ s: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(s)
  }
}
