/// A text normalized for matching, with tokens and a map back to the original.
public struct NormalizedText: Sendable, Hashable {
  /// The original string.
  public var original: String
  /// The normalized text: tokens' normalized forms separated by single spaces.
  public var text: String
  /// The tokens, in order.
  public var tokens: [Token]

  /// Creates a normalized text.
  public init(original: String, text: String, tokens: [Token]) {
    self.original = original
    self.text = text
    self.tokens = tokens
  }
}
