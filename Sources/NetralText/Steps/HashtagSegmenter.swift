/// Step 9: splits the body of a hashtag or mention into word and number segments:
/// at `_`, at camel case ("PrabowoGibran", see ``camelChunks(_:_:)``), at letter/digit changes
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
    segments(body) { result.append(Segment(units: Array($0), isNumber: $1)) }
    return result
  }

  /// Calls `emit` with each segment of `body` (its units, leet folded, and whether it is a
  /// number), in order, without building an array per segment.
  func segments(_ body: [Unit], _ emit: (ArraySlice<Unit>, Bool) -> Void) {
    var work: [Unit] = []
    var parts: [LeetFolder.Part] = []
    segments(body, work: &work, parts: &parts, emit)
  }

  /// ``segments(_:_:)`` with the caller's working buffers (their contents are replaced), so a
  /// tokenizer reuses them for all its tags.
  func segments(
    _ body: [Unit], work: inout [Unit], parts: inout [LeetFolder.Part], _ emit: (ArraySlice<Unit>, Bool) -> Void
  ) {
    var chunkStart = 0
    for k in 0...body.count {
      guard k == body.count || body[k].scalar == 0x5F || body[k].scalar == 0x2E else { continue }
      if k > chunkStart {
        camelChunks(body, chunkStart..<k) { camel in
          guard body[camel].contains(where: { LeetFolder.isDigitLike($0.scalar) }) else {
            // Letters only: one word part (what LeetFolder.split returns for it).
            dictionarySplit(body[camel]) { emit(body[$0], false) }
            return
          }
          work.removeAll(keepingCapacity: true)
          work.append(contentsOf: body[camel])
          LeetFolder.split(&work, isKnownWord: lexicon.contains, foldEdges: false, into: &parts)
          for part in parts {
            let original = (camel.lowerBound + part.range.lowerBound)..<(camel.lowerBound + part.range.upperBound)
            if part.isNumber {
              emit(work[part.range], true)
            } else if body[original].contains(where: { LeetFolder.isDigitLike($0.scalar) }) {
              // A leet word ("pr4b0w0") is one word; splitting it would need its neighbours.
              emit(work[part.range], false)
            } else {
              dictionarySplit(work[part.range]) { emit(work[$0], false) }
            }
          }
        }
      }
      chunkStart = k + 1
    }
  }

  /// Splits letters at camel-case boundaries: before a capital that follows a lowercase letter,
  /// and where a run of capitals meets lowercase letters — before the run's last capital
  /// ("PDIPerjuangan" → "PDI" + "Perjuangan") unless the whole run and the lowercase rest are
  /// known words and the usual split's rest is not ("AMINaja" → "AMIN" + "aja").
  func camelChunks(_ units: [Unit]) -> [[Unit]] {
    var chunks: [[Unit]] = []
    camelChunks(units, 0..<units.count) { chunks.append(Array(units[$0])) }
    return chunks
  }

  /// Calls `chunk` with the ranges of the camel-case chunks of `units[range]` (see
  /// ``camelChunks(_:)``), in order.
  func camelChunks(_ units: [Unit], _ range: Range<Int>, _ chunk: (Range<Int>) -> Void) {
    guard range.count > 1 else {
      chunk(range)
      return
    }
    let end = range.upperBound
    var start = range.lowerBound
    func isLower(_ k: Int) -> Bool {
      let s = units[k].scalar
      return (s.isASCIILetter && !s.isASCIIUpper) || s >= 0x80
    }
    func lowerRunEnd(from k: Int) -> Int {
      var e = k
      while e < end, isLower(e) { e += 1 }
      return e
    }
    var k = range.lowerBound + 1
    while k < end {
      defer { k += 1 }
      if units[k].scalar.isASCIIUpper && isLower(k - 1) {
        chunk(start..<k)
        start = k
      } else if isLower(k) && units[k - 1].scalar.isASCIIUpper && k - 1 > start
        && units[k - 2].scalar.isASCIIUpper
      {
        let restEnd = lowerRunEnd(from: k)
        let wholeRunKnown = isKnownWord(units[start..<k]) && isKnownWord(units[k..<restEnd])
        let usualKnown = isKnownWord(units[(k - 1)..<restEnd])
        let cut = wholeRunKnown && !usualKnown ? k : k - 1
        chunk(start..<cut)
        start = cut
      }
    }
    chunk(start..<end)
  }

  /// Longest word looked up when splitting.
  static let maxWord = 20

  /// Splits a one-case chunk into known words: the cheapest cover where a known word (≥2
  /// letters when the cover is exact, ≥3 otherwise) costs 2 and an unknown letter costs 3, with
  /// neighbouring unknown letters merged into one segment ("patriotprabowo" → "patriot" +
  /// "prabowo"). The split is kept only when it has at least two segments and known words cover
  /// at least half of the letters; otherwise the chunk stays whole. Short, known or very long
  /// chunks stay whole. Returns the ranges (indices of `units`) of the pieces.
  func dictionarySplit(_ units: ArraySlice<Unit>) -> [Range<Int>] {
    var pieces: [Range<Int>] = []
    dictionarySplit(units) { pieces.append($0) }
    return pieces
  }

  /// ``dictionarySplit(_:)`` calling `piece` with each range in order, with its working tables
  /// on the stack instead of in arrays.
  func dictionarySplit(_ units: ArraySlice<Unit>, _ piece: (Range<Int>) -> Void) {
    let n = units.count
    let whole = units.startIndex..<units.endIndex
    guard n >= 6, n <= 64, units.allSatisfy({ $0.scalar.isASCIILetter }) else { return piece(whole) }
    // known[start * (maxWord + 1) + length]: whether units[start..<start+length] is a known
    // word, each start's words hashed incrementally.
    let width = HashtagSegmenter.maxWord + 1
    let base = units.startIndex
    let lexicon = self.lexicon
    units.withUnsafeBufferPointer { buffer in
      var h = WordTable.hashSeed
      for u in buffer { h = WordTable.hashStep(h, u.scalar.asciiLowered) }
      if lexicon.contains(buffer, hash: h) { return piece(whole) }
      withUnsafeTemporaryAllocation(of: Bool.self, capacity: n * width) { known in
        known.initialize(repeating: false)
        for start in 0..<n {
          var h = WordTable.hashSeed
          var length = 0
          while start + length < n, length < HashtagSegmenter.maxWord {
            h = WordTable.hashStep(h, buffer[start + length].scalar.asciiLowered)
            length += 1
            // No known word starts with these letters: none is longer either.
            guard lexicon.mayHavePrefix(hash: h) else { break }
            known[start * width + length] = lexicon.contains(
              UnsafeBufferPointer(rebasing: buffer[start..<(start + length)]), hash: h)
          }
        }
        let table = UnsafeBufferPointer(known)
        // Piece starts of the cover, walking back from the end, then each piece in order.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * (n + 1)) { scratch in
          var count = HashtagSegmenter.cover(n, minimumWord: 2, unknownCost: nil, known: table, scratch)
          if count == 0 { count = HashtagSegmenter.cover(n, minimumWord: 3, unknownCost: 3, known: table, scratch) }
          guard count > 0 else { return piece(whole) }
          // scratch[0..<count] holds the pieces' starts from last to first.
          for k in stride(from: count - 1, through: 0, by: -1) {
            piece((base + scratch[k])..<(base + (k > 0 ? scratch[k - 1] : n)))
          }
        }
      }
    }
  }

  /// The cheapest cover of `0..<n` by known words (`known[start * (maxWord + 1) + length]`, at
  /// most ``maxWord`` long) and unknown letters when `unknownCost` is set. Writes the starts of
  /// its pieces (neighbouring unknown letters merged), last piece first, to `scratch` and
  /// returns how many; 0 when no cover is acceptable. `scratch` holds at least `4 * (n + 1)`.
  private static func cover(
    _ n: Int, minimumWord: Int, unknownCost: Int?, known: UnsafeBufferPointer<Bool>,
    _ scratch: UnsafeMutableBufferPointer<Int>
  ) -> Int {
    let maxWord = HashtagSegmenter.maxWord
    let width = maxWord + 1
    guard let base = scratch.baseAddress else { return 0 }
    let best = base + (n + 1)
    let back = base + 2 * (n + 1)
    let wasKnown = base + 3 * (n + 1)  // 1 when the piece ending here is a known word
    for k in 0...n {
      best[k] = Int.max
      back[k] = -1
      wasKnown[k] = 0
    }
    best[0] = 0
    for end in 1...n {
      if let unknownCost, best[end - 1] != Int.max, best[end - 1] + unknownCost < best[end] {
        best[end] = best[end - 1] + unknownCost
        back[end] = end - 1
        wasKnown[end] = 0
      }
      guard end >= minimumWord else { continue }
      for length in stride(from: min(maxWord, end), through: minimumWord, by: -1) {
        let start = end - length
        guard best[start] != Int.max, best[start] + 2 < best[end], known[start * width + length]
        else { continue }
        best[end] = best[start] + 2
        back[end] = start
        wasKnown[end] = 1
      }
    }
    guard best[n] != Int.max else { return 0 }
    // Walk back, merging neighbouring unknown letters; starts go to base[0...].
    var count = 0
    var lastKnown = true
    var knownLetters = 0
    var end = n
    while end > 0 {
      let start = back[end]
      let isKnown = wasKnown[end] != 0
      if !isKnown, count > 0, !lastKnown {
        base[count - 1] = start
      } else {
        base[count] = start
        count += 1
        lastKnown = isKnown
      }
      if isKnown { knownLetters += end - start }
      end = start
    }
    guard count >= 2, knownLetters * 2 >= n else { return 0 }
    return count
  }
}
