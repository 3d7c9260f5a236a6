import Foundation

/// Step 10: folds colloquial and abbreviated Indonesian words to their standard form from the
/// data file `Data/colloquial.tsv` ("gak" → "tidak", "yg" → "yang", "bgt" → "banget"). The
/// token keeps the unfolded form as ``Token/surface``.
enum ColloquialFolder {
  /// The bundled table (informal → formal).
  static let table: WordTable = {
    var pairs: [(key: String, value: String)] = []
    for line in BundledData.lines("colloquial.tsv") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      let informal = BundledData.trimmed(fields[0])
      let formal = BundledData.trimmed(fields[1])
      guard !informal.isEmpty, !formal.isEmpty, !formal.contains(" ") else { continue }
      pairs.append((informal, formal))
    }
    return WordTable(pairs)
  }()
}

/// Common Indonesian words (`Data/words.txt`) used to split all-lowercase hashtags and to tell a
/// word from leetspeak ("1jari" is "1" + "jari").
enum CommonWords {
  /// The bundled word list.
  static let table: WordTable = WordTable(
    words: BundledData.lines("words.txt").map(BundledData.trimmed))
}
