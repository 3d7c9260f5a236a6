/// The derived forms of the vocabulary roots (``Morphology``), recognised when a word is looked
/// up instead of generated when the lexicon is built.
///
/// Generating them cost a fifth of a bulk audit's start-up (65,000 forms hashed and stored, of
/// which a text uses a handful); recognising one costs a scan of the word's endings, and with
/// the checker's ``Lexicon/CodeCache`` a word is looked up once per workspace, not once per
/// occurrence. The result is the one the generated table gave: roots are kept in derivation
/// order with their ids, and a word's candidate roots (every way of taking a suffix and a
/// prefix off it) are checked against the real derivations of that root
/// (``Morphology/firstDerivation(of:spelling:)``), so only what a root truly derives is found.
///
/// Only roots of four or more letters a–z are held; when any vocabulary root is not a–z,
/// every derived form is generated into the word table instead (``Lexicon/finish()``).
struct DerivedForms: Sendable {
  /// Root bytes → derivation order (an index into `ids`).
  private var roots = ByteTable<Int32>()
  /// Each root's token id, by derivation order.
  private var ids: [Int32] = []
  /// One bit per last three letters of a root (five low bits each): a clear bit proves that
  /// no root ends so, and every stem ends with its root's last three letters.
  private var endBits = [UInt64](repeating: 0, count: (1 << 15) / 64)
  /// One bit per first three letters of a stem of a root (five low bits each): a clear bit
  /// proves that no derivation starts so, and most words that are not forms stop there.
  private var startBits = [UInt64](repeating: 0, count: (1 << 15) / 64)
  /// One bit per (first three letters of a stem, last three of its root), hashed to 18 bits:
  /// a clear bit proves that no stem starts and ends so.
  private var stemBits = [UInt64](repeating: 0, count: (1 << 18) / 64)

  /// Number of roots.
  var count: Int { ids.count }

  /// Whether `root` can be held: four bytes or more, all a–z.
  static func accepts(_ root: UnsafeBufferPointer<UInt8>) -> Bool {
    root.count >= 4 && root.allSatisfy { $0 >= 97 && $0 <= 122 }
  }

  /// Whether `root` is held.
  func contains(_ root: UnsafeBufferPointer<UInt8>) -> Bool { roots.index(of: root) != nil }

  /// Adds `root` (``accepts(_:)``, not held yet) with token id `id`, after every root added
  /// before it.
  mutating func add(_ root: UnsafeBufferPointer<UInt8>, id: Int32) {
    roots.insertNew(root, Int32(ids.count))
    ids.append(id)
    let n = root.count
    let cell = Self.cell(root[n - 3], root[n - 2], root[n - 1])
    endBits[cell >> 6] |= 1 << UInt64(cell & 63)
    // Every form starts with one of its root's stems (of three bytes or more).
    Morphology.forEachStem(of: root) { base, _, _, _ in
      let start = Self.cell(base[0], base[1], base[2])
      startBits[start >> 6] |= 1 << UInt64(start & 63)
      let stem = Self.stemCell(start, cell)
      stemBits[stem >> 6] |= 1 << UInt64(stem & 63)
      return false
    }
  }

  /// The bit of a stem starting with cell `start` of a root ending with cell `end` in
  /// `stemBits`.
  @inline(__always)
  private static func stemCell(_ start: Int, _ end: Int) -> Int {
    Int(truncatingIfNeeded: (UInt64(start << 15 | end) &* 0x9E37_79B9_7F4A_7C15) >> 46)
  }

  @inline(__always)
  private static func cell(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
    Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
  }

  /// How the generated table coded `form` as a derived form: the id of the first root (in
  /// derivation order) that derives it, whether that root's first derivation spelling it is an
  /// agent noun, and the id of the first root with another id that derives it (-1 if none);
  /// `nil` when no root derives it.
  func derivation(of form: UnsafeBufferPointer<UInt8>) -> (id: Int32, agent: Bool, alt: Int32)? {
    guard let first = firstRoot(of: form, otherThan: nil) else { return nil }
    let id = ids[first.order]
    let alt = firstRoot(of: form, otherThan: id).map { ids[$0.order] } ?? -1
    return (id, first.agent, alt)
  }

