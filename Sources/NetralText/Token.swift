/// One token of a normalized text, with its range in both the original and the normalized text.
public struct Token: Sendable, Hashable {
  /// What the token is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, BitwiseCopyable {
    /// A word, or a word segment of a hashtag or mention.
    case word
    /// A number, date, time or amount ("2024", "02", "10.00", "27/11/2024").
    case number
    /// A `#hashtag`; its segments follow it.
    case hashtag
    /// An `@mention`; its segments follow it.
    case mention
    /// An emoji sequence.
    case emoji
    /// A URL or e-mail address.
    case url
  }

  /// The kind.
  public var kind: Kind
  /// The normalized form: a folded lowercase word (after colloquial folding), digits (with their
  /// separators: "10.00", "27/11/2024"), the hashtag body without `#`, the mention without `@`,
  /// the canonical emoji (no skin tone, no variation selector), or the lowercased URL.
  public var text: String
  /// The form before colloquial folding ("gak" where ``text`` is "tidak"); equal to ``text``
  /// for tokens that were not folded.
  public var surface: String
  /// Range in the original string, in Unicode scalars.
  public var original: Range<Int>
  /// Range in ``NormalizedText/text``, in Unicode scalars.
  public var normalized: Range<Int>
  /// For a word or number that is a segment of a hashtag or mention: the index of that token.
  public var hashtag: Int?

  /// Creates a token; `surface` defaults to `text`.
  public init(
    kind: Kind, text: String, original: Range<Int>, normalized: Range<Int>, hashtag: Int? = nil,
    surface: String? = nil
  ) {
    self.kind = kind
    self.text = text
    self.surface = surface ?? text
    self.original = original
    self.normalized = normalized
    self.hashtag = hashtag
  }

  /// ``text`` with every run of a repeated letter collapsed to one ("aamiin" → "amin",
  /// "gibraan" → "gibran"); digits are kept as they are.
  public var skeleton: String { LetterSqueezer.skeleton(of: text) }

  /// For an emoji token, the Unicode name of its main character ("victory hand" for ✌); for a
  /// flag, "flag: " and the region code ("flag: id"); nil for other tokens.
  public var emojiName: String? { kind == .emoji ? EmojiNames.name(of: text) : nil }
}
