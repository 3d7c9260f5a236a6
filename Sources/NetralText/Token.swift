/// One token of a normalized text, with its range in both the original and the normalized text.
public struct Token: Sendable, Hashable {
  /// What the token is.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case word, number, hashtag, mention, emoji, url
  }

  /// The kind.
  public var kind: Kind
  /// The normalized form: lowercase folded word, digits, hashtag body without `#`, mention
  /// without `@`, the canonical emoji (no skin tone, no variation selector), or the URL.
  public var text: String
  /// Range in the original string, in Unicode scalars.
  public var original: Range<Int>
  /// Range in ``NormalizedText/text``, in Unicode scalars.
  public var normalized: Range<Int>
  /// For a word or number that is a segment of a hashtag: the index of that hashtag token.
  public var hashtag: Int?

  /// Creates a token.
  public init(
    kind: Kind, text: String, original: Range<Int>, normalized: Range<Int>, hashtag: Int? = nil
  ) {
    self.kind = kind
    self.text = text
    self.original = original
    self.normalized = normalized
    self.hashtag = hashtag
  }
}
