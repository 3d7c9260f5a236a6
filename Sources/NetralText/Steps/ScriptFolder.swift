/// Steps 4–5 on one word: folds look-alike letters and other scripts to Latin-ASCII.
///
/// - A word that mixes Latin with letters of another script ("Рrabowo" with Cyrillic Р) gets
///   each foreign letter replaced by its UTS #39 confusable skeleton when that skeleton is an
///   ASCII letter; such words are evasion, not another language.
/// - A word with no Latin letters whose letters all have ASCII skeletons ("РАРО") is folded the
///   same way; any other word with no Latin letters is transliterated (`Any-Latin; Latin-ASCII`).
/// - Remaining Latin letters with diacritics become ASCII (`Latin-ASCII`: "é" → "e",
///   "ø" → "o"); leftover combining marks are dropped.
/// Every output unit keeps the original range of the unit it came from; a transliterated word's
/// units all span the word.
enum ScriptFolder {
  /// Folds `units` (one word) in place, one letter run at a time (runs are separated by digits
  /// and leet symbols), so a token's form depends only on its own characters. Runs that are
  /// all ASCII are left untouched.
  static func fold(_ units: inout [Unit]) {
    guard units.contains(where: { $0.scalar >= 0x80 && !$0.isEmoji }) else { return }
    var output: [Unit] = []
    output.reserveCapacity(units.count)
    var i = 0
    while i < units.count {
      var j = i
      if LeetFolder.isDigitLike(units[i].scalar) {
        while j < units.count, LeetFolder.isDigitLike(units[j].scalar) { j += 1 }
        output.append(contentsOf: units[i..<j])
      } else {
        while j < units.count, !LeetFolder.isDigitLike(units[j].scalar) { j += 1 }
        scriptPieces(units[i..<j]) { piece in
          // An all-ASCII piece is left as it is (what foldRun does), without a copy.
          guard piece.contains(where: { $0.scalar >= 0x80 && !$0.isEmoji }) else {
            output.append(contentsOf: piece)
            return
          }
          var run = Array(piece)
          foldRun(&run)
          output.append(contentsOf: run)
        }
      }
      i = j
    }
    units = output
  }

  /// Cuts a letter run where a stretch of at least three Latin letters meets a stretch of at
  /// least three letters of another script ("ГанджарPrabowo" is two words glued together, while
  /// "Рrabowo" is one disguised word).
  static func scriptPieces(_ run: ArraySlice<Unit>) -> [ArraySlice<Unit>] {
    var pieces: [ArraySlice<Unit>] = []
    scriptPieces(run) { pieces.append($0) }
    return pieces
  }

  /// ``scriptPieces(_:)`` calling `piece` with each piece in order, reading the stretches of one
  /// script as it goes (no array of stretches).
  static func scriptPieces(_ run: ArraySlice<Unit>, _ piece: (ArraySlice<Unit>) -> Void) {
    var start = run.startIndex
    var k = run.startIndex
    var previousLength = 0
    while k < run.endIndex {
      let foreign = isForeign(run[k].scalar)
      var e = k + 1
      while e < run.endIndex, isForeign(run[e].scalar) == foreign { e += 1 }
      if previousLength >= 3 && e - k >= 3 {
        piece(run[start..<k])
        start = k
      }
      previousLength = e - k
      k = e
    }
    piece(run[start..<run.endIndex])
  }

  /// The confusable skeleton of `scalar` when it is made of ASCII letters only.
  static func asciiSkeleton(_ scalar: UInt32) -> [UInt32]? {
    guard let skeleton = SingleScalarFolds.skeleton.result(scalar, else: ICU.skeleton), !skeleton.isEmpty,
      skeleton.allSatisfy({ $0.isASCIILetter })
    else { return nil }
    return skeleton
  }

