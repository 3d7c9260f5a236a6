/// The words the normalizer knows: the bundled common Indonesian words and colloquial forms plus
/// the caller's dictionary (candidate, party and slogan words from the election packs).
struct Lexicon: Sendable {
  /// The caller's extra words.
  var extra: WordTable

  /// Whether the lowercase ASCII letters of `word` are known.
  func contains(_ word: ArraySlice<Unit>) -> Bool {
    extra.contains(word) || CommonWords.table.contains(word) || ColloquialFolder.table.contains(word)
  }
}
