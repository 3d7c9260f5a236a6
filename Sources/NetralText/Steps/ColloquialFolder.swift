/// Step 10: folds colloquial and abbreviated Indonesian words to their standard form from the
/// data file `Data/colloquial.tsv` ("gak" → "tidak", "yg" → "yang", "bgt" → "banget"). The
/// token keeps the unfolded form as ``Token/surface``.
enum ColloquialFolder {
  /// The bundled table (informal → formal).
  static let table: WordTable = WordTable(pairs)

  /// The pairs of `Data/colloquial.tsv` (informal → formal), in file order.
  static let pairs: [(key: String, value: String)] = {
    var pairs: [(key: String, value: String)] = []
    for fields in BundledData.fields("colloquial.tsv") {
      guard fields.count == 2 else { continue }
      let informal = fields[0]
      let formal = fields[1]
      guard !informal.isEmpty, !formal.isEmpty, !formal.utf8.contains(0x20) else { continue }
      pairs.append((informal, formal))
    }
    return pairs
  }()
}

/// Common Indonesian words (`Data/words.txt`) used to split all-lowercase hashtags and to tell a
/// word from leetspeak ("1jari" is "1" + "jari").
enum CommonWords {
  /// The bundled word list.
  static let table: WordTable = WordTable(words: words)

  /// The words of `Data/words.txt`, in file order.
  static let words: [String] = BundledData.lines("words.txt")
}

/// Every bundled word in one table, so a word needs one probe: the colloquial forms (with their
/// formal value, as in ``ColloquialFolder/table``) and the common words (with an empty value).
/// A word is known to the bundled data exactly when it is in this table, and a colloquial form
/// exactly when its value is not empty (formal values are never empty).
enum KnownWords {
  /// The bundled entries, colloquial forms first, in the order the table takes them.
  static let entries: [(key: String, value: String)] =
    ColloquialFolder.pairs + CommonWords.words.map { (key: $0, value: "") }

  /// The combined table.
  static let table = WordTable(entries)
}
