/// Step 6: folds leetspeak inside words and splits words from numbers.
///
/// A word ("pr4b0w0", "Rp50.000", "capres01") is cut into letter runs and digit runs. A digit
/// run is folded to letters (4→a, 3→e, 1→i, 0→o, 5→s, 7→t, and `@`→a, `$`→s) only when it is
/// made of those characters, holds no separator ("10.00", "27/11/2024") and:
/// - sits between letters and is at most three long ("pr4b0w0", "g4nj4r"), or
/// - is a single character at the edge of a word and the word part next to it (letters joined
///   through folded inner runs) either has a folded inner run or has at least three letters and
///   is not a known word ("prabow0",
///   "4nies"; but "1jari" stays "1" + "jari").
/// Everything else is a number part: "2024", "02", "Rp50.000" → "rp" + "50.000".
enum LeetFolder {
  /// A part of a word after folding.
  struct Part: Equatable {
    /// The units of the part (a range into the folded units).
    var range: Range<Int>
    /// Whether the part is a number rather than a word.
    var isNumber: Bool
  }

  /// The letter a leet character stands for.
  @inline(__always) static func letter(for c: UInt32) -> UInt32? {
    switch c {
    case 0x34, 0x40: return 0x61  // 4 @ → a
    case 0x33: return 0x65  // 3 → e
    case 0x31: return 0x69  // 1 → i
    case 0x30: return 0x6F  // 0 → o
    case 0x35, 0x24: return 0x73  // 5 $ → s
    case 0x37: return 0x74  // 7 → t
    default: return nil
    }
  }

  /// Whether `c` belongs to a digit run (digits, `@`, `$`, number separators).
  @inline(__always) static func isDigitLike(_ c: UInt32) -> Bool {
    c.isASCIIDigit || c == 0x40 || c == 0x24 || isSeparator(c)
  }

  /// Separators allowed inside numbers: . , / : -
  @inline(__always) static func isSeparator(_ c: UInt32) -> Bool {
    c == 0x2E || c == 0x2C || c == 0x2F || c == 0x3A || c == 0x2D
  }

  /// Folds leet runs of `units` in place and returns the word and number parts, in order.
  /// `isKnownWord` tells whether a lowercase ASCII letter run is a known word.
  /// With `foldEdges` false (hashtags and mentions), an edge digit folds only next to a part
  /// that already has a folded inner run ("#Pr4b0w0", but "#ayopilih1" keeps its number).
  static func split(
    _ units: inout [Unit], isKnownWord: (ArraySlice<Unit>) -> Bool, foldEdges: Bool = true
  ) -> [Part] {
    var parts: [Part] = []
    split(&units, isKnownWord: isKnownWord, foldEdges: foldEdges, into: &parts)
    return parts
  }

  /// ``split(_:isKnownWord:foldEdges:)`` writing the parts to `parts` (its contents are
  /// replaced), with its run tables on the stack, so a caller reuses one array for every word.
  static func split(
    _ units: inout [Unit], isKnownWord: (ArraySlice<Unit>) -> Bool, foldEdges: Bool = true,
    into parts: inout [Part]
  ) {
    parts.removeAll(keepingCapacity: true)
    let folds = units.withUnsafeBufferPointer { buffer in
      plan(buffer, isKnownWord: { isKnownWord(units[$0]) }, foldEdges: foldEdges) { parts.append($0) }
    }
    guard folds else { return }
    for part in parts where !part.isNumber { foldLetters(&units, part.range) }
  }

  /// Replaces every leet character of `units[range]` by its letter (``letter(for:)``). Applied
  /// to a word part of ``plan(_:isKnownWord:foldEdges:_:)`` this is the split's folding: the
  /// only leet characters a word part holds are those of its folded runs.
  static func foldLetters(_ units: inout [Unit], _ range: Range<Int>) {
    for p in range {
      if let folded = letter(for: units[p].scalar) { units[p].scalar = folded }
    }
  }

  /// Appends `units` to `work` with every leet character replaced by its letter
  /// (``foldLetters(_:_:)`` on a copy, in one pass).
  static func appendFolded(_ units: UnsafeBufferPointer<Unit>, to work: inout [Unit]) {
    work.reserveCapacity(work.count + units.count)
    for var u in units {
      if let folded = letter(for: u.scalar) { u.scalar = folded }
      work.append(u)
    }
  }

