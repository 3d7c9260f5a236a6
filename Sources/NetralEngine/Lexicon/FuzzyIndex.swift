/// Finds name words within one edit (insertion, deletion, substitution or adjacent
/// transposition) of a misspelled token, by the shared single-deletion neighbourhood of both
/// words; candidates are then verified with an exact edit distance.
///
/// Neighbourhood keys are never built as strings: each key is an integer polynomial hash of the
/// word with one letter left out, computed in O(1) per position from a running prefix hash, and
/// looked up in an open-addressing table whose entries keep the key's bytes, so a hash
/// collision is recognised by comparing bytes (the result is exactly that of a lookup by the key
/// strings themselves: keys are tried in the same order — the word, then the word without its
/// 1st, 2nd, … letter — and each key's ids in insertion order).
struct FuzzyIndex: Sendable {
  /// Shortest word length the index holds.
  static let minimumLength = 4

  /// Polynomial hash base (odd, so it has an inverse modulo 2⁶⁴) and its inverse.
  private static let base: UInt64 = 0x100_0000_01B3
  private static let inverse: UInt64 = {
    // Newton's iteration: x ← x·(2 − b·x) doubles the correct low bits each step.
    var x: UInt64 = base
    for _ in 0..<6 { x = x &* (2 &- base &* x) }
    return x
  }()

  /// Name words, by insertion: bytes in `wordArena`, id in `wordIds`.
  private var wordArena: [UInt8] = []
  private var wordStarts: [Int32] = [0]
  private var wordIds: [Int32] = []
  /// Ids already indexed (each id once, by its first word).
  private var indexedIds: Set<Int32> = []
  private var firstLetters: [Bool] = [Bool](repeating: false, count: 256)

  /// Distinct neighbourhood keys: bytes in `keyArena`, full hash, and the word indices that
  /// have the key (in insertion order).
  private var keyArena: [UInt8] = []
  private var keyStarts: [Int32] = [0]
  private var keyHashes: [UInt64] = []
  private var keyWords: [[Int32]] = []
  /// Key index + 1 per slot (0 = empty); power-of-two size.
  private var slots = ProbeSlots(size: 64)
  /// One bit per ``prefixCell(_:_:_:_:)`` of a key (its length and first three letters): a
  /// clear bit proves that no key has that length and prefix, so ``match(_:)`` skips the probes
  /// whose key would fall there (most probes of most words) without hashing or probing.
  private var prefixBits = [UInt64](repeating: 0, count: 1 << (19 - 6))

