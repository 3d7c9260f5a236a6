/// Step 7: squeezes stretched letters. A run of three or more identical letters becomes one
/// ("gibraaan" → "gibran", "menanggg" → "menang", "bangettt" → "banget"); doubled letters stay
/// ("saat", "maaf", "aamiin"). The kept unit's original range grows to cover the whole run.
enum LetterSqueezer {
  /// Squeezes `units` in place.
  static func squeeze(_ units: inout [Unit]) {
    guard units.count >= 3 else { return }
    var write = 0
    var read = 0
    let n = units.count
    while read < n {
      let unit = units[read]
      var runEnd = read + 1
      if unit.scalar.isASCIILetter || (unit.scalar >= 0x80 && !unit.isEmoji) {
        let key = unit.scalar.asciiLowered
        while runEnd < n, units[runEnd].scalar.asciiLowered == key { runEnd += 1 }
      }
      if runEnd - read >= 3 {
        var kept = unit
        kept.end = units[runEnd - 1].end
        units[write] = kept
        write += 1
      } else {
        for k in read..<runEnd {
          units[write] = units[k]
          write += 1
        }
      }
      read = runEnd
    }
    units.removeLast(n - write)
  }

  /// Whether ``squeeze(_:)`` would change `units`: some letter is followed by two more of the
  /// same letter (case-insensitive).
  static func hasStretch(_ units: ArraySlice<Unit>) -> Bool {
    guard units.count >= 3 else { return false }
    var previous: UInt32 = 0x7FFF_FFFF
    var run = 0
    for u in units {
      let key = u.scalar.asciiLowered
      if key == previous {
        run += 1
        if run >= 3 { return true }
      } else {
        // Only a letter starts a run that can be squeezed.
        let letter = u.scalar.isASCIILetter || (u.scalar >= 0x80 && !u.isEmoji)
        previous = letter ? key : 0x7FFF_FFFF
        run = 1
      }
    }
    return false
  }

  /// The skeleton of a word: every run of repeated letters collapsed to one ("aamiin" → "amin").
  static func skeleton(of word: String) -> String {
    var result = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for s in word.unicodeScalars where s != previous || !s.properties.isAlphabetic {
      result.append(s)
      previous = s
    }
    return String(result)
  }
}