  /// Calls `part` with each part ``split(_:isKnownWord:foldEdges:into:)`` finds in `units`, in
  /// order, without folding: a word part's leet characters are those to fold
  /// (``foldLetters(_:_:)``). `isKnownWord` is asked about ranges of `units`. Returns whether
  /// some run folds.
  @discardableResult
  static func plan(
    _ units: UnsafeBufferPointer<Unit>, isKnownWord: (Range<Int>) -> Bool, foldEdges: Bool, _ part: (Part) -> Void
  ) -> Bool {
    let n = units.count
    guard n > 0 else { return false }
    // Fast paths: one run (letters only, or a number), or two (a word and a number).
    let firstDigits = isDigitLike(units[0].scalar)
    var firstEnd = 1
    while firstEnd < n, isDigitLike(units[firstEnd].scalar) == firstDigits { firstEnd += 1 }
    if firstEnd == n {
      part(Part(range: 0..<n, isNumber: firstDigits))
      return false
    }
    var secondEnd = firstEnd + 1
    while secondEnd < n, isDigitLike(units[secondEnd].scalar) != firstDigits { secondEnd += 1 }
    if secondEnd == n {
      let digits = firstDigits ? 0..<firstEnd : firstEnd..<n
      let letters = firstDigits ? firstEnd..<n : 0..<firstEnd
      return planEdgeNumber(units, digits: digits, letters: letters, isKnownWord: isKnownWord, foldEdges: foldEdges, part)
    }
    // Three runs or more. Runs alternate between digit runs and letter runs: run k is
    // starts[k]..<starts[k + 1], and a digit run when (k is even) == (the first run is digits).
    return withUnsafeTemporaryAllocation(of: Int.self, capacity: n + 1) { starts in
      var runCount = 0
      var i = 0
      while i < n {
        let digits = isDigitLike(units[i].scalar)
        var j = i + 1
        while j < n, isDigitLike(units[j].scalar) == digits { j += 1 }
        starts[runCount] = i
        runCount += 1
        i = j
      }
      starts[runCount] = n
      @inline(__always) func isDigitRun(_ k: Int) -> Bool { (k & 1 == 0) == firstDigits }
      @inline(__always) func run(_ k: Int) -> Range<Int> { starts[k]..<starts[k + 1] }
      func foldable(_ r: Range<Int>) -> Bool {
        for p in r where letter(for: units[p].scalar) == nil { return false }
        return true
      }
      return withUnsafeTemporaryAllocation(of: Bool.self, capacity: runCount) { fold in
        fold.initialize(repeating: false)
        for k in 0..<runCount where isDigitRun(k) {
          let inner = k > 0 && k < runCount - 1
          if inner && run(k).count <= 3 && foldable(run(k)) {
            fold[k] = true
          }
        }
        for k in 0..<runCount where isDigitRun(k) && !fold[k] {
          let edge = k == 0 || k == runCount - 1
          guard edge, run(k).count == 1, runCount > 1, foldable(run(k)) else { continue }
          // The word part next to this edge: letter runs joined through folded inner runs.
          let step = k == 0 ? 1 : -1
          var m = k + step
          var letters = 0
          var partHasFold = false
          var neighbour = run(k + step)
          while m >= 0 && m < runCount && (!isDigitRun(m) || fold[m]) {
            if isDigitRun(m) { partHasFold = true } else { letters += run(m).count }
            neighbour = min(neighbour.lowerBound, run(m).lowerBound)..<max(neighbour.upperBound, run(m).upperBound)
            m += step
          }
          if partHasFold {
            fold[k] = true
          } else if foldEdges && letters >= 3 {
            fold[k] = !isKnownWord(neighbour)
          }
        }
        // `@` and `$` never stand alone as numbers: fold them where they are, even in edge runs.
        // A word part is passed on once the next run does not extend it.
        var folds = false
        var word: Range<Int>? = nil
        for k in 0..<runCount {
          let digits = isDigitRun(k)
          let range = run(k)
          if digits && !fold[k] {
            if let w = word { part(Part(range: w, isNumber: false)) }
            word = nil
            number(units, range, part)
            continue
          }
          folds = folds || digits
          if let w = word {
            word = w.lowerBound..<range.upperBound
          } else {
            word = range
          }
        }
        if let w = word { part(Part(range: w, isNumber: false)) }
        return folds
      }
    }
  }

  /// ``plan(_:isKnownWord:foldEdges:_:)`` of a word made of one letter run and one digit run
  /// (either first): the digit run is at an edge, so it folds only when it is one foldable
  /// character, `foldEdges` is set and the letters are at least three and not a known word
  /// (the whole word is then one word part); otherwise the letters and the number are parts.
  private static func planEdgeNumber(
    _ units: UnsafeBufferPointer<Unit>, digits: Range<Int>, letters: Range<Int>, isKnownWord: (Range<Int>) -> Bool,
    foldEdges: Bool, _ part: (Part) -> Void
  ) -> Bool {
    if foldEdges, digits.count == 1, letters.count >= 3, letter(for: units[digits.lowerBound].scalar) != nil,
      !isKnownWord(letters)
    {
      part(Part(range: 0..<units.count, isNumber: false))
      return true
    }
    if digits.lowerBound == 0 {
      number(units, digits, part)
      part(Part(range: letters, isNumber: false))
    } else {
      part(Part(range: letters, isNumber: false))
      number(units, digits, part)
    }
    return false
  }

  /// Passes the digit run `units[range]` to `part` as a number part, trimmed of the symbols and
  /// separators on its edges (nothing when no digit is left).
  @inline(__always) private static func number(
    _ units: UnsafeBufferPointer<Unit>, _ range: Range<Int>, _ part: (Part) -> Void
  ) {
    var r = range
    while let f = r.first, !units[f].scalar.isASCIIDigit { r = (f + 1)..<r.upperBound }
    while let l = r.last, !units[l].scalar.isASCIIDigit { r = r.lowerBound..<l }
    if !r.isEmpty { part(Part(range: r, isNumber: true)) }
  }
}
