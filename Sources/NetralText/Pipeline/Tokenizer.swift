/// Cuts the units of a text into tokens and runs the word-level steps (script folding, leet,
/// squeezing, spaced-letter joining, hashtag segmentation, colloquial folding) on each, writing
/// the normalized text as it goes. One pass, linear in the input.
struct Tokenizer {
  /// In the unit mode, the units (valid while the tokenizer runs).
  private let units: UnsafeBufferPointer<Unit>
  /// In the ASCII fast path, the text's bytes (then `units` is empty and offsets are byte
  /// offsets, which equal scalar offsets for ASCII).
  private let bytes: UnsafeBufferPointer<UInt8>?
  private let n: Int
  /// The canonical emoji sequences (``UnitText/emoji``; valid while the tokenizer runs, and a
  /// buffer pointer so a tokenizer holds no reference to release).
  private let emoji: UnsafeBufferPointer<UInt32>
  private let lexicon: Lexicon
  /// The normalized text being written (the caller's buffer: it allocates and frees it).
  private var out: OutputBytes
  private var outScalars = 0
  /// The tokens so far, as spans of the normalized text (the caller's buffer, like `out`: an
  /// append is a capacity check and a store, with no uniqueness check).
  private var spans: GrowableBuffer<TokenSpan>
  /// The caller's arrays (valid while the tokenizer runs), its working arrays among them: read
  /// and written in place through a pointer, so a tokenizer holds no array of its own to swap in
  /// and out or to release.
  private let buffers: UnsafeMutablePointer<Buffers>

  /// The arrays a tokenizer works with, kept between texts by a ``Normalizer/Workspace``: after
  /// ``finish()``, `text`, `spans` and `surfaces` hold the result.
  struct Buffers: Sendable {
    /// The normalized text's bytes.
    var text: [UInt8] = []
    var spans: [TokenSpan] = []
    /// The surface forms of folded tokens, in order (``TokenSpan/surfaceIndex`` points here).
    var surfaces: [String] = []
    var scratch: [Unit] = []
    var part: [Unit] = []
    /// The hashtag segmenter's working buffer, reused for every tag.
    var tagWork: [Unit] = []
    /// ``LeetFolder`` parts, reused for every word.
    var leetParts: [LeetFolder.Part] = []
  }

  /// A tokenizer over units from ``CaseFolder`` and their emoji; `units` and `emoji` must
  /// outlive it. It works with the arrays of `buffers` (see ``init(ascii:lexicon:output:buffers:)``).
  init(
    units: UnsafeBufferPointer<Unit>, emoji: UnsafeBufferPointer<UInt32>, lexicon: Lexicon, output: Output,
    buffers: UnsafeMutablePointer<Buffers>
  ) {
    self.init(units: units, emoji: emoji, bytes: nil, lexicon: lexicon, output: output, buffers: buffers)
  }

  /// A tokenizer over all-ASCII bytes (no ICU, no unit array); `bytes` must outlive it. It writes
  /// the normalized text into `output` (emptied first) and works with the arrays of `buffers`
  /// (which must outlive it; emptied when used, their storage kept when nothing else holds it),
  /// to leave its result there in ``finish()``.
  init(
    ascii bytes: UnsafeBufferPointer<UInt8>, lexicon: Lexicon, output: Output, buffers: UnsafeMutablePointer<Buffers>
  ) {
    self.init(
      units: UnsafeBufferPointer(start: nil, count: 0), emoji: UnsafeBufferPointer(start: nil, count: 0), bytes: bytes,
      lexicon: lexicon, output: output, buffers: buffers)
  }

  private init(
    units: UnsafeBufferPointer<Unit>, emoji: UnsafeBufferPointer<UInt32>, bytes: UnsafeBufferPointer<UInt8>?,
    lexicon: Lexicon, output: Output, buffers: UnsafeMutablePointer<Buffers>
  ) {
    self.units = units
    self.bytes = bytes
    n = bytes?.count ?? units.count
    self.emoji = emoji
    self.lexicon = lexicon
    out = output.bytes
    out.removeAll()
    out.reserve(n + n / 4 + 16)
    spans = output.spans
    spans.removeAll()
    spans.reserve(n / 5 + 4)
    self.buffers = buffers
    // (An empty array has nothing to remove, and `removeAll` is not free.)
    if !buffers.pointee.surfaces.isEmpty { buffers.pointee.surfaces.removeAll(keepingCapacity: true) }
  }

  /// Ends the tokenizer (after ``run()``): the normalized text's bytes are copied into
  /// `buffers.text` (emptied first) and the spans into `buffers.spans`, beside the surfaces in
  /// `buffers.surfaces`; returns the output buffers (for the caller to keep or free).
  mutating func finish() -> Output {
    Tokenizer.copy(out.elements, to: &buffers.pointee.text)
    Tokenizer.copy(spans.elements, to: &buffers.pointee.spans)
    return Output(bytes: out, spans: spans)
  }

  /// Replaces the contents of `array` by `elements`, in its own storage when nothing else holds
  /// it.
  private static func copy<T: BitwiseCopyable>(_ elements: UnsafeBufferPointer<T>, to array: inout [T]) {
    // (`Array(unsafeUninitializedCapacity:)` would allocate through an unspecialized generic
    // path, several hundred instructions more.)
    if array.isEmpty {
      array.reserveCapacity(elements.count)
      array.append(contentsOf: elements)
    } else {
      // One replacement, in place when nothing else holds the array.
      array.replaceSubrange(array.indices, with: elements)
    }
  }

  /// The buffers a tokenizer writes its result into, owned by its caller, who allocates them
  /// (``init(capacity:)``) and frees them (``deallocate()``) or keeps them for the next text.
  struct Output {
    /// The normalized text's bytes.
    var bytes: OutputBytes
    /// The tokens.
    var spans: GrowableBuffer<TokenSpan>

    /// Buffers for a text of about `capacity` bytes.
    init(capacity: Int) {
      bytes = OutputBytes(capacity: capacity + capacity / 4 + 16)
      spans = GrowableBuffer(capacity: capacity / 5 + 4)
    }

