/// Steps 1–3 over the whole text: scans emoji, drops invisibles and applies NFKC_Casefold
/// (fullwidth, mathematical, circled and parenthesized letters and digits, ligatures, case).
///
/// The text is cut into NFKC segments (a scalar with a normalization boundary before it plus
/// the marks that follow); each segment is normalized on its own and every resulting unit maps
/// to the whole segment, so offsets stay exact and monotone.
/// ASCII uppercase letters are kept uppercase (also when they come from a fullwidth or
/// mathematical capital) so hashtags can be split at camel case later. All-ASCII text never gets
/// here: the tokenizer reads its bytes directly.
enum CaseFolder {
  /// Longest NFKC segment handed to ICU at once (UAX #15 stream-safe text has at most 30
  /// non-starters in a row); longer runs of marks are cut, which keeps the work linear.
  static let maxSegment = 32

  /// Units of any text given as its scalar values.
  static func units(_ scalars: UnsafeBufferPointer<UInt32>) -> UnitText {
    var writer = UnitWriter(units: GrowableBuffer(capacity: scalars.count))
    defer { writer.units.deallocate() }
    fold(scalars, into: &writer)
    return UnitText(units: Array(writer.units.elements), emoji: writer.emoji)
  }

  /// Appends the units of any text given as its scalar values to `result`.
  static func fold(_ scalars: UnsafeBufferPointer<UInt32>, into result: inout UnitWriter) {
    let n = scalars.count
    var i = 0
    while i < n {
      let c = scalars[i]
      let next = i + 1 < n ? scalars[i + 1] : 0
      // Fast path: a run of ASCII, each not followed by something that could combine with it,
      // appended at once (no capacity check per unit).
      if c < 0x80 && (next < 0x80 || next == 0) {
        i = appendASCIIRun(scalars, from: i, to: &result.units)
        continue
      }
      // The canonical scalars go straight to `result.emoji` (see ``UnitText/emoji``).
      let mark = result.emoji.count
      let found = EmojiScanner.scan(scalars, at: i) { scalar in
        if result.emoji.isEmpty { result.emoji.reserveCapacity(16) }
        result.emoji.append(scalar)
      }
      if let found {
        let value: UInt32
        if found.isDigitKeycap {
          value = result.emoji[mark]
          result.emoji.removeLast(result.emoji.count - mark)
        } else {
          value = Unit.emojiBase + UInt32(result.emoji.count)
          result.emoji.append(UInt32(result.emoji.count - mark))
        }
        result.units.append(Unit(scalar: value, start: Int32(i), end: Int32(i + found.length)))
        i += found.length
        continue
      }
      let properties = c < 0x80 ? ScalarProperties.boundaryBefore : ScalarProperties(c)
      if c >= 0x80 && InvisibleFilter.drops(c, properties) {
        i += 1
        continue
      }
      // The NFKC segment: this scalar plus following scalars without a boundary before them.
      var j = i + 1
      while j < n, j - i < CaseFolder.maxSegment, scalars[j] >= 0x80 {
        let p = ScalarProperties(scalars[j])
        if p.contains(.boundaryBefore) || InvisibleFilter.drops(scalars[j], p) { break }
        j += 1
      }
      if c < 0x80 && j == i + 1 {
        result.units.append(Unit(scalar: c, start: Int32(i), end: Int32(i + 1)))
      } else if j == i + 1 && properties.contains(.caseFoldInert) {
        result.units.append(Unit(scalar: c, start: Int32(i), end: Int32(i + 1)))
      } else {
        let upper = c < 0x80 ? c.isASCIIUpper : properties.contains(.uppercase)
        let segment = UnsafeBufferPointer(rebasing: scalars[i..<j])
        // A single scalar of a common block is folded through the table; other segments
        // through ICU into a stack buffer (a heap array only when the result is longer). A
        // block's table is built when a scalar of that block first gets here.
        if j == i + 1,
          SingleScalarFolds.caseFold(c, { append($0, upper: upper, single: true, start: i, end: j, to: &result) })
        {
          // Folded through the table.
        } else {
          withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 256) { buffer in
            if let count = ICU.nfkcCasefold(segment, into: buffer), count <= buffer.count {
              append(
                UnsafeBufferPointer(rebasing: buffer[0..<count]), upper: upper, single: j == i + 1,
                start: i, end: j, to: &result)
            } else {
              let folded = ICU.nfkcCasefold(segment) ?? Array(segment)
              folded.withUnsafeBufferPointer {
                append($0, upper: upper, single: j == i + 1, start: i, end: j, to: &result)
              }
            }
          }
        }
      }
      i = j
    }
  }

  /// Appends one unit per ASCII scalar from `i` up to the next non-ASCII scalar, without the
  /// ASCII scalar just before that one (it may combine with it), written in place while
  /// scanning; returns the index after the last unit appended. When `scalars[i + 1]` is ASCII
  /// (or `i` is the last index), at least one unit is appended.
  @inline(__always) static func appendASCIIRun(
    _ scalars: UnsafeBufferPointer<UInt32>, from i: Int, to units: inout GrowableBuffer<Unit>
  ) -> Int {
    let n = scalars.count
    units.reserve(n &- i)
    let written = units.base + units.count
    var k = i
    // Offsets fit in 32 bits (``Normalizer/maximumLength``), so they are truncated unchecked.
    var p = Int32(truncatingIfNeeded: i)
    while k < n {
      let s = scalars[k]
      if s >= 0x80 { break }
      (written + (k &- i)).initialize(to: Unit(scalar: s, start: p, end: p &+ 1))
      k &+= 1
      p &+= 1
    }
    let j = k == n ? n : k &- 1
    _ = units.appendUninitialized(j &- i)
    return j
  }

  /// Appends the units of one folded NFKC segment (original scalars `start..<end`; `single` when
  /// that is one scalar, `upper` when its first scalar is uppercase): parenthesized letters and
  /// numbers ("⒫", "⑴") lose their parentheses, invisibles are dropped, and a segment that folds
  /// to one ASCII letter keeps its case.
  @inline(__always) static func append(
    _ folded: UnsafeBufferPointer<UInt32>, upper: Bool, single: Bool, start: Int, end: Int,
    to result: inout UnitWriter
  ) {
    var folded = folded
    if single, folded.count >= 3, folded.first == 0x28, folded.last == 0x29 {
      folded = UnsafeBufferPointer(rebasing: folded.dropFirst().dropLast())
    }
    for s in folded where !InvisibleFilter.drops(s) {
      let value = upper && folded.count == 1 && s.isASCIILetter ? s & ~0x20 : s
      result.units.append(Unit(scalar: value, start: Int32(start), end: Int32(end)))
    }
  }
}
