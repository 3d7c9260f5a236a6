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
    let n = units.count
    // Fast path: letters only.
    var hasDigits = false
    for u in units where isDigitLike(u.scalar) { hasDigits = true; break }
    if !hasDigits { return n == 0 ? [] : [Part(range: 0..<n, isNumber: false)] }

    // Runs: (range, isDigitRun)
    var runs: [(range: Range<Int>, digits: Bool)] = []
    var i = 0
    while i < n {
      let digits = isDigitLike(units[i].scalar)
      var j = i + 1
      while j < n, isDigitLike(units[j].scalar) == digits { j += 1 }
      runs.append((i..<j, digits))
      i = j
    }
    let letterCount = runs.filter { !$0.digits }.reduce(0) { $0 + $1.range.count }
    if letterCount == 0 { return [Part(range: 0..<n, isNumber: true)] }

    func foldable(_ r: Range<Int>) -> Bool {
      units[r].allSatisfy { letter(for: $0.scalar) != nil }
    }
    var fold = [Bool](repeating: false, count: runs.count)
    for (k, run) in runs.enumerated() where run.digits {
      let inner = k > 0 && k < runs.count - 1
      if inner && run.range.count <= 3 && foldable(run.range) {
        fold[k] = true
      }
    }
    for (k, run) in runs.enumerated() where run.digits && !fold[k] {
      let edge = k == 0 || k == runs.count - 1
      guard edge, run.range.count == 1, runs.count > 1, foldable(run.range) else { continue }
      // The word part next to this edge: letter runs joined through folded inner runs.
      let step = k == 0 ? 1 : -1
      var m = k + step
      var letters = 0
      var partHasFold = false
      var neighbour = runs[k + step].range
      while m >= 0 && m < runs.count && (!runs[m].digits || fold[m]) {
        if runs[m].digits { partHasFold = true } else { letters += runs[m].range.count }
        neighbour = min(neighbour.lowerBound, runs[m].range.lowerBound)..<max(neighbour.upperBound, runs[m].range.upperBound)
        m += step
      }
      if partHasFold {
        fold[k] = true
      } else if foldEdges && letters >= 3 {
        fold[k] = !isKnownWord(units[neighbour])
      }
    }
    // `@` and `$` never stand alone as numbers: fold them where they are, even in edge runs.
    var parts: [Part] = []
    for (k, run) in runs.enumerated() {
      let isNumber = run.digits && !fold[k]
      if run.digits && fold[k] {
        for p in run.range { units[p].scalar = letter(for: units[p].scalar) ?? units[p].scalar }
      }
      if isNumber {
        // Trim symbols and separators off the number's edges.
        var r = run.range
        while let f = r.first, !units[f].scalar.isASCIIDigit { r = (f + 1)..<r.upperBound }
        while let l = r.last, !units[l].scalar.isASCIIDigit { r = r.lowerBound..<l }
        if !r.isEmpty { parts.append(Part(range: r, isNumber: true)) }
      } else if let last = parts.last, !last.isNumber, last.range.upperBound == run.range.lowerBound {
        parts[parts.count - 1].range = last.range.lowerBound..<run.range.upperBound
      } else {
        parts.append(Part(range: run.range, isNumber: false))
      }
    }
    return parts
  }
}