  /// The first root (by derivation order) that derives `form`, skipping roots whose id is
  /// `otherThan`, and whether its first derivation spelling `form` is an agent noun.
  ///
  /// For each suffix the form ends with, where a root could end (``endBits``), the candidate
  /// roots of the stem before it are looked up: the stem itself, the stem without a plain
  /// prefix or "per-", and after "me-", "pe-" or nothing, the stem without a nasal ("m", "mp",
  /// "n", "ny", "ng", "ngk"), also with the root letter the nasal replaces ("p", "t", "c", "s",
  /// "k") put back. That is a superset of the roots that derive the form; each one held is
  /// checked against its real derivations.
  private func firstRoot(of form: UnsafeBufferPointer<UInt8>, otherThan: Int32?) -> (order: Int, agent: Bool)? {
    let n = form.count
    guard n >= 4, let f = form.baseAddress else { return nil }
    let start = Self.cell(f[0], f[1], f[2])
    guard startBits[start >> 6] & (1 << UInt64(start & 63)) != 0 else { return nil }
    // The first and the last (up to) eight bytes packed, first byte lowest: prefix p of length
    // l is the form's start when `head & mask(l) == p`; suffix k of length l its ending when
    // `tail >> (8 · (8 − l))` is the suffix's word.
    let head = Self.head(f, n)
    let tail = Self.tail(f, n)
    let suffixWords = Morphology.suffixWords
    let suffixLengths = Morphology.suffixLengths
    let prefixes = Self.prefixes
    let leads = Self.leads
    let nasals = Self.nasals
    let suffixesEnding = Self.suffixesEnding
    let prefixesStarting = Self.prefixesStarting
    let nasalsStarting = Self.nasalsStarting
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: n + 1) { scratch -> (order: Int, agent: Bool)? in
      guard let scratch = scratch.baseAddress else { return nil }
      // A plain local (no nested function captures it, which would box it and check every
      // access at run time).
      var best: (order: Int, agent: Bool)?
      // Only the suffixes ending in the form's last byte (and the empty one) can be its ending.
      var suffixes = suffixesEnding[Int(f[n - 1])]
      while suffixes != 0 {
        let k = suffixes.trailingZeroBitCount
        suffixes &= suffixes - 1
        let l = suffixLengths[k]
        let b = n - l
        guard b >= 3, l == 0 || tail >> UInt64(8 * (8 - l)) == suffixWords[k] else { continue }
        let c = Self.cell(f[b - 3], f[b - 2], f[b - 1])
        guard endBits[c >> 6] & (1 << UInt64(c & 63)) != 0 else { continue }
        let stem = Self.stemCell(start, c)
        guard stemBits[stem >> 6] & (1 << UInt64(stem & 63)) != 0 else { continue }
        /// Whether the form has `p` (`length` bytes) at byte `s`, leaving three bytes or more.
        func starts(_ p: UInt64, _ length: Int, at s: Int) -> Bool {
          b - s - length >= 3 && (head >> UInt64(8 * s)) & Self.mask(length) == p
        }
        if let found = candidate(form, from: 0, to: b, scratch: scratch, before: best?.order, otherThan: otherThan) {
          best = found
        }
        // Only the prefixes (and below, the nasals) starting with the form's byte there.
        var withFirst = prefixesStarting[Int(f[0])]
        while withFirst != 0 {
          let (p, length) = prefixes[withFirst.trailingZeroBitCount]
          withFirst &= withFirst - 1
          guard starts(p, length, at: 0) else { continue }
          if let found = candidate(form, from: length, to: b, scratch: scratch, before: best?.order, otherThan: otherThan) {
            best = found
          }
        }
        for (lead, leadLength) in leads where starts(lead, leadLength, at: 0) {
          var withNext = nasalsStarting[Int(f[leadLength])]
          while withNext != 0 {
            let (nasal, length, letters) = nasals[withNext.trailingZeroBitCount]
            withNext &= withNext - 1
            guard starts(nasal, length, at: leadLength) else { continue }
            let s = leadLength + length
            // (Nothing before the stem is the stem itself, looked up above.)
            if s > 0, let found = candidate(form, from: s, to: b, scratch: scratch, before: best?.order, otherThan: otherThan) {
              best = found
            }
            var rest = letters
            while rest != 0 {
              if let found = candidate(
                form, from: s, to: b, after: UInt8(truncatingIfNeeded: rest), scratch: scratch, before: best?.order,
                otherThan: otherThan)
              {
                best = found
              }
              rest >>= 8
            }
          }
        }
      }
      return best
    }
  }

  /// ``check(_:_:before:otherThan:)`` for the candidate root `form[s..<b]`, after `letter`
  /// (written with it into `scratch`) when it is not 0.
  @inline(__always)
  private func candidate(
    _ form: UnsafeBufferPointer<UInt8>, from s: Int, to b: Int, after letter: UInt8 = 0,
    scratch: UnsafeMutablePointer<UInt8>, before: Int?, otherThan: Int32?
  ) -> (order: Int, agent: Bool)? {
    guard let f = form.baseAddress else { return nil }
    var p = f + s
    var count = b - s
    if letter != 0 {
      // In bounds: `scratch` holds the form's length + 1 bytes.
      scratch[0] = letter
      (scratch + 1).update(from: f + s, count: count)
      p = UnsafePointer(scratch)
      count += 1
    }
    guard count >= 4 else { return nil }
    return check(UnsafeBufferPointer(start: p, count: count), form, before: before, otherThan: otherThan)
  }

  /// The derivation order of the held root `root` and whether its first derivation spelling
  /// `form` is an agent noun, when it is held, comes before `before`, has another id than
  /// `otherThan` and derives `form`.
  @inline(__always)
  private func check(
    _ root: UnsafeBufferPointer<UInt8>, _ form: UnsafeBufferPointer<UInt8>, before: Int?, otherThan: Int32?
  ) -> (order: Int, agent: Bool)? {
    guard let e = roots.index(of: root) else { return nil }
    let order = Int(roots[e])
    if let before, before <= order { return nil }
    if let otherThan, ids[order] == otherThan { return nil }
    return Morphology.firstDerivation(of: root, spelling: form).map { (order, $0) }
  }

  /// Per first byte, the prefixes (bit i for ``prefixes`` i) that start with it.
  private static let prefixesStarting: [UInt32] = (0..<256).map { byte in
    prefixes.indices.reduce(0) { $0 | (prefixes[$1].0 & 0xFF == UInt64(byte) ? 1 << UInt32($1) : 0) }
  }
  /// Per byte, the nasals (bit j for ``nasals`` j) that start with it; the empty one in all.
  private static let nasalsStarting: [UInt32] = (0..<256).map { byte in
    nasals.indices.reduce(0) { $0 | (nasals[$1].1 == 0 || nasals[$1].0 & 0xFF == UInt64(byte) ? 1 << UInt32($1) : 0) }
  }

  /// Per last byte, the suffixes (bit k for suffix k of ``Morphology/suffixes``) that end
  /// with it; the empty suffix is in every entry.
  private static let suffixesEnding: [UInt32] = {
    var table = [UInt32](repeating: 0, count: 256)
    for (k, s) in Morphology.suffixes.enumerated() {
      if let last = s.utf8.last {
        table[Int(last)] |= 1 << UInt32(k)
      } else {
        for b in table.indices { table[b] |= 1 << UInt32(k) }
      }
    }
    return table
  }()

  /// The first (up to) eight of the `n` bytes at `f`, packed, first byte lowest.
  @inline(__always)
  private static func head(_ f: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var head: UInt64 = 0
    for i in 0..<min(n, 8) { head |= UInt64(f[i]) << UInt64(8 * i) }
    return head
  }

  /// The last (up to) eight of the `n` bytes at `f`, packed, the last byte highest.
  @inline(__always)
  private static func tail(_ f: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
    var tail: UInt64 = 0
    for i in max(0, n - 8)..<n { tail |= UInt64(f[i]) << UInt64(8 * (8 - n + i)) }
    return tail
  }

  /// The low `length` bytes (at most eight).
  @inline(__always)
  private static func mask(_ length: Int) -> UInt64 {
    length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
  }

  /// The plain prefixes and "per-", packed with their lengths.
  private static let prefixes: [(UInt64, Int)] = (Morphology.plainPrefixes + ["per"]).map { (Morphology.packed($0.utf8), $0.utf8.count) }
  /// What may come before a nasal: nothing, "me-", "pe-" (nothing first: a nasal without a lead
  /// is looked up with it).
  private static let leads: [(UInt64, Int)] = ["", "me", "pe"].map { (Morphology.packed($0.utf8), $0.utf8.count) }
  /// Each nasal packed, its length, and the root letters it replaces packed
  /// (``Morphology/nasalForms(of:)``); the empty nasal for roots kept whole after a lead.
  private static let nasals: [(UInt64, Int, UInt64)] = [
    ("", ""), ("m", "p"), ("mp", "p"), ("n", "t"), ("ny", "cs"), ("ng", "k"), ("ngk", "k"),
  ].map { (Morphology.packed($0.0.utf8), $0.0.utf8.count, Morphology.packed($0.1.utf8)) }
}