    /// Buffers made of these two.
    init(bytes: OutputBytes, spans: GrowableBuffer<TokenSpan>) {
      self.bytes = bytes
      self.spans = spans
    }

    /// Frees both buffers.
    func deallocate() {
      bytes.deallocate()
      spans.deallocate()
    }
  }

  // MARK: Source

  /// The unit at `i`.
  @inline(__always) private func unit(_ i: Int) -> Unit {
    if let bytes { return Unit(scalar: UInt32(bytes[i]), start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1)) }
    return units[i]
  }

  /// The scalar (or emoji marker) at `i`.
  @inline(__always) private func scalar(_ i: Int) -> UInt32 {
    if let bytes { return UInt32(bytes[i]) }
    return units[i].scalar
  }

  /// Replaces `scratch` by the units of `range` (a mutating method, so filling `scratch` does not
  /// copy the tokenizer to read its source).
  private mutating func loadScratch(_ range: Range<Int>) {
    buffers.pointee.scratch.removeAll(keepingCapacity: true)
    if let bytes {
      // Built in a temporary buffer and appended at once (one copy instead of an append per unit).
      withUnsafeTemporaryAllocation(of: Unit.self, capacity: range.count) { buffer in
        var k = 0
        for i in range {
          buffer.initializeElement(
            at: k, to: Unit(scalar: UInt32(bytes[i]), start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1)))
          k += 1
        }
        buffers.pointee.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<k]))
      }
    } else {
      buffers.pointee.scratch.append(contentsOf: UnsafeBufferPointer(rebasing: units[range]))
    }
  }

  /// Appends the units of `range` to `buffer`.
  private func appendUnits(_ range: Range<Int>, to buffer: inout [Unit]) {
    if let bytes {
      for i in range {
        buffer.append(Unit(scalar: UInt32(bytes[i]), start: Int32(truncatingIfNeeded: i), end: Int32(truncatingIfNeeded: i &+ 1)))
      }
    } else {
      buffer.append(contentsOf: UnsafeBufferPointer(rebasing: units[range]))
    }
  }

  // MARK: Classes

  @inline(__always) private func isWordChar(_ c: UInt32) -> Bool { Tokenizer.isWordCharacter(c) }

  /// Whether `c` continues a word: a letter, a mark or a digit (never an emoji unit).
  @inline(__always) private static func isWordCharacter(_ c: UInt32) -> Bool {
    if c < 0x80 { return c.isASCIILetter || c.isASCIIDigit }
    if c >= Unit.emojiBase { return false }
    let p = ScalarProperties(c)
    return p.contains(.alphabetic) || p.contains(.mark) || p.contains(.numeric)
  }

  @inline(__always) private func wordChar(at i: Int) -> Bool {
    i >= 0 && i < n && isWordChar(scalar(i))
  }

  @inline(__always) private func isSpace(_ c: UInt32) -> Bool {
    if c <= 0x20 { return true }
    if c < 0x80 || c >= Unit.emojiBase { return false }
    return ScalarProperties(c).contains(.whitespace)
  }

  // MARK: Scan

  /// Tokenizes the whole text.
  mutating func run() {
    if let bytes { return runBytes(bytes) }
    var i = 0
    while i < n {
      let c = scalar(i)
      if c >= Unit.emojiBase {
        emitEmoji(endingAt: Int(c - Unit.emojiBase), Int(unit(i).start)..<Int(unit(i).end))
        i += 1
        continue
      }
      if (c == 0x23 || c == 0x40) && wordChar(at: i + 1) && !wordChar(at: i - 1) {
        i = tag(at: i, kind: c == 0x23 ? .hashtag : .mention)
        continue
      }
      if c == 0x24 && wordChar(at: i + 1) && !wordChar(at: i - 1) && scalar(i + 1).isASCIILetter {
        i = word(at: i)
        continue
      }
      guard isWordChar(c) else { i += 1; continue }
      let lowered = c | 0x20
      if mayStartURL(lowered, at: i), let end = urlEnd(at: i) {
        emitURL(i..<end)
        i = end
        continue
      }
      if !wordChar(at: i + 1), let end = joinedRun(at: i) {
        i = end
        continue
      }
      i = word(at: i)
    }
  }

  /// ``run()`` for all-ASCII text, read straight from its bytes: no emoji, and the common word
  /// is tried before anything else.
  private mutating func runBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
    var i = 0
    while i < n {
      let b = bytes[i]
      let lowered = b | 0x20
      guard lowered &- 0x61 < 26 || b &- 0x30 < 10 else {
        if b == 0x23 || b == 0x40, wordChar(at: i + 1), !wordChar(at: i - 1) {
          i = tag(at: i, kind: b == 0x23 ? .hashtag : .mention)
        } else if b == 0x24, wordChar(at: i + 1), !wordChar(at: i - 1), UInt32(bytes[i + 1]).isASCIILetter {
          i = word(at: i)
        } else {
          i += 1
        }
        continue
      }
      if mayStartURL(UInt32(lowered), at: i), let end = urlEnd(at: i) {
        emitURL(i..<end)
        i = end
        continue
      }
      let single = i + 1 == n || !UInt32(bytes[i + 1]).isASCIIWordByte
      if single, let end = joinedRun(at: i) {
        i = end
        continue
      }
      if lowered &- 0x61 < 26, let base = bytes.baseAddress, let next = letterWords(base, at: i) {
        i = next
        continue
      }
      if let end = asciiWord(bytes, at: i) {
        // The space after a word is skipped here (the loop would only step over it).
        i = end < n && bytes[end] == 0x20 ? end + 1 : end
        continue
      }
      i = generalWord(at: i)
    }
  }

  /// The common words of the all-ASCII byte mode from `first` on, each read eight bytes at a
  /// time: ASCII letters only (any case) with no stretched run (three of one letter), not
  /// followed by a digit, `@` or `$`. Each is lowered into the normalized text, hashed, looked up
  /// and emitted as ``asciiWord(at:mayBeUnicode:_:original:)`` does. After a word and one space,
  /// the next word is read here too when ``runBytes(_:)`` would take it straight to this path
  /// (a letter followed by a letter or digit, not "ht" or "ww", where a URL may start): one call
  /// for a run of plain words. Returns where ``runBytes(_:)`` goes on (after the last word and
  /// the space after it, or at the start of a word this path does not take), or nil (nothing
  /// emitted) when the word at `first` is not a common one. `base` holds the text's `n` bytes.
  @inline(__always) private mutating func letterWords(_ base: UnsafePointer<UInt8>, at first: Int) -> Int? {
    #if _endian(little)
      var i = first
      while true {
        // Offsets stay below ``Normalizer/maximumLength`` (they fit in 32 bits), so the arithmetic
        // below is unchecked. One reservation covers the separator, the word, the rest of the text
        // and the 8 bytes each chunk store (and the word lookup) may reach past the word's end.
        let separator = spans.count == 0 ? 0 : 1
        out.reserve(n &- i &+ separator &+ 8)
        let start = out.count &+ separator
        let word = out.base + start
        var p = i
        var h = WordTable.chunkSeed
        var stretchChecked = false
        while true {
          // Eight bytes (fewer at the end of the text, the rest read as zeros: not letters).
          let chunk =
            p &+ 8 <= n
            ? UInt64(littleEndian: UnsafeRawPointer(base + p).loadUnaligned(as: UInt64.self))
            : Tokenizer.load(base + p, count: n &- p)
          // A byte is a letter when, with bit 5 set, it lies in "a"..."z": adding 0x1F sets its
          // high bit from "a" up, adding 0x05 from "{" up (ASCII bytes: no carry between bytes).
          let folded = chunk | 0x2020_2020_2020_2020
          let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & 0x8080_8080_8080_8080
          let lowered = chunk | letters &>> 2
          // In bounds: `p - i <= n - i`, and the reservation has 8 bytes past `n - i`.
          UnsafeMutableRawPointer(word + (p &- i)).storeBytes(of: lowered.littleEndian, as: UInt64.self)
          // The letters before the first byte that is not one (8 when all are).
          let k = (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
          p &+= k
          if k < 8 {
            // The last letters (none when the word ended with the previous chunk).
            if k > 0 { h = WordTable.chunkHash(h, lowered & ((1 &<< UInt64(truncatingIfNeeded: k &* 8)) &- 1)) }
            // A word of one chunk is checked for a stretched letter here, in the register.
            if p &- k == i {
              if k >= 3 && Tokenizer.hasStretch(lowered, count: k) { return i == first ? nil : i }
              stretchChecked = true
            }
            break
          }
          h = WordTable.chunkHash(h, lowered)
        }
        let count = p &- i
        guard count > 0 else { return i == first ? nil : i }
        // A digit after the letters makes a word of both kinds; `@` or `$` may continue it.
        if p < n {
          let c = base[p]
          if c &- 0x30 < 10 || c == 0x40 || c == 0x24 { return i == first ? nil : i }
        }
        if !stretchChecked && count >= 3 && Tokenizer.hasStretch(word, count: count) { return i == first ? nil : i }
        let claimed = out.appendReserved(separator &+ count)
        if separator != 0 { claimed.pointee = 0x20 }
        finishWord(
          count: count, start: start, entry: lexicon.words.index(lowered: word, count: count, chunkHash: h),
          isNumber: false, originalStart: i, originalEnd: p, normalizedStart: outScalars &+ separator)
        // The space after the word is skipped here (``runBytes(_:)`` would only step over it).
        guard p < n, base[p] == 0x20 else { return p }
        let next = p &+ 1
        guard next &+ 1 < n else { return next }
        let c = base[next] | 0x20
        let d = base[next &+ 1]
        guard c &- 0x61 < 26, UInt32(d).isASCIIWordByte else { return next }
        if c == 0x68 && d | 0x20 == 0x74 || c == 0x77 && d | 0x20 == 0x77 { return next }
        i = next
      }
    #else
      return nil
    #endif
  }

  /// The `count` (< 8) bytes at `p` as the low bytes of a little-endian word, the others zero.
  @inline(never) private static func load(_ p: UnsafePointer<UInt8>, count: Int) -> UInt64 {
    var word: UInt64 = 0
    for k in 0..<count { word |= UInt64(p[k]) &<< UInt64(truncatingIfNeeded: k &* 8) }
    return word
  }

  /// Whether the `count` lowercase letters at `word` hold three of one letter in a row. Reads
  /// eight bytes from every sixth letter (a run of three starting in the first six of a load
  /// lies inside it), so up to 8 bytes past the word's end (ignored).
  @inline(__always) private static func hasStretch(_ word: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
    var q = 0
    while q &+ 2 < count {
      if hasStretch(UInt64(littleEndian: UnsafeRawPointer(word + q).loadUnaligned(as: UInt64.self)), count: count &- q) {
        return true
      }
      q &+= 6
    }
    return false
  }

  /// Whether a run of three of one byte starts in the first `min(count - 2, 6)` bytes of the
  /// little-endian `w` (the first `count` bytes being letters).
  @inline(__always) private static func hasStretch(_ w: UInt64, count: Int) -> Bool {
    // High bit of byte m: byte m equals byte m + 1; of both that and byte m + 1 equal to m + 2.
    let pairs = Tokenizer.zeroBytes(w ^ w &>> 8)
    let triples = pairs & pairs &>> 8
    // Runs starting at m < 6 that end inside the word.
    let valid = min(count &- 2, 6)
    return triples & ((1 &<< UInt64(truncatingIfNeeded: valid &* 8)) &- 1) != 0
  }

  /// The high bit of each zero byte of `v` (exact: no carry between bytes).
  @inline(__always) private static func zeroBytes(_ v: UInt64) -> UInt64 {
    let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    return ~((v & low &+ low) | v | low)
  }

  /// Joins a run of spaced-out single letters starting at `i` (step 8) and emits it as one word
  /// when it reads as one; returns the index after the run, or nil (nothing emitted).
  private mutating func joinedRun(at i: Int) -> Int? {
    guard let (joined, end) = spacedRun(at: i) else { return nil }
    buffers.pointee.scratch = joined
    ScriptFolder.fold(&buffers.pointee.scratch)
    let lexicon = self.lexicon
    let parts = LeetFolder.split(&buffers.pointee.scratch, isKnownWord: lexicon.contains)
    // A run joins only when it reads as one word ("é о 0" stays three tokens).
    guard parts.count == 1, !parts[0].isNumber else { return nil }
    buffers.pointee.part.removeAll(keepingCapacity: true)
    buffers.pointee.part.append(contentsOf: buffers.pointee.scratch[parts[0].range])
    LetterSqueezer.squeeze(&buffers.pointee.part)
    emitWord(buffers.pointee.part[...], hashtag: nil)
    return end
  }

  /// Scans a word (or email) starting at `i`, processes it and returns the index after it.
  private mutating func word(at i: Int) -> Int {
    if let bytes {
      if let end = asciiWord(bytes, at: i) { return end }
    } else {
      if let end = asciiWord(units: units, at: i) { return end }
    }
    return generalWord(at: i)
  }

  /// ``word(at:)`` for a word the fast path leaves: any script, leet, stretched letters, an
  /// email, a number with separators.
  private mutating func generalWord(at i: Int) -> Int {
    var j = i + 1
    while j < n {
      let c = scalar(j)
      if isWordChar(c) { j += 1; continue }
      if c == 0x40 || c == 0x24 {
        if c == 0x40, let end = emailEnd(localStart: i, at: j) {
          emitURL(i..<end)
          return end
        }
        if wordChar(at: j + 1) { j += 1; continue }
        break
      }
      if LeetFolder.isSeparator(c), scalar(j - 1).isASCIIDigit, j + 1 < n,
        scalar(j + 1).isASCIIDigit
      {
        j += 2
        continue
      }
      break
    }
    loadScratch(i..<j)
    processWord(hashtag: nil)
    return j
  }

  /// What ``scanASCIIWord(at:into:mayBeUnicode:_:)`` found: the word's end, whether it is
  /// digits (else letters), and the ``WordTable`` hash of its lowered letters.
  private struct WordScan {
    var end: Int
    var isNumber: Bool
    var hash: UInt64
  }

  /// Scans the common word at `i`, reading scalars through `read` and writing its lowered bytes
  /// to `word` as it goes: ASCII letters only with no stretched run (three of one letter), or
  /// ASCII digits only, ended by something that cannot continue it (not `@`, `$`, nor a number
  /// separator after digits). Nil when the general path must handle the word (what was written
  /// is then ignored). `mayBeUnicode` is false for the all-ASCII byte mode, which then skips the
  /// check for a non-ASCII scalar (a constant, so the check folds away).
  @inline(__always) private func scanASCIIWord(
    at i: Int, into word: UnsafeMutablePointer<UInt8>, mayBeUnicode: Bool, _ read: (Int) -> UInt32
  ) -> WordScan? {
    var j = i
    var previous: UInt8 = 0
    var digits = 0
    var h = WordTable.hashSeed
    while j < n {
      let s = read(j)
      if mayBeUnicode && s >= 0x80 {
        if isWordChar(s) { return nil }
        break
      }
      let b = UInt8(truncatingIfNeeded: s)
      let lower = b | 0x20
      if lower &- 0x61 < 26 {
        if lower == previous {
          // A double letter; with the same letter before it, a stretched one (three in a row:
          // read back from what was written, so no run length is counted per letter). A word
          // with digits goes to the general path anyway.
          if j &- i >= 2 && word[j &- i &- 2] == lower { return nil }
        } else {
          previous = lower
        }
        h = WordTable.hashStep(h, UInt32(lower))
        word[j &- i] = lower
      } else if b &- 0x30 < 10 {
        digits &+= 1
        word[j &- i] = b
      } else {
        break
      }
      j &+= 1
    }
    // Every scalar scanned is a letter or a digit: both kinds when the digits are not all.
    if digits > 0 && digits < j &- i { return nil }
    if digits > 0, j &+ 1 < n, LeetFolder.isSeparator(read(j)) {
      guard let end = Tokenizer.numberEnd(at: j, start: i, count: n, into: word, read) else { return nil }
      j = end
    }
    if j < n {
      let c = read(j)
      if c == 0x40 || c == 0x24 { return nil }
    }
    return WordScan(end: j, isNumber: digits > 0, hash: h)
  }

  /// The end of a number of the fast path whose digits end at `j`, before a separator: the
  /// number goes on through each separator between two digits ("27/11/2024", "13.500"), as
  /// ``generalWord(at:)`` reads it, its characters written to `word` (the number's first one at
  /// `start`). Nil when a word character follows it ("10.00WIB"): the general path takes
  /// the whole word. Out of line: the common word's path stays small.
  @inline(never) private static func numberEnd(
    at j: Int, start: Int, count n: Int, into word: UnsafeMutablePointer<UInt8>, _ read: (Int) -> UInt32
  ) -> Int? {
    var j = j
    while j &+ 1 < n, LeetFolder.isSeparator(read(j)), read(j &+ 1).isASCIIDigit {
      word[j &- start] = UInt8(truncatingIfNeeded: read(j))
      j &+= 1
      while j < n, read(j).isASCIIDigit {
        word[j &- start] = UInt8(truncatingIfNeeded: read(j))
        j &+= 1
      }
    }
    if j < n, Tokenizer.isWordCharacter(read(j)) { return nil }
    return j
  }

  /// The fast path for the common word (``scanASCIIWord(at:into:mayBeUnicode:_:)``), in both
  /// modes: the word is lowered straight into the normalized text while it is scanned, looked
  /// up there, and emitted; returns its end, or nil (nothing emitted) so the general path
  /// handles it. No string is made.
  @inline(__always) private mutating func asciiWord(
    at i: Int, mayBeUnicode: Bool, _ read: (Int) -> UInt32, original: (Int, Int) -> (start: Int, end: Int)
  ) -> Int? {
    // Offsets stay below ``Normalizer/maximumLength`` (they fit in 32 bits), so the arithmetic
    // below is unchecked. One reservation covers the separator, the word (the scan writes ahead
    // of the end), the rest of the text and the 8 bytes the word lookup reads.
    let separator = spans.count == 0 ? 0 : 1
    out.reserve(n &- i &+ separator &+ 8)
    let start = out.count &+ separator
    guard let scan = scanASCIIWord(at: i, into: out.base + start, mayBeUnicode: mayBeUnicode, read) else {
      return nil
    }
    let j = scan.end
    let count = j &- i
    let claimed = out.appendReserved(separator &+ count)
    if separator != 0 { claimed.pointee = 0x20 }
    let normalizedStart = outScalars &+ separator
    let (originalStart, originalEnd) = original(i, j)
    let entry = scan.isNumber ? nil : lexicon.words.index(bytes: out.base + start, count: count, hash: scan.hash)
    finishWord(
      count: count, start: start, entry: entry, isNumber: scan.isNumber, originalStart: originalStart,
      originalEnd: originalEnd, normalizedStart: normalizedStart)
    return j
  }

  /// ``asciiWord(at:mayBeUnicode:_:original:)`` in the all-ASCII byte mode.
  private mutating func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
    asciiWord(at: i, mayBeUnicode: false, { UInt32(bytes[$0]) }, original: { ($0, $1) })
  }

  /// ``asciiWord(at:mayBeUnicode:_:original:)`` in the unit mode, read through a pointer to the
  /// units.
  private mutating func asciiWord(units: UnsafeBufferPointer<Unit>, at i: Int) -> Int? {
    asciiWord(
      at: i, mayBeUnicode: true, { units[$0].scalar },
      original: { (Int(units[$0].start), Int(units[$1 &- 1].end)) })
  }

  /// Ends a fast-path word (or number) whose `count` lowered ASCII bytes were written to the
  /// normalized text from byte offset `start` (scalar offset `normalizedStart`), found at lexicon
  /// entry `entry` if any: a colloquial form is replaced by its formal value (and its surface
  /// kept), then the token's span is appended. Offsets fit in 32 bits (``Normalizer/maximumLength``),
  /// so the span is built from them unchecked.
  @inline(__always) private mutating func finishWord(
    count: Int, start: Int, entry: Int?, isNumber: Bool, originalStart: Int, originalEnd: Int, normalizedStart: Int,
    hashtag: Int? = nil
  ) {
    var kind = isNumber ? Token.Kind.number : .word
    var surfaceIndex: Int32 = -1
    var normalizedEnd = normalizedStart &+ count
    if let entry, lexicon.words.hasValue(at: entry) {
      surfaceIndex = Int32(truncatingIfNeeded: buffers.pointee.surfaces.count)
      normalizedEnd = normalizedStart &+ foldColloquial(entry: entry, count: count)
      kind = .word
    }
    outScalars = normalizedEnd
    spans.append(
      TokenSpan(
        kind: kind, originalStart: Int32(truncatingIfNeeded: originalStart),
        originalEnd: Int32(truncatingIfNeeded: originalEnd), normalizedStart: Int32(truncatingIfNeeded: normalizedStart),
        normalizedEnd: Int32(truncatingIfNeeded: normalizedEnd), byteStart: Int32(truncatingIfNeeded: start),
        byteEnd: Int32(truncatingIfNeeded: out.count), hashtagIndex: Int32(truncatingIfNeeded: hashtag ?? -1),
        surfaceIndex: surfaceIndex))
  }

  /// Replaces the `count` bytes at the end of the normalized text, a colloquial form at lexicon
  /// entry `entry`, by its formal value, keeping the form as the next surface; returns the formal
  /// value's scalar count. Out of line: the common word's path stays small.
  @inline(never) private mutating func foldColloquial(entry: Int, count: Int) -> Int {
    let formal = lexicon.words.value(at: entry)
    buffers.pointee.surfaces.append(lexicon.words.key(at: entry))
    out.removeLast(count)
    out.append(formal)
    return Tokenizer.scalarCount(formal)
  }

  /// Starts a token in the normalized text: a space after the previous token.
  @inline(__always) private mutating func separateToken() {
    if spans.count != 0 {
      out.append(0x20)
      outScalars &+= 1
    }
  }

  /// The lexicon's own strings for the lowercase ASCII letters of `letters`: the word itself
  /// and, for a colloquial form, its formal value; nil when the word is not in the lexicon.
  private func lexiconStrings(_ letters: ArraySlice<Unit>) -> (surface: String, formal: String?)? {
    guard let h = WordTable.hash(letters) else { return nil }
    let lexicon = self.lexicon
    return letters.withUnsafeBufferPointer { buffer -> (surface: String, formal: String?)? in
      if let k = lexicon.words.index(units: buffer, hash: h) {
        let value = lexicon.words.value(at: k)
        return (lexicon.words.key(at: k), value.isEmpty ? nil : value)
      }
      return nil
    }
  }

  /// A hashtag or mention at `i` (the `#` or `@`); returns the index after it.
  private mutating func tag(at i: Int, kind: Token.Kind) -> Int {
    var j = i + 1
    while j < n {
      let c = scalar(j)
      if isWordChar(c) || c == 0x5F {
        j += 1
      } else if kind == .mention, c == 0x2E, wordChar(at: j + 1) {
        j += 1
      } else {
        break
      }
    }
    loadScratch((i + 1)..<j)
    ScriptFolder.fold(&buffers.pointee.scratch)
    let body = buffers.pointee.scratch
    let index = spans.count
    emitLowered(kind, body[...], Int(unit(i).start)..<Int(unit(j - 1).end))
    var work = buffers.pointee.tagWork
    buffers.pointee.tagWork = []
    HashtagSegmenter(lexicon: lexicon).segments(body, work: &work) { units, isNumber in
      if isNumber {
        emitNumber(units, hashtag: index)
      } else {
        emitSqueezedWord(units, hashtag: index)
      }
    }
    buffers.pointee.tagWork = work
    return j
  }

  /// Runs the word steps on `scratch` and emits its parts.
  private mutating func processWord(hashtag: Int?) {
    ScriptFolder.fold(&buffers.pointee.scratch)
    let lexicon = self.lexicon
    var parts = buffers.pointee.leetParts
    buffers.pointee.leetParts = []
    LeetFolder.split(&buffers.pointee.scratch, isKnownWord: lexicon.contains, into: &parts)
    defer { buffers.pointee.leetParts = parts }
    for p in parts {
      if p.isNumber {
        emitNumber(buffers.pointee.scratch[p.range], hashtag: hashtag)
      } else {
        emitSqueezedWord(buffers.pointee.scratch[p.range], hashtag: hashtag)
      }
    }
  }

  /// Emits the word `letters` after ``LetterSqueezer`` (copied to `part` only when it has a
  /// stretched letter).
  private mutating func emitSqueezedWord(_ letters: ArraySlice<Unit>, hashtag: Int?) {
    guard LetterSqueezer.hasStretch(letters) else { return emitWord(letters, hashtag: hashtag) }
    buffers.pointee.part.removeAll(keepingCapacity: true)
    buffers.pointee.part.append(contentsOf: letters)
    LetterSqueezer.squeeze(&buffers.pointee.part)
    emitWord(buffers.pointee.part[...], hashtag: hashtag)
  }

  // MARK: Spaced letters (step 8)

  /// Separators allowed between spaced-out letters: space . - _ * · • ~
  @inline(__always) private func isJoinSeparator(_ c: UInt32) -> Bool {
    c == 0x20 || c == 0x2E || c == 0x2D || c == 0x5F || c == 0x2A || c == 0xB7 || c == 0x2022
      || c == 0x7E
  }

  @inline(__always) private func isSingle(_ i: Int) -> Bool {
    wordChar(at: i) && !wordChar(at: i + 1) && !wordChar(at: i - 1)
  }

  /// Joins a run of at least three single letters (or leet digits) separated by one to three
  /// separators: "p r a b o w o", "g.a.n.j.a.r", "p-r-4-b-0-w-0".
  private func spacedRun(at i: Int) -> ([Unit], Int)? {
    guard isSingle(i) else { return nil }
    // Counted first: most single letters and digits ("loket 4") start no run, and then no array
    // is made.
    var count = 0
    var letters = 0
    let end = forEachSpacedSingle(from: i) { _, isDigit in
      count += 1
      if !isDigit { letters += 1 }
    }
    guard count >= 3, letters >= 2, letters * 2 >= count else { return nil }
    var collected: [Unit] = []
    collected.reserveCapacity(count)
    _ = forEachSpacedSingle(from: i) { pos, _ in collected.append(unit(pos)) }
    return (collected, end)
  }

  /// Calls `body` with the index of each single letter or leet digit of the spaced run from `i`
  /// and whether it is a digit; returns the index after the last one.
  private func forEachSpacedSingle(from i: Int, _ body: (Int, Bool) -> Void) -> Int {
    var pos = i
    var end = i + 1
    while pos < n, isSingle(pos) {
      let c = scalar(pos)
      let isDigit = c.isASCIIDigit
      if isDigit && LeetFolder.letter(for: c) == nil { break }
      body(pos, isDigit)
      end = pos + 1
      var g = pos + 1
      var gap = 0
      while g < n, gap < 3, isJoinSeparator(scalar(g)) {
        g += 1
        gap += 1
      }
      guard gap > 0, g < n, isSingle(g) else { break }
      pos = g
    }
    return end
  }

  // MARK: URLs and emails

  private func hasPrefix(_ prefix: StaticString, at i: Int) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard i + count <= n else { return false }
    let p = prefix.utf8Start
    for k in 0..<count where scalar(i + k).asciiLowered != UInt32(p[k]) { return false }
    return true
  }

  /// Whether the word character at `i`, lowered to `lowered`, may start a URL: the "h" of
  /// "http" or the "w" of "www", read with the character after it (most words starting with
  /// either letter are not URLs, and ``urlEnd(at:)`` compares whole prefixes).
  @inline(__always) private func mayStartURL(_ lowered: UInt32, at i: Int) -> Bool {
    guard lowered == 0x68 || lowered == 0x77, i + 1 < n else { return false }
    let next = scalar(i + 1).asciiLowered
    return lowered == 0x68 ? next == 0x74 : next == 0x77
  }

  /// The end of a URL starting at `i` (`http://`, `https://`, `www.`).
  private func urlEnd(at i: Int) -> Int? {
    let c = scalar(i) | 0x20
    guard c == 0x68 || c == 0x77 else { return nil }
    guard hasPrefix("http://", at: i) || hasPrefix("https://", at: i) || hasPrefix("www.", at: i)
    else { return nil }
    var j = i
    while j < n {
      let s = scalar(j)
      if isSpace(s) || s >= Unit.emojiBase || s == 0x3C || s == 0x3E || s == 0x22 { break }
      j += 1
    }
    while j > i, let last = Optional(scalar(j - 1)),
      [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x7D, 0x27].contains(last)
    {
      j -= 1
    }
    return j
  }

  /// The end of an email whose `@` is at `at`, local part starting at `localStart`.
  private func emailEnd(localStart: Int, at: Int) -> Int? {
    var j = at + 1
    var lastDot = -1
    while j < n {
      let s = scalar(j)
      if s.isASCIILetter || s.isASCIIDigit || s == 0x2D {
        j += 1
      } else if s == 0x2E, j + 1 < n, scalar(j + 1).isASCIILetter {
        lastDot = j
        j += 1
      } else {
        break
      }
    }
    guard lastDot > at + 1, j - lastDot >= 3 else { return nil }
    return j
  }

  // MARK: Emission

  private mutating func emitURL(_ range: Range<Int>) {
    var urlUnits: [Unit] = []
    appendUnits(range, to: &urlUnits)
    emitLowered(.url, urlUnits[...], Int(unit(range.lowerBound).start)..<Int(unit(range.upperBound - 1).end))
  }

  private mutating func emitNumber(_ digits: ArraySlice<Unit>, hashtag: Int?) {
    guard let first = digits.first, let last = digits.last else { return }
    emitLowered(.number, digits, Int(first.start)..<Int(last.end), hashtag: hashtag)
  }

  private mutating func emitWord(_ letters: ArraySlice<Unit>, hashtag: Int?) {
    guard let first = letters.first, let last = letters.last else { return }
    let range = Int(first.start)..<Int(last.end)
    var ascii = true
    for u in letters where u.scalar >= 0x80 {
      ascii = false
      break
    }
    if ascii {
      // Lowered straight into the normalized text, hashed on the way, looked up there (the same
      // token as below).
      separateToken()
      let normalizedStart = outScalars
      let start = out.count
      let count = letters.count
      out.reserve(count + 8)  // the word lookup reads 8 bytes
      let word = out.appendUninitialized(count)
      var h = WordTable.hashSeed
      var k = 0
      for u in letters {
        let c = u.scalar.asciiLowered
        word[k] = UInt8(truncatingIfNeeded: c)
        h = WordTable.hashStep(h, c)
        k += 1
      }
      finishWord(
        count: count, start: start, entry: lexicon.words.index(bytes: word, count: count, hash: h), isNumber: false,
        originalStart: range.lowerBound, originalEnd: range.upperBound, normalizedStart: normalizedStart,
        hashtag: hashtag)
      return
    }
    if let (surface, formal) = lexiconStrings(letters) {
      if let formal {
        emit(.word, formal, scalarCount: Tokenizer.scalarCount(formal), range, hashtag: hashtag, surface: surface)
      } else {
        emit(.word, surface, scalarCount: surface.utf8.count, range, hashtag: hashtag)
      }
      return
    }
    let (surface, count) = Tokenizer.string(letters, lower: true)
    emit(.word, surface, scalarCount: count, range, hashtag: hashtag)
  }

  /// Emits the emoji whose canonical scalars end at `emoji[end]` (which holds their count),
  /// encoded to UTF-8 straight into the normalized text.
  private mutating func emitEmoji(endingAt end: Int, _ original: Range<Int>) {
    emitEmoji(emoji, endingAt: end, original)
  }

  /// After ``run()`` over all-ASCII bytes: the tokens of `tail`, the units of the text that
  /// follows them, whose original offsets start at `offset`. The tail must hold only emoji and
  /// units that are neither word characters nor `#`, `@` or `$` (``Normalizer`` checks), so it
  /// makes only emoji tokens, as ``run()`` over the whole text would: the ASCII tokens before it
  /// end where they would end before any such unit.
  mutating func appendTail(_ tail: UnsafeBufferPointer<Unit>, emoji tailEmoji: UnsafeBufferPointer<UInt32>, offset: Int) {
    for u in tail where u.isEmoji {
      emitEmoji(tailEmoji, endingAt: Int(u.scalar - Unit.emojiBase), (Int(u.start) + offset)..<(Int(u.end) + offset))
    }
  }

  /// After ``run()`` over all-ASCII bytes: the tokens of `tail`, a simple emoji tail
  /// (``isSimpleEmojiTail(_:)``) whose original offsets start at `offset`: each emoji is a token
  /// of its one canonical scalar, its UTF-8 copied from `tail`, spanning its selectors and skin
  /// tones, as ``appendTail(_:emoji:offset:)`` would make it after the character steps.
  mutating func appendSimpleTail(_ tail: UnsafeBufferPointer<UInt8>, offset: Int) {
    var i = 0
    var scalar = offset
    let n = tail.count
    while i < n {
      if tail[i] < 0x80 {
        i &+= 1
        scalar &+= 1
        continue
      }
      // A three- or four-byte pictograph (``isSimpleEmojiTail(_:)`` checked it), then modifiers.
      let baseEnd = i &+ (tail[i] >= 0xF0 ? 4 : 3)
      let (end, modifiers) = Tokenizer.emojiModifiers(tail, from: baseEnd)
      separateToken()
      let normalizedStart = outScalars
      let start = out.count
      out.append(UnsafeBufferPointer(rebasing: tail[i..<baseEnd]))
      outScalars &+= 1
      spans.append(
        TokenSpan(
          kind: .emoji, originalStart: Int32(truncatingIfNeeded: scalar),
          originalEnd: Int32(truncatingIfNeeded: scalar &+ 1 &+ modifiers),
          normalizedStart: Int32(truncatingIfNeeded: normalizedStart), normalizedEnd: Int32(truncatingIfNeeded: outScalars),
          byteStart: Int32(truncatingIfNeeded: start), byteEnd: Int32(truncatingIfNeeded: out.count), hashtagIndex: -1,
          surfaceIndex: -1))
      i = end
      scalar &+= 1 &+ modifiers
    }
  }

  /// The end of the run of variation selectors (U+FE0E, U+FE0F, `EF B8 8E`/`8F`) and skin tones
  /// (U+1F3FB–U+1F3FF, `F0 9F 8F BB`–`BF`) in UTF-8 `bytes` from `i`, and how many there are.
  @inline(__always) static func emojiModifiers(_ bytes: UnsafeBufferPointer<UInt8>, from i: Int) -> (end: Int, count: Int) {
    var i = i
    var count = 0
    let n = bytes.count
    while true {
      if i &+ 2 < n, bytes[i] == 0xEF, bytes[i &+ 1] == 0xB8, bytes[i &+ 2] & 0xFE == 0x8E {
        i &+= 3
      } else if i &+ 3 < n, bytes[i] == 0xF0, bytes[i &+ 1] == 0x9F, bytes[i &+ 2] == 0x8F, bytes[i &+ 3] &- 0xBB < 5 {
        i &+= 4
      } else {
        return (i, count)
      }
      count &+= 1
    }
  }

  /// Whether the UTF-8 `tail` holds only ASCII bytes that are not letters, digits, `#`, `@` or
  /// `$` and emoji of one pictograph of three or four bytes that is its own canonical form and
  /// that the character steps leave alone (Extended_Pictographic, unchanged by NFKC_Casefold,
  /// not a regional indicator, skin tone or tag), each followed by any variation selectors and
  /// skin tones (``emojiModifiers(_:from:)``). Nothing else in such a tail can extend an emoji
  /// (no joiner, tag or keycap), so each makes a token of its pictograph, and nothing else
  /// makes a token.
  static func isSimpleEmojiTail(_ tail: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = tail.count
    while i < n {
      let b = tail[i]
      if b < 0x80 {
        if UInt32(b).isASCIITokenByte { return false }
        i &+= 1
        continue
      }
      let s: UInt32
      if b >= 0xF0 {
        guard i &+ 3 < n else { return false }
        s =
          (UInt32(b) & 0x07) << 18 | UInt32(tail[i &+ 1] & 0x3F) << 12 | UInt32(tail[i &+ 2] & 0x3F) << 6
          | UInt32(tail[i &+ 3] & 0x3F)
        guard s >= 0x1F300, s <= 0x1FAFF, s &- 0x1F3FB >= 5 else { return false }
        i &+= 4
      } else if b >= 0xE0 {
        guard i &+ 2 < n else { return false }
        s = (UInt32(b) & 0x0F) << 12 | UInt32(tail[i &+ 1] & 0x3F) << 6 | UInt32(tail[i &+ 2] & 0x3F)
        // Pictographs of three bytes (U+2000–U+33FF); selectors, joiners and keycaps are not.
        guard s >= 0x2000, s < 0x3400 else { return false }
        i &+= 3
      } else {
        return false
      }
      let properties = ScalarProperties(s)
      guard properties.contains(.extendedPictographic), properties.contains(.caseFoldInert) else { return false }
      i = emojiModifiers(tail, from: i).end
    }
    return true
  }

  /// Whether `units` can be a tail for ``appendTail(_:emoji:offset:)``: they start with an
  /// emoji at the tail's first scalar and hold nothing but emoji and ASCII units that are not
  /// letters, digits, `#`, `@` or `$`.
  static func isEmojiTail(_ units: UnsafeBufferPointer<Unit>) -> Bool {
    guard let first = units.first, first.isEmoji, first.start == 0 else { return false }
    for u in units where !u.isEmoji {
      let c = u.scalar
      if c >= 0x80 || c.isASCIITokenByte { return false }
    }
    return true
  }

  private mutating func emitEmoji(_ emoji: UnsafeBufferPointer<UInt32>, endingAt end: Int, _ original: Range<Int>) {
    let count = Int(emoji[end])
    separateToken()
    let normalizedStart = outScalars
    let start = out.count
    // Up to four bytes a scalar, reserved at once (the appends below check nothing). Offsets fit
    // in 32 bits (``Normalizer/maximumLength``), so the span is built from them unchecked.
    out.reserve(count &* 4)
    for k in (end &- count)..<end { out.appendReservedUTF8(of: emoji[k]) }
    outScalars &+= count
    spans.append(
      TokenSpan(
        kind: .emoji, originalStart: Int32(truncatingIfNeeded: original.lowerBound),
        originalEnd: Int32(truncatingIfNeeded: original.upperBound), normalizedStart: Int32(truncatingIfNeeded: normalizedStart),
        normalizedEnd: Int32(truncatingIfNeeded: outScalars), byteStart: Int32(truncatingIfNeeded: start),
        byteEnd: Int32(truncatingIfNeeded: out.count), hashtagIndex: -1, surfaceIndex: -1))
  }

  /// Emits a token whose normalized form is `units` lowercased (``string(_:lower:)``): ASCII
  /// units are written straight into the normalized text, others go through a string.
  private mutating func emitLowered(
    _ kind: Token.Kind, _ units: ArraySlice<Unit>, _ original: Range<Int>, hashtag: Int? = nil
  ) {
    for u in units where u.scalar >= 0x80 {
      let (text, count) = Tokenizer.string(units, lower: true)
      emit(kind, text, scalarCount: count, original, hashtag: hashtag)
      return
    }
    separateToken()
    let normalizedStart = outScalars
    let start = out.count
    let bytes = out.appendUninitialized(units.count)
    var k = 0
    for u in units {
      bytes[k] = UInt8(truncatingIfNeeded: u.scalar.asciiLowered)
      k += 1
    }
    outScalars += units.count
    spans.append(
      TokenSpan(
        kind: kind, original: original, normalized: normalizedStart..<outScalars, bytes: start..<out.count,
        hashtag: hashtag))
  }

  private mutating func emit(
    _ kind: Token.Kind, _ text: String, scalarCount: Int, _ original: Range<Int>,
    hashtag: Int? = nil, surface: String? = nil
  ) {
    separateToken()
    let start = outScalars
    let byteStart = out.count
    out.append(text)
    outScalars += scalarCount
    var surfaceIndex = -1
    if let surface, surface != text {
      surfaceIndex = buffers.pointee.surfaces.count
      buffers.pointee.surfaces.append(surface)
    }
    spans.append(
      TokenSpan(
        kind: kind, original: original, normalized: start..<outScalars, bytes: byteStart..<out.count,
        hashtag: hashtag, surfaceIndex: surfaceIndex))
  }

  /// The number of Unicode scalars of `string`, counted on its UTF-8 bytes (bytes that do not
  /// continue a sequence).
  @inline(__always) static func scalarCount(_ string: String) -> Int {
    let counted = string.utf8.withContiguousStorageIfAvailable { bytes -> Int in
      var count = 0
      for b in bytes where b & 0xC0 != 0x80 { count &+= 1 }
      return count
    }
    return counted ?? string.unicodeScalars.count
  }

  /// The string of `units` (lowercased ASCII) and its scalar count.
  static func string(_ units: ArraySlice<Unit>, lower: Bool) -> (String, Int) {
    var ascii = true
    for u in units where u.scalar >= 0x80 { ascii = false; break }
    if ascii {
      let s = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: units.count) { buffer in
        var k = 0
        for u in units {
          buffer[k] = UInt8(truncatingIfNeeded: lower ? u.scalar.asciiLowered : u.scalar)
          k += 1
        }
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<k]), as: UTF8.self)
      }
      return (s, units.count)
    }
    var view = String.UnicodeScalarView()
    var count = 0
    for u in units {
      guard u.scalar < Unit.emojiBase, let s = Unicode.Scalar(lower ? u.scalar.asciiLowered : u.scalar)
      else { continue }
      view.append(s)
      count += 1
    }
    return (String(view), count)
  }
}
