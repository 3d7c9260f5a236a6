/// Normalizes post text for matching: from any text to tokens in a canonical form, each with its
/// exact range in the original text.
///
/// Steps, in order (Docs/Normalization.md explains each):
/// 1. ``EmojiScanner`` — emoji sequences become single units (skin tones and VS16 dropped);
/// 2. ``InvisibleFilter`` — zero-width, format, bidi and variation-selector characters dropped;
/// 3. ``CaseFolder`` — NFKC_Casefold per normalization segment (fullwidth, math, circled …);
/// then per word: 4–5. ``ScriptFolder`` (confusables, transliteration, Latin-ASCII),
/// 6. ``LeetFolder``, 7. ``LetterSqueezer``, 8. spaced-letter joining (``Tokenizer``),
/// 9. ``HashtagSegmenter`` for hashtags and mentions, 10. ``ColloquialFolder``.
/// All-ASCII input skips ICU entirely.
public struct Normalizer: Sendable {
  private let extraWords: WordTable

  /// Creates a normalizer; `dictionary` holds extra words (candidate names, party names, slogan
  /// words) used to split all-lowercase hashtags and to tell words from leetspeak.
  public init(dictionary: Set<String> = []) {
    extraWords = WordTable(words: dictionary.flatMap { $0.split(separator: " ").map(String.init) })
  }

  /// Whether `word` (lowercase ASCII) is known to this normalizer: a common Indonesian word, a
  /// dictionary word or a colloquial form.
  public func isKnownWord(_ word: String) -> Bool {
    extraWords.contains(word) || CommonWords.table.contains(word)
      || ColloquialFolder.table.contains(word)
  }

  /// Normalizes `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var text = text
    let units: UnitText = text.withUTF8 { bytes in
      var any: UInt8 = 0
      for b in bytes { any |= b }
      if any < 0x80 { return CaseFolder.asciiUnits(bytes) }
      let scalars = String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value)
      return scalars.withUnsafeBufferPointer { CaseFolder.units($0) }
    }
    let extra = extraWords
    let known: @Sendable (ArraySlice<Unit>) -> Bool = { word in
      extra.contains(word) || CommonWords.table.contains(word)
        || ColloquialFolder.table.contains(word)
    }
    var tokenizer = Tokenizer(units, isKnownWord: known)
    tokenizer.run()
    return NormalizedText(original: text, text: tokenizer.text, tokens: tokenizer.tokens)
  }
}
