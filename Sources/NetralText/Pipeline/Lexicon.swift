/// The words the normalizer knows: the bundled common Indonesian words and colloquial forms plus
/// the caller's dictionary (candidate, party and slogan words from the election packs).
struct Lexicon: Sendable {
  /// The caller's extra words.
  var extra: WordTable
  /// The bundled words (``KnownWords``): common words and colloquial forms.
  var bundled: WordTable = KnownWords.table

  /// A lexicon of the bundled words and `extra`.
  init(extra: WordTable) { self.extra = extra }

  /// Whether the lowercase ASCII letters of `word` are known.
  func contains(_ word: ArraySlice<Unit>) -> Bool {
    guard !word.isEmpty, let h = WordTable.hash(word) else { return false }
    return word.withUnsafeBufferPointer { contains($0, hash: h) }
  }

  /// Whether `units` (ASCII, lowered by the comparison) whose ``WordTable/hashStep(_:_:)`` hash
  /// is `h` are a known word.
  @inline(__always) func contains(_ units: UnsafeBufferPointer<Unit>, hash h: UInt64) -> Bool {
    bundled.index(units: units, hash: h) != nil || extra.index(units: units, hash: h) != nil
  }

  /// Whether some known word may start with the letters whose hash is `h` (see
  /// ``WordTable/mayHavePrefix(hash:)``).
  @inline(__always) func mayHavePrefix(hash h: UInt64) -> Bool {
    bundled.mayHavePrefix(hash: h) || extra.mayHavePrefix(hash: h)
  }
}
