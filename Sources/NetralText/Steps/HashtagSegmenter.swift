/// Step 9: splits the body of a hashtag or mention into word and number segments:
/// at `_`, at camel case ("PrabowoGibran", see ``camelChunks(_:)``), at letter/digit changes
/// (inner leet only: "#Pr4b0w0" is one word, "#ayopilih1" ends in the number 1), and, for a chunk in one
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
        for part in LeetFolder.split(&units, isKnownWord: lexicon.contains, foldEdges: false) {
          let slice = Array(units[part.range])
          if part.isNumber {
            result.append(Segment(units: slice, isNumber: true))
          } else if camel[part.range].contains(where: { LeetFolder.isDigitLike($0.scalar) }) {
            // A leet word ("pr4b0w0") is one word; splitting it would need its neighbours.
            result.append(Segment(units: slice, isNumber: false))
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

  /// Splits a one-case chunk into known words: the cheapest cover where a known word (≥2
  /// letters when the cover is exact, ≥3 otherwise) costs 2 and an unknown letter costs 3, with
  /// neighbouring unknown letters merged into one segment ("patriotprabowo" → "patriot" +
  /// "prabowo"). The split is kept only when it has at least two segments and known words cover
  /// at least half of the letters; otherwise the chunk stays whole. Short, known or very long
  /// chunks stay whole.
  func dictionarySplit(_ units: [Unit]) -> [[Unit]] {
    let n = units.count
    guard n >= 6, n <= 64, units.allSatisfy({ $0.scalar.isASCIILetter }),
      !isKnownWord(units[...])
    else { return [units] }
    if let exact = cover(units, minimumWord: 2, unknownCost: nil) { return exact }
    if let partial = cover(units, minimumWord: 3, unknownCost: 3) { return partial }
    return [units]
  }

  /// The cheapest cover of `units` by known words (and unknown letters when `unknownCost` is
  /// set), or nil when none is acceptable.
  private func cover(_ units: [Unit], minimumWord: Int, unknownCost: Int?) -> [[Unit]]? {
    let n = units.count
    let maxWord = 20
    var best = [Int](repeating: Int.max, count: n + 1)
    var back = [Int](repeating: -1, count: n + 1)
    var known = [Bool](repeating: false, count: n + 1)
    best[0] = 0
    for end in 1...n {
      if let unknownCost, best[end - 1] != Int.max, best[end - 1] + unknownCost < best[end] {
        best[end] = best[end - 1] + unknownCost
        back[end] = end - 1
        known[end] = false
      }
      guard end >= minimumWord else { continue }
      for length in stride(from: min(maxWord, end), through: minimumWord, by: -1) {
        let start = end - length
        guard best[start] != Int.max, best[start] + 2 < best[end], isKnownWord(units[start..<end])
        else { continue }
        best[end] = best[start] + 2
        back[end] = start
        known[end] = true
      }
    }
    guard best[n] != Int.max else { return nil }
    // Walk back, merging neighbouring unknown letters.
    var pieces: [(range: Range<Int>, known: Bool)] = []
    var end = n
    while end > 0 {
      let start = back[end]
      if !known[end], let last = pieces.last, !last.known, last.range.lowerBound == end {
        pieces[pieces.count - 1].range = start..<last.range.upperBound
      } else {
        pieces.append((start..<end, known[end]))
      }
      end = start
    }
    let knownLetters = pieces.filter(\.known).reduce(0) { $0 + $1.range.count }
    guard pieces.count >= 2, knownLetters * 2 >= n else { return nil }
    return pieces.reversed().map { Array(units[$0.range]) }
  }
}