  /// Adds a name word with its token id.
  mutating func insert(_ word: String, id: Int32) {
    let bytes = Array(word.utf8)
    guard bytes.count >= Self.minimumLength, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
      return
    }
    guard indexedIds.insert(id).inserted else { return }
    let w = Int32(wordIds.count)
    wordIds.append(id)
    wordArena.append(contentsOf: bytes)
    wordStarts.append(Int32(wordArena.count))
    firstLetters[Int(bytes[0])] = true
    // One buffer for every key: the word, then the word without letter 0, 1, …
    var key: [UInt8] = []
    key.reserveCapacity(bytes.count)
    for skip in -1..<bytes.count {
      key.removeAll(keepingCapacity: true)
      if skip < 0 {
        key.append(contentsOf: bytes)
      } else {
        key.append(contentsOf: bytes[..<skip])
        key.append(contentsOf: bytes[(skip + 1)...])
      }
      let k = keyIndex(inserting: key)
      if !keyWords[k].contains(where: { wordIds[Int($0)] == id }) { keyWords[k].append(w) }
    }
  }

  /// The index of key `bytes`, added if new.
  private mutating func keyIndex(inserting bytes: [UInt8]) -> Int {
    let h = bytes.withUnsafeBufferPointer { Self.keyHash(Self.polynomial($0), length: $0.count) }
    let found = bytes.withUnsafeBufferPointer { b in
      find(h, length: b.count) { k, start in
        var i = 0
        while i < b.count {
          if keyArena[start + i] != b[i] { return false }
          i += 1
        }
        return true
      }
    }
    if let found { return found }
    // Sparse (at most one key per eight slots): a probe for an absent key, the common case,
    // almost always ends at its first slot.
    if (keyHashes.count + 1) * 8 > slots.count {
      slots.rebuild(size: slots.count * 2, hashes: keyHashes)
    }
    let k = keyHashes.count
    let cell = Self.prefixCell(bytes.count, bytes[0], bytes[1], bytes[2])
    prefixBits[cell >> 6] |= 1 << UInt64(cell & 63)
    keyArena.append(contentsOf: bytes)
    keyStarts.append(Int32(keyArena.count))
    keyHashes.append(h)
    keyWords.append([])
    slots.place(k, hash: h)
    return k
  }

  /// The key with hash `h`, `length` bytes, for which `same(key, keyStart)` holds.
  @inline(__always)
  private func find(_ h: UInt64, length: Int, _ same: (Int, Int) -> Bool) -> Int? {
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let k = Int(slots[s]) - 1
      if k < 0 { return nil }
      if keyHashes[k] == h {
        let start = Int(keyStarts[k])
        if Int(keyStarts[k + 1]) - start == length, same(k, start) { return k }
      }
      s = (s + 1) & mask
    }
  }

  /// The bit of a key of `length` bytes starting with `a`, `b`, `c` in ``prefixBits``: the
  /// length's low four bits and each letter's low five bits side by side (exact for keys of
  /// a–z shorter than 16; anything else shares a bit, which only lets more probes through).
  @inline(__always)
  private static func prefixCell(_ length: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
    (length & 15) << 15 | Int(a & 31) << 10 | Int(b & 31) << 5 | Int(c & 31)
  }

  @inline(__always)
  private static func polynomial(_ b: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0
    for x in b { h = h &* base &+ UInt64(x) }
    return h
  }

  @inline(__always)
  private static func keyHash(_ polynomial: UInt64, length: Int) -> UInt64 {
    var z = polynomial ^ (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15)
    z ^= z >> 31
    z = z &* 0xBF58_476D_1CE4_E5B9
    z ^= z >> 29
    return z
  }

  /// The id of a name word within one edit of `word`, or `nil`. Words of other letters than
  /// a–z, shorter than ``minimumLength``, or not starting with a name's first letter are skipped.
  func match(_ word: String) -> (id: Int32, length: Int)? {
    word.withUTF8Bytes { match($0) }
  }

  /// ``match(_:)`` over UTF-8 bytes.
  func match(_ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, length: Int)? {
    let n = bytes.count
    guard n >= Self.minimumLength, firstLetters[Int(bytes[0])] else { return nil }
    // The keys this word probes start with these letters: the word and the word without
    // letter i ≥ 3 with w0 w1 w2, without letter 0 with w1 w2 w3, 1 with w0 w2 w3, 2 with
    // w0 w1 w3. Probes whose length and prefix no key has are skipped (they would find
    // nothing).
    let (probeWhole, probe0, probe1, probe2, probeRest) = prefixBits.withUnsafeBufferPointer { bits in
      // In bounds: a cell has 19 bits, and `bits` holds 2¹⁹ of them.
      func has(_ cell: Int) -> Bool { bits[cell >> 6] & (1 << UInt64(cell & 63)) != 0 }
      let w0 = bytes[0], w1 = bytes[1], w2 = bytes[2], w3 = bytes[3]
      return (
        has(Self.prefixCell(n, w0, w1, w2)), has(Self.prefixCell(n - 1, w1, w2, w3)),
        has(Self.prefixCell(n - 1, w0, w2, w3)), has(Self.prefixCell(n - 1, w0, w1, w3)),
        has(Self.prefixCell(n - 1, w0, w1, w2))
      )
    }
    guard probeWhole || probe0 || probe1 || probe2 || probeRest else { return nil }
    for b in bytes where b < 97 || b > 122 { return nil }
    let whole = Self.polynomial(bytes)
    // The word itself, then the word without letter i, for i = 0, 1, …
    if probeWhole, let k = find(Self.keyHash(whole, length: n), length: n, { _, start in
      keyArena.withUnsafeBufferPointer { a in
        for i in 0..<n where a[start + i] != bytes[i] { return false }
        return true
      }
    }), let m = verify(k, bytes) {
      return m
    }
    // H(w without i) = H(w) + (pre_i − pre_{i+1})·B^(n−1−i), pre_{i+1} = pre_i·B + w_i.
    var pre: UInt64 = 0
    var power: UInt64 = 1
    for _ in 0..<(n - 1) { power = power &* Self.base }
    for i in 0..<n {
      let next = pre &* Self.base &+ UInt64(bytes[i])
      let h = whole &+ (pre &- next) &* power
      pre = next
      power = power &* Self.inverse
      let probe = i == 0 ? probe0 : i == 1 ? probe1 : i == 2 ? probe2 : probeRest
      guard probe else {
        if i >= 2 && !probeRest { break }
        continue
      }
      let found = find(Self.keyHash(h, length: n - 1), length: n - 1) { _, start in
        keyArena.withUnsafeBufferPointer { a in
          var j = 0
          while j < i {
            if a[start + j] != bytes[j] { return false }
            j += 1
          }
          j = i + 1
          while j < n {
            if a[start + j - 1] != bytes[j] { return false }
            j += 1
          }
          return true
        }
      }
      if let k = found, let m = verify(k, bytes) { return m }
    }
    return nil
  }

  /// The first word of key `k` within one edit of `bytes`.
  @inline(__always)
  private func verify(_ k: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (id: Int32, length: Int)? {
    for w in keyWords[k] {
      let start = Int(wordStarts[Int(w)])
      let end = Int(wordStarts[Int(w) + 1])
      let within = wordArena.withUnsafeBufferPointer { a in
        Self.withinOneEdit(bytes, UnsafeBufferPointer(rebasing: a[start..<end]))
      }
      if within { return (wordIds[Int(w)], end - start) }
    }
    return nil
  }

  /// Optimal-string-alignment distance ≤ 1.
  static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in withinOneEdit(a, b) } }
  }

  /// Optimal-string-alignment distance ≤ 1, over byte buffers.
  static func withinOneEdit(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    if abs(a.count - b.count) > 1 { return false }
    var i = 0
    while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
    if i == a.count && i == b.count { return true }
    func same(_ x: Int, _ y: Int) -> Bool {
      // a[x...] == b[y...]
      guard a.count - x == b.count - y else { return false }
      var p = x
      var q = y
      while p < a.count {
        if a[p] != b[q] { return false }
        p += 1
        q += 1
      }
      return true
    }
    if a.count == b.count {
      if same(i + 1, i + 1) { return true }
      if i + 1 < a.count, a[i] == b[i + 1], a[i + 1] == b[i], same(i + 2, i + 2) { return true }
      return false
    }
    return a.count > b.count ? same(i + 1, i) : same(i, i + 1)
  }
}
