/// The words the normalizer knows: the bundled common Indonesian words and colloquial forms plus
/// the caller's dictionary (candidate, party and slogan words from the election packs), in one
/// table so a word needs one probe.
struct Lexicon: Sendable {
  /// Every known word: the bundled entries (``KnownWords``, colloquial forms with their formal
  /// value) first, then the caller's words that are not bundled (with an empty value).
  var words: WordTable

  /// A lexicon of the bundled words and the caller's `extra` words (built once per
  /// ``Normalizer``, straight from the bundled entries: no table is built to be taken apart).
  init(extra: [String]) {
    words = extra.isEmpty ? KnownWords.table : WordTable(KnownWords.entries, extra: extra)
  }

  /// A lexicon of `words` alone, without the bundled words (``Normalizer/warmUp()``).
  init(words: WordTable) { self.words = words }

  /// Whether the lowercase ASCII letters of `word` are known.
  func contains(_ word: ArraySlice<Unit>) -> Bool {
    guard !word.isEmpty, let h = WordTable.hash(word) else { return false }
    return word.withUnsafeBufferPointer { contains($0, hash: h) }
  }

  /// Whether `units` (ASCII, lowered by the comparison) whose ``WordTable/hashStep(_:_:)`` hash
  /// is `h` are a known word.
  @inline(__always) func contains(_ units: UnsafeBufferPointer<Unit>, hash h: UInt64) -> Bool {
    words.index(units: units, hash: h) != nil
  }

  /// Whether some known word may start with the letters whose hash is `h` (see
  /// ``WordTable/mayHavePrefix(hash:)``).
  @inline(__always) func mayHavePrefix(hash h: UInt64) -> Bool { words.mayHavePrefix(hash: h) }
}