  /// Whether `scalar` is a letter of a script other than Latin, Common or Inherited.
  static func isForeign(_ scalar: UInt32) -> Bool {
    guard scalar >= 0x80, scalar < Unit.emojiBase else { return false }
    let p = ScalarProperties(scalar)
    return p.contains(.alphabetic) && !p.contains(.latin) && !p.contains(.common)
  }

  /// Folds one run of letters.
  static func foldRun(_ units: inout [Unit]) {
    guard units.contains(where: { $0.scalar >= 0x80 && !$0.isEmoji }) else { return }
    var hasLatin = false
    var hasForeign = false
    for unit in units where unit.scalar >= 0x80 || unit.scalar.isASCIILetter {
      if unit.scalar < 0x80 { hasLatin = true; continue }
      let p = ScalarProperties(unit.scalar)
      guard p.contains(.alphabetic) else { continue }
      if p.contains(.latin) { hasLatin = true } else if !p.contains(.common) { hasForeign = true }
    }
    if hasForeign && !hasLatin && !units.allSatisfy({ !isForeign($0.scalar) || asciiSkeleton($0.scalar) != nil }) {
      transliterate(&units)
    } else if hasForeign {
      foldConfusables(&units)
    }
    foldLatin(&units)
  }

  /// Replaces non-Latin letters by their ASCII skeleton where one exists; a foreign letter
  /// without one is transliterated instead ("н" in a mixed word becomes "n").
  static func foldConfusables(_ units: inout [Unit]) {
    var output: [Unit] = []
    output.reserveCapacity(units.count)
    for unit in units {
      guard unit.scalar >= 0x80, !unit.isEmoji else { output.append(unit); continue }
      let p = ScalarProperties(unit.scalar)
      guard p.contains(.alphabetic), !p.contains(.latin), !p.contains(.common) else {
        output.append(unit)
        continue
      }
      if let skeleton = asciiSkeleton(unit.scalar) {
        for s in skeleton { output.append(Unit(scalar: s.asciiLowered, start: unit.start, end: unit.end)) }
      } else if let latin = ICU.single(unit.scalar, ICU.anyToASCII), !latin.isEmpty,
        latin.allSatisfy({ $0 < 0x80 })
      {
        for s in latin { output.append(Unit(scalar: s.asciiLowered, start: unit.start, end: unit.end)) }
      } else {
        output.append(unit)
      }
    }
    units = output
  }

  /// Transliterates a whole run; all resulting units span the run's original range.
  static func transliterate(_ units: inout [Unit]) {
    guard let first = units.first, let last = units.last else { return }
    let scalars = units.map(\.scalar)
    guard let latin = scalars.withUnsafeBufferPointer({ ICU.anyToASCII($0) }), !latin.isEmpty
    else { return }
    units = latin.map { Unit(scalar: $0.asciiLowered, start: first.start, end: last.end) }
  }

  /// Folds remaining non-ASCII Latin letters to ASCII and drops combining marks.
  static func foldLatin(_ units: inout [Unit]) {
    guard units.contains(where: { $0.scalar >= 0x80 && !$0.isEmoji }) else { return }
    var output: [Unit] = []
    output.reserveCapacity(units.count)
    for unit in units {
      guard unit.scalar >= 0x80, !unit.isEmoji else { output.append(unit); continue }
      let p = ScalarProperties(unit.scalar)
      if p.contains(.mark) {
        // Keep the mark's original range inside the previous unit.
        if let last = output.indices.last { output[last].end = max(output[last].end, unit.end) }
        continue
      }
      if p.contains(.latin), let ascii = SingleScalarFolds.latinToASCII.result(unit.scalar, else: ICU.latinToASCII),
        !ascii.isEmpty,
        ascii.allSatisfy({ $0 < 0x80 })
      {
        for s in ascii { output.append(Unit(scalar: s.asciiLowered, start: unit.start, end: unit.end)) }
      } else {
        output.append(unit)
      }
    }
    units = output
  }
}
