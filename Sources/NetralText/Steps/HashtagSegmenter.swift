/// Step 9: splits the body of a hashtag or mention into word and number segments:
/// at `_`, at letter/digit changes (after leet folding, so "#Pr4b0w0" stays one word), at camel
/// case ("PrabowoGibran", "PDIPerjuangan" → "pdi" + "perjuangan" is NOT guessed: an uppercase run
/// ends before its last capital only when a lowercase letter follows), and, for a chunk in one
/// case that is not itself a known word, by the fewest known words that cover it exactly
/// ("prabowogibran" → "prabowo" + "gibran" when both are known).
struct HashtagSegmenter: Sendable {
  /// Whether a lowercase ASCII letter run is a known word.
  var isKnownWord: @Sendable (ArraySlice<Unit>) -> Bool

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
      var units = chunk
      chunk.removeAll()
      for part in LeetFolder.split(&units, isKnownWord: isKnownWord) {
        let slice = Array(units[part.range])
        if part.isNumber {
          result.append(Segment(units: slice, isNumber: true))
        } else {
          for camel in camelChunks(slice) {
            for word in dictionarySplit(camel) { result.append(Segment(units: word, isNumber: false)) }
          }
        }
      }
    }
    for unit in body {
      if unit.scalar == 0x5F || unit.scalar == 0x2E { flushChunk() } else { chunk.append(unit) }
    }
    flushChunk()
    return result
  }

  /// Splits letters at camel-case boundaries.
  func camelChunks(_ units: [Unit]) -> [[Unit]] {
    guard units.count > 1 else { return [units] }
    var chunks: [[Unit]] = []
    var start = 0
    func isLower(_ k: Int) -> Bool {
      let s = units[k].scalar
      return (s.isASCIILetter && !s.isASCIIUpper) || s >= 0x80
    }
    for k in 1..<units.count where units[k].scalar.isASCIIUpper {
      let afterLower = isLower(k - 1)
      let endsUpperRun =
        units[k - 1].scalar.isASCIIUpper && k + 1 < units.count && isLower(k + 1)
      if afterLower || endsUpperRun {
        chunks.append(Array(units[start..<k]))
        start = k
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
