/// Step 9: splits the body of a hashtag or mention into word and number segments:
/// at `_`, at camel case ("PrabowoGibran", see ``camelChunks(_:)``), at letter/digit changes
/// (after leet folding, so "#Pr4b0w0" stays one word), and, for a chunk in one
/// case that is not itself a known word, by the fewest known words that cover it exactly
/// ("prabowogibran" → "prabowo" + "gibran" when both are known).
struct HashtagSegmenter: Sendable {
  /// The known words.
  var lexicon: Lexicon

  /// Whether a lowercase ASCII letter run is a known word.
  func isKnownWord(_ word: ArraySlice<Unit>) -> Bool { lexicon.contains(word) }

  /// One segment: its units and whether it is a number.
  struct Segment: Equatable {
    var units: [Unit]
    var isNumber: Bool
  }

  /// Segments of `body` (script-folded units of the tag without `#`/`@`).
  func segments(_ body: [Unit]) -> [Segment] {
    var result: [Segment] = []
    var chunk: [Unit] = []
    func flushChunk() {
      guard !chunk.isEmpty else { return }
      for camel in camelChunks(chunk) {
        var units = camel
        for part in LeetFolder.split(&units, isKnownWord: lexicon.contains) {
          let slice = Array(units[part.range])
          if part.isNumber {
            result.append(Segment(units: slice, isNumber: true))
          } else {
            for word in dictionarySplit(slice) { result.append(Segment(units: word, isNumber: false)) }
          }
        }
      }
      chunk.removeAll()
    }
    for unit in body {
      if unit.scalar == 0x5F || unit.scalar == 0x2E { flushChunk() } else { chunk.append(unit) }
    }
    flushChunk()
    return result
  }

  /// Splits letters at camel-case boundaries: before a capital that follows a lowercase letter,
  /// and where a run of capitals meets lowercase letters — before the run's last capital
  /// ("PDIPerjuangan" → "PDI" + "Perjuangan") unless the whole run and the lowercase rest are
  /// known words and the usual split's rest is not ("AMINaja" → "AMIN" + "aja").
  func camelChunks(_ units: [Unit]) -> [[Unit]] {
    guard units.count > 1 else { return [units] }
    var chunks: [[Unit]] = []
    var start = 0
    func isLower(_ k: Int) -> Bool {
      let s = units[k].scalar
      return (s.isASCIILetter && !s.isASCIIUpper) || s >= 0x80
    }
    func lowerRunEnd(from k: Int) -> Int {
      var e = k
      while e < units.count, isLower(e) { e += 1 }
      return e
    }
    var k = 1
    while k < units.count {
      defer { k += 1 }
      if units[k].scalar.isASCIIUpper && isLower(k - 1) {
        chunks.append(Array(units[start..<k]))
        start = k
      } else if isLower(k) && units[k - 1].scalar.isASCIIUpper && k - 1 > start
        && units[k - 2].scalar.isASCIIUpper
      {
        let restEnd = lowerRunEnd(from: k)
        let wholeRunKnown = isKnownWord(units[start..<k]) && isKnownWord(units[k..<restEnd])
        let usualKnown = isKnownWord(units[(k - 1)..<restEnd])
        let cut = wholeRunKnown && !usualKnown ? k : k - 1
        chunks.append(Array(units[start..<cut]))
        start = cut
      }
    }
    chunks.append(Array(units[start...]))
    return chunks
  }

  /// The fewest known words that exactly cover `units`, or `[units]` when there is none or the
  /// chunk is short or itself known.
  func dictionarySplit(_ units: [Unit]) -> [[Unit]] {
    let n = units.count
    guard n >= 6, n <= 64, units.allSatisfy({ $0.scalar.isASCIILetter }),
      !isKnownWord(units[...])
    else { return [units] }
    let maxWord = 20
    var best = [Int](repeating: Int.max, count: n + 1)
    var back = [Int](repeating: -1, count: n + 1)
    best[0] = 0
    for end in 1...n {
      for length in stride(from: min(maxWord, end), through: 2, by: -1) {
        let start = end - length
        guard best[start] != Int.max, best[start] + 1 < best[end],
          isKnownWord(units[start..<end])
        else { continue }
        best[end] = best[start] + 1
        back[end] = start
      }
    }
    guard best[n] != Int.max, best[n] >= 2 else { return [units] }
    var pieces: [[Unit]] = []
    var end = n
    while end > 0 {
      let start = back[end]
      pieces.append(Array(units[start..<end]))
      end = start
    }
    return pieces.reversed()
  }
}
