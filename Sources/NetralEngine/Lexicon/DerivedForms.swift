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
/// Only roots of four or more letters a–z are held (the others keep generated forms, see
/// ``Lexicon``).
struct DerivedForms: Sendable {
  /// Root bytes → derivation order (an index into `ids`).
  private var roots = ByteTable<Int32>()
  /// Each root's token id, by derivation order.
  private var ids: [Int32] = []
  /// One bit per last three letters of a root (five low bits each): a clear bit proves that
  /// no root ends so, and every stem ends with its root's last three letters.
  private var endBits = [UInt64](repeating: 0, count: (1 << 15) / 64)

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
  private func firstRoot(of form: UnsafeBufferPointer<UInt8>, otherThan: Int32?) -> (order: Int, agent: Bool)? {
    let n = form.count
    guard n >= 3, let f = form.baseAddress else { return nil }
    // The last (up to) eight bytes, the last byte highest: suffix k of length l is the form's
    // ending when `tail >> (8 · (8 − l))` equals its packed word.
    var tail: UInt64 = 0
    for i in max(0, n - 8)..<n { tail |= UInt64(f[i]) << UInt64(8 * (8 - n + i)) }
    var best: (order: Int, agent: Bool)?
    let suffixWords = Morphology.suffixWords
    let suffixLengths = Morphology.suffixLengths
    for k in suffixWords.indices {
      let l = suffixLengths[k]
      let b = n - l
      guard b >= 3, l == 0 || tail >> UInt64(8 * (8 - l)) == suffixWords[k] else { continue }
      let c = Self.cell(f[b - 3], f[b - 2], f[b - 1])
      guard endBits[c >> 6] & (1 << UInt64(c & 63)) != 0 else { continue }
      stems(of: form, end: b) { order in
        if let best, best.order <= order { return }
        if let otherThan, ids[order] == otherThan { return }
        guard let agent = rootBytes(order: order, { Morphology.firstDerivation(of: $0, spelling: form) }) else { return }
        best = (order, agent)
      }
    }
    return best
  }

  /// The bytes of the root of derivation order `order`.
  private func rootBytes<R>(order: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    roots.key(order).withUnsafeBufferPointer(body)
  }

  /// Calls `body` with the derivation order of every held root that a stem `form[0..<end]`
  /// could come from: the stem itself, the stem without a plain prefix or "per-", and after
  /// "me-", "pe-" or nothing, the stem without a nasal ("m", "mp", "n", "ny", "ng", "ngk") and
  /// with the root letter it replaces ("p", "t", "c", "s", "k"). A superset of the roots that
  /// derive the form; the caller checks each.
  private func stems(of form: UnsafeBufferPointer<UInt8>, end b: Int, _ body: (Int) -> Void) {
    guard let f = form.baseAddress else { return }
    /// Whether the form starts with `prefix` and leaves a root of four bytes or more.
    func starts(_ prefix: [UInt8], at s: Int) -> Bool {
      guard b - s - prefix.count >= 3 else { return false }
      for i in prefix.indices where f[s + i] != prefix[i] { return false }
      return true
    }
    func root(_ s: Int) {
      guard b - s >= 4, let order = roots.index(of: UnsafeBufferPointer(start: f + s, count: b - s)) else { return }
      body(Int(roots[order]))
    }
    func root(_ letter: UInt8, _ s: Int) {
      guard b - s >= 3 else { return }
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b - s + 1) { buffer in
        guard let p = buffer.baseAddress else { return }
        p[0] = letter
        (p + 1).update(from: f + s, count: b - s)
        if let order = roots.index(of: UnsafeBufferPointer(start: p, count: b - s + 1)) { body(Int(roots[order])) }
      }
    }
    root(0)
    for p in Self.plainPrefixes where starts(p, at: 0) { root(p.count) }
    if starts(Self.per, at: 0) { root(3) }
    for lead in Self.leads where lead.isEmpty || starts(lead, at: 0) {
      let s = lead.count
      if !lead.isEmpty { root(s) }
      for (nasal, letters) in Self.nasals where starts(nasal, at: s) {
        root(s + nasal.count)
        for letter in letters { root(letter, s + nasal.count) }
      }
    }
  }

  private static let plainPrefixes: [[UInt8]] = Morphology.plainPrefixes.map { Array($0.utf8) }
  private static let per: [UInt8] = Array("per".utf8)
  private static let leads: [[UInt8]] = [[], Array("me".utf8), Array("pe".utf8)]
  /// Each nasal and the root letters it replaces (``Morphology/nasalForms(of:)``).
  private static let nasals: [(nasal: [UInt8], letters: [UInt8])] = [
    ("m", "p"), ("mp", "p"), ("n", "t"), ("ny", "cs"), ("ng", "k"), ("ngk", "k"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }
}
