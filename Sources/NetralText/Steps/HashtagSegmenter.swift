/// Step 9: splits the body of a hashtag or mention into word and number segments:
/// at `_`, at camel case ("PrabowoGibran", see ``chunks(_:_:)``), at letter/digit changes
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
    segments(body, work: &work, emit)
  }

  /// ``segments(_:_:)`` with the caller's working buffer, so a tokenizer reuses it for all its
  /// tags. Reads `body` through one buffer pointer and emits slices of it; only a leet word is
  /// copied (to `work`, to be folded).
  func segments(_ body: [Unit], work: inout [Unit], _ emit: (ArraySlice<Unit>, Bool) -> Void) {
    body.withUnsafeBufferPointer { units in
      chunks(units) { camel, hasDigitLike in
        guard hasDigitLike else {
          // Letters only: one word part (what LeetFolder.split returns for it).
          return dictionarySplit(units, camel) { emit(body[$0], false) }
        }
        let offset = camel.lowerBound
        LeetFolder.plan(
          UnsafeBufferPointer(rebasing: units[camel]),
          isKnownWord: { isKnownWord(units, (offset + $0.lowerBound)..<(offset + $0.upperBound)) },
          foldEdges: false
        ) { part in
          let original = (offset + part.range.lowerBound)..<(offset + part.range.upperBound)
          if part.isNumber {
            emit(body[original], true)
          } else if HashtagSegmenter.hasDigitLike(units, original) {
            // A leet word ("pr4b0w0") is one word; splitting it would need its neighbours.
            work.removeAll(keepingCapacity: true)
            LeetFolder.appendFolded(UnsafeBufferPointer(rebasing: units[original]), to: &work)
            emit(work[...], false)
          } else {
            dictionarySplit(units, original) { emit(body[$0], false) }
          }
        }
      }
    }
  }

  /// Whether `units[range]` holds a digit-like unit (``LeetFolder/isDigitLike(_:)``).
  @inline(__always) private static func hasDigitLike(_ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>) -> Bool {
    for k in range where LeetFolder.isDigitLike(units[k].scalar) { return true }
    return false
  }

  /// Whether the ASCII-lowercased `units[range]` are a known word (``isKnownWord(_:)`` on a
  /// buffer).
  private func isKnownWord(_ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    var h = WordTable.hashSeed
    for k in range {
      let c = units[k].scalar.asciiLowered
      guard c < 0x80 else { return false }
      h = WordTable.hashStep(h, c)
    }
    return lexicon.contains(UnsafeBufferPointer(rebasing: units[range]), hash: h)
  }

  /// Calls `chunk` with each chunk of `units`, in order, and whether it holds a digit-like unit
  /// (``LeetFolder/isDigitLike(_:)``), in one pass. Chunks end at `_` and `.` (which belong to
  /// none) and at camel-case boundaries: before a capital that follows a lowercase letter, and
  /// where a run of capitals meets lowercase letters — before the run's last capital
  /// ("PDIPerjuangan" → "PDI" + "Perjuangan") unless the whole run and the lowercase rest are
  /// known words and the usual split's rest is not ("AMINaja" → "AMIN" + "aja"). Scalars from
  /// U+0080 on count as lowercase.
  func chunks(_ units: UnsafeBufferPointer<Unit>, _ chunk: (Range<Int>, Bool) -> Void) {
    let upper: UInt8 = 1
    let lower: UInt8 = 2
    let n = units.count
    var start = 0  // of the current chunk
    var digits = false  // whether units[start..<k] holds a digit-like unit
    var previous: UInt8 = 0  // class of units[k - 1] in the chunk (0: none or neither case)
    var beforePrevious: UInt8 = 0  // class of units[k - 2]
    var k = 0
    while k < n {
      let s = units[k].scalar
      if s == 0x5F || s == 0x2E {
        if k > start { chunk(start..<k, digits) }
        start = k + 1
        digits = false
        previous = 0
        beforePrevious = 0
        k += 1
        continue
      }
      let current: UInt8 = s &- 0x41 < 26 ? upper : (s &- 0x61 < 26 || s >= 0x80) ? lower : 0
      if current == upper && previous == lower {
        chunk(start..<k, digits)
        start = k
        digits = false
      } else if current == lower && previous == upper && beforePrevious == upper && k - 1 > start {
        var restEnd = k + 1
        while restEnd < n, units[restEnd].scalar &- 0x61 < 26 || units[restEnd].scalar >= 0x80 { restEnd += 1 }
        let wholeRunKnown = isKnownWord(units, start..<k) && isKnownWord(units, k..<restEnd)
        let cut = wholeRunKnown && !isKnownWord(units, (k - 1)..<restEnd) ? k : k - 1
        // units[(k - 2)...k] are letters: the digit-like units seen so far are before the cut.
        chunk(start..<cut, digits)
        start = cut
        digits = false
      }
      if current == 0 && LeetFolder.isDigitLike(s) { digits = true }
      beforePrevious = previous
      previous = current
      k += 1
    }
    if n > start { chunk(start..<n, digits) }
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
    let base = units.startIndex
    units.withUnsafeBufferPointer { buffer in
      dictionarySplit(buffer, 0..<buffer.count) { piece((base + $0.lowerBound)..<(base + $0.upperBound)) }
    }
  }

  /// ``dictionarySplit(_:_:)`` of `units[range]`, calling `piece` with ranges of `units`.
  ///
  /// The known words are kept as a bit set per end (bit `length` of `ends[end]`: a known word of
  /// that length ends there), each start's words hashed incrementally and cut off as soon as no
  /// known word starts with the letters read; the covers then visit only those words. The exact
  /// cover can only go on from the chunk's start and the ends of words, so words are looked up
  /// from those starts first, and from the others only when no exact cover is found.
  private func dictionarySplit(
    _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, _ piece: (Range<Int>) -> Void
  ) {
    let n = range.count
    guard n >= 6, n <= 64 else { return piece(range) }
    var h = WordTable.hashSeed
    for k in range {
      let c = units[k].scalar
      guard c.isASCIILetter else { return piece(range) }
      h = WordTable.hashStep(h, c | 0x20)
    }
    let letters = UnsafeBufferPointer(rebasing: units[range])
    let lexicon = self.lexicon
    if lexicon.contains(letters, hash: h) { return piece(range) }
    withUnsafeTemporaryAllocation(of: UInt32.self, capacity: n + 1) { ends in
      ends.initialize(repeating: 0)
      // Bit 0 of ends[start]: the words from start were looked up (words use bits 2 and up).
      let lookedUp: UInt32 = 1
      /// Records the known words of at least two letters (the covers use no shorter ones)
      /// starting at `start`.
      func findWords(from start: Int) {
        ends[start] |= lookedUp
        var h = WordTable.hashStep(WordTable.hashSeed, letters[start].scalar | 0x20)
        guard lexicon.mayHavePrefix(hash: h) else { return }
        var end = start + 1
        while end < n, end - start < HashtagSegmenter.maxWord {
          h = WordTable.hashStep(h, letters[end].scalar | 0x20)
          end += 1
          // No known word starts with these letters: none is longer either.
          guard lexicon.mayHavePrefix(hash: h) else { return }
          if lexicon.contains(UnsafeBufferPointer(rebasing: letters[start..<end]), hash: h) {
            ends[end] |= 1 << UInt32(end - start)
          }
        }
      }
      // ends[start] is set only by words ending there, all found before start is reached.
      for start in 0..<(n - 1) where start == 0 || ends[start] != 0 { findWords(from: start) }
      let table = UnsafeBufferPointer(ends)
      // Piece starts of the cover, walking back from the end, then each piece in order.
      withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * (n + 1)) { scratch in
        var count = HashtagSegmenter.cover(n, minimumWord: 2, unknownCost: nil, ends: table, scratch)
        if count == 0 {
          for start in 1..<(n - 1) where ends[start] & lookedUp == 0 { findWords(from: start) }
          count = HashtagSegmenter.cover(n, minimumWord: 3, unknownCost: 3, ends: table, scratch)
        }
        guard count > 0 else { return piece(range) }
        // scratch[0..<count] holds the pieces' starts from last to first.
        let base = range.lowerBound
        for k in stride(from: count - 1, through: 0, by: -1) {
          piece((base + scratch[k])..<(base + (k > 0 ? scratch[k - 1] : n)))
        }
      }
    }
  }

  /// The cheapest cover of `0..<n` by known words (bit `length` of `ends[end]` set: the word
  /// `end - length..<end` is known) and unknown letters when `unknownCost` is set. Writes the
  /// starts of its pieces (neighbouring unknown letters merged), last piece first, to `scratch`
  /// and returns how many; 0 when no cover is acceptable. `scratch` holds at least `4 * (n + 1)`.
  /// At each end the longest word is tried first and only a cheaper one replaces it.
  private static func cover(
    _ n: Int, minimumWord: Int, unknownCost: Int?, ends: UnsafeBufferPointer<UInt32>,
    _ scratch: UnsafeMutableBufferPointer<Int>
  ) -> Int {
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
      var lengths = ends[end] & ~((1 << UInt32(minimumWord)) - 1)
      while lengths != 0 {
        let length = 31 - lengths.leadingZeroBitCount
        lengths ^= 1 << UInt32(length)
        let start = end - length
        guard best[start] != Int.max, best[start] + 2 < best[end] else { continue }
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
