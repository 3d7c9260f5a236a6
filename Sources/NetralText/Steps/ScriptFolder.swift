/// Steps 4–5 on one word: folds look-alike letters and other scripts to Latin-ASCII.
///
/// - A word that mixes Latin with letters of another script ("Рrabowo" with Cyrillic Р) gets
///   each foreign letter replaced by its UTS #39 confusable skeleton when that skeleton is an
///   ASCII letter; such words are evasion, not another language.
/// - A word with no Latin letters at all is transliterated (`Any-Latin; Latin-ASCII`).
/// - Remaining Latin letters with diacritics become ASCII (`Latin-ASCII`: "é" → "e",
///   "ø" → "o"); leftover combining marks are dropped.
/// Every output unit keeps the original range of the unit it came from; a transliterated word's
/// units all span the word.
enum ScriptFolder {
  /// Folds `units` (one word) in place. Words that are all ASCII are left untouched.
  static func fold(_ units: inout [Unit]) {
    guard units.contains(where: { $0.scalar >= 0x80 && !$0.isEmoji }) else { return }
    var hasLatin = false
    var hasForeign = false
    for unit in units where unit.scalar >= 0x80 || unit.scalar.isASCIILetter {
      if unit.scalar < 0x80 { hasLatin = true; continue }
      let p = ScalarProperties(unit.scalar)
      guard p.contains(.alphabetic) else { continue }
      if p.contains(.latin) { hasLatin = true } else if !p.contains(.common) { hasForeign = true }
    }
    if hasForeign && !hasLatin {
      transliterate(&units)
    } else if hasForeign {
      foldConfusables(&units)
    }
    foldLatin(&units)
  }

  /// Replaces non-Latin letters by their ASCII skeleton where one exists.
  static func foldConfusables(_ units: inout [Unit]) {
    var output: [Unit] = []
    output.reserveCapacity(units.count)
    for unit in units {
      guard unit.scalar >= 0x80, !unit.isEmoji else { output.append(unit); continue }
      let p = ScalarProperties(unit.scalar)
      guard p.contains(.alphabetic), !p.contains(.latin) else { output.append(unit); continue }
      if let skeleton = ICU.single(unit.scalar, ICU.skeleton), !skeleton.isEmpty,
        skeleton.allSatisfy({ $0.isASCIILetter })
      {
        for s in skeleton { output.append(Unit(scalar: s.asciiLowered, start: unit.start, end: unit.end)) }
      } else {
        output.append(unit)
      }
    }
    units = output
  }

  /// Transliterates the whole word; all resulting units span the word's original range.
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
      if p.contains(.latin), let ascii = ICU.single(unit.scalar, ICU.latinToASCII), !ascii.isEmpty,
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
