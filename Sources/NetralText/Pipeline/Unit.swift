/// One scalar of text being normalized, with the range of ORIGINAL scalars it came from.
///
/// ASCII letters keep their case (uppercase is remembered for camel-case hashtag splitting and
/// lowered when a token is emitted). Values at or above ``Unit/emojiBase`` stand for a whole
/// emoji sequence (see ``UnitText/emoji``).
struct Unit: Hashable, Sendable {
  /// The scalar value, or `emojiBase + index` for an emoji sequence.
  var scalar: UInt32
  /// First original scalar offset this unit covers.
  var start: Int32
  /// One past the last original scalar offset this unit covers.
  var end: Int32

  /// First value that marks an emoji sequence rather than a scalar (beyond Unicode's range).
  static let emojiBase: UInt32 = 0x11_0000

  /// Whether this unit stands for an emoji sequence.
  var isEmoji: Bool { scalar >= Unit.emojiBase }
}

/// The text after the character-level steps (emoji scan, invisible filter, NFKC casefold): the
/// units in order plus the canonical emoji sequences they refer to.
struct UnitText: Sendable {
  /// The units, in original order; their `start`s never decrease.
  var units: [Unit] = []
  /// Canonical emoji sequences referenced by emoji units, one after another, each as its
  /// scalars followed by their count; an emoji unit's value is `emojiBase` plus the index of
  /// that count.
  var emoji: [UInt32] = []
}

/// A ``UnitText`` being written by ``CaseFolder``: the units in a buffer managed by hand (its
/// owner deallocates it).
struct UnitWriter {
  /// The units, in original order.
  var units: GrowableBuffer<Unit>
  /// Canonical emoji sequences, as in ``UnitText/emoji``.
  var emoji: [UInt32] = []
}

extension UInt32 {
  /// Whether this is an ASCII letter.
  @inline(__always) var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }
  /// Whether this is an ASCII digit.
  @inline(__always) var isASCIIDigit: Bool { self &- 0x30 < 10 }
  /// An ASCII letter or digit.
  @inline(__always) var isASCIIWordByte: Bool { isASCIILetter || isASCIIDigit }
  /// An ASCII letter or digit, or `#`, `@` or `$`: an ASCII unit that starts or continues a
  /// token (word, number, hashtag, mention, "$ubianto").
  @inline(__always) var isASCIITokenByte: Bool { isASCIIWordByte || self == 0x23 || self == 0x40 || self == 0x24 }
  /// Whether this is an ASCII uppercase letter.
  @inline(__always) var isASCIIUpper: Bool { self &- 0x41 < 26 }
  /// ASCII lowercase of this value (other values unchanged).
  @inline(__always) var asciiLowered: UInt32 { isASCIIUpper ? self | 0x20 : self }
}
