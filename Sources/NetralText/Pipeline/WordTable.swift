/// An immutable open-addressing hash set of lowercase ASCII words, each with an optional value,
/// looked up straight from units or bytes without building a `String`.
///
/// The storage is one shared object, so copying a table (into a tokenizer, per text) costs one
/// retain. Each entry also keeps its word as a ready-made `String` (``key(at:)``) so a tokenizer
/// that finds a word in the table can reuse it instead of building a new string.
struct WordTable: Sendable {
  /// The shared, immutable contents.
  private final class Storage: Sendable {
    let keyBytes: [UInt8]
    let keyOffsets: [Int32]
    let keys: [String]
    let values: [String]
    /// Whether each entry's value is non-empty (a colloquial form with its formal value), read
    /// once per word by the tokenizer's fast path without touching the string.
    let hasValue: [Bool]
    let slots: [Int32]
    /// The same entries as `slots`, placed by ``WordTable/chunkHash(_:_:)`` (the byte mode's
    /// word loop hashes eight letters at a time).
    let chunkSlots: [Int32]
    let mask: Int
    /// Hashes of every prefix of every word (the words included), open addressing, 0 = empty.
    let prefixes: [UInt64]
    let prefixMask: Int

    init(
      keyBytes: [UInt8], keyOffsets: [Int32], keys: [String], values: [String], slots: [Int32], mask: Int,
      prefixes: [UInt64], prefixMask: Int
    ) {
      self.keyBytes = keyBytes
      self.keyOffsets = keyOffsets
      self.keys = keys
      self.values = values
      hasValue = values.map { !$0.isEmpty }
      self.slots = slots
      self.mask = mask
      var chunkSlots = [Int32](repeating: 0, count: slots.count)
      keyBytes.withUnsafeBufferPointer { bytes in
        for i in 0..<values.count {
          let lower = Int(keyOffsets[i])
          var slot = WordTable.slot(WordTable.chunkHash(bytes, from: lower, count: Int(keyOffsets[i + 1]) - lower), mask)
          while chunkSlots[slot] != 0 { slot = (slot + 1) & mask }
          chunkSlots[slot] = Int32(i + 1)
        }
      }
      self.chunkSlots = chunkSlots
      self.prefixes = prefixes
      self.prefixMask = prefixMask
    }
  }

  private let storage: Storage

  /// Number of words.
  var count: Int { storage.values.count }

  /// FNV-1a start value of ``hash(_:)``; extend it one lowercase ASCII byte at a time with
  /// ``hashStep(_:_:)``.
  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The hash of a word extended by one lowercase ASCII character.
  @inline(__always) static func hashStep(_ h: UInt64, _ c: UInt32) -> UInt64 {
    (h ^ UInt64(c)) &* 0x100_0000_01b3
  }

  /// Start value of the hash that ``index(lowered:count:chunkHash:)`` probes with; extend it
  /// eight lowercase ASCII letters at a time with ``chunkHash(_:_:)``.
  static let chunkSeed: UInt64 = 0x243F_6A88_85A3_08D3

  /// The chunk hash extended by the next eight letters of a word as a little-endian 64-bit value
  /// (the last chunk's bytes past the word's end zero).
  @inline(__always) static func chunkHash(_ h: UInt64, _ chunk: UInt64) -> UInt64 {
    (h ^ chunk) &* 0x9E37_79B9_7F4A_7C15
  }

  /// The slot of hash `h` in a table of `mask + 1` slots (the multiplication leaves its best
  /// bits high).
  @inline(__always) static func slot(_ h: UInt64, _ mask: Int) -> Int {
    Int(truncatingIfNeeded: h ^ h &>> 29) & mask
  }

  /// The chunk hash of the `count` bytes of `bytes` from `lower` (read with zeros past them).
  static func chunkHash(_ bytes: UnsafeBufferPointer<UInt8>, from lower: Int, count: Int) -> UInt64 {
    var h = chunkSeed
    var p = 0
    while p < count {
      var chunk: UInt64 = 0
      for k in 0..<min(8, count - p) { chunk |= UInt64(bytes[lower + p + k]) << UInt64(8 * k) }
      h = chunkHash(h, chunk)
      p += 8
    }
    return h
  }

  /// A table of `entries` (word → value) followed by the words `extra` (with an empty value);
  /// words are lowercased; later duplicates are ignored. (`extra` is taken as a second list so
  /// that the bundled entries are not copied into one with the packs' words at start-up.)
  init(_ entries: [(key: String, value: String)], extra: [String] = []) {
    let total = entries.count + extra.count
    // Sized for every entry; duplicates are found by probing the table being built (no
    // separate set of seen keys).
    var size = 16
    while size < total * 2 { size <<= 1 }
    var slots = [Int32](repeating: 0, count: size)
    let mask = size - 1
    var keyBytes: [UInt8] = []
    var keyOffsets: [Int32] = [0]
    var keys: [String] = []
    var values: [String] = []
    keyBytes.reserveCapacity(total * 8)
    keyOffsets.reserveCapacity(total + 1)
    values.reserveCapacity(total)
    keys.reserveCapacity(total)
    // Keys are read through their UTF-8 buffers (`withUTF8`), not byte by byte through
    // `String.UTF8View`: this runs for every bundled and pack word at start-up.
    for i in 0..<total {
      let (key, value) = i < entries.count ? entries[i] : (extra[i - entries.count], "")
      var k = key
      if !k.withUTF8({ WordTable.isLowercaseASCII($0) }) {
        k = key.lowercased()
        guard k.withUTF8({ bytes in !bytes.contains { $0 >= 0x80 } }) else { continue }
      }
      guard !k.isEmpty else { continue }
      let added = k.withUTF8 { bytes -> Bool in
        var h = WordTable.hashSeed
        for b in bytes { h = WordTable.hashStep(h, UInt32(b)) }
        // Already present?
        var slot = Int(truncatingIfNeeded: h) & mask
        while slots[slot] != 0 {
          let i = Int(slots[slot]) - 1
          if keyBytes[Int(keyOffsets[i])..<Int(keyOffsets[i + 1])].elementsEqual(bytes) { return false }
          slot = (slot + 1) & mask
        }
        keyBytes.append(contentsOf: bytes)
        keyOffsets.append(Int32(keyBytes.count))
        slots[slot] = Int32(values.count + 1)
        return true
      }
      if added {
        keys.append(k)
        values.append(value)
      }
    }
    // Every prefix's hash, so a search for words starting at one place can stop as soon as no
    // word starts with the letters read so far.
    var prefixSize = 16
    while prefixSize < keyBytes.count * 2 { prefixSize <<= 1 }
    var prefixes = [UInt64](repeating: 0, count: prefixSize)
    let prefixMask = prefixSize - 1
    prefixes.withUnsafeMutableBufferPointer { prefixes in
      keyBytes.withUnsafeBufferPointer { keyBytes in
        for i in 0..<keys.count {
          var h = WordTable.hashSeed
          for p in Int(keyOffsets[i])..<Int(keyOffsets[i + 1]) {
            h = WordTable.hashStep(h, UInt32(keyBytes[p]))
            let stored = h == 0 ? 1 : h
            var slot = Int(truncatingIfNeeded: stored) & prefixMask
            while prefixes[slot] != 0 && prefixes[slot] != stored { slot = (slot + 1) & prefixMask }
            prefixes[slot] = stored
          }
        }
      }
    }
    // Padding, so that a key's first 8 bytes can always be read as one load (``index(bytes:count:hash:)``).
    keyBytes.append(contentsOf: repeatElement(0, count: 8))
    storage = Storage(
      keyBytes: keyBytes, keyOffsets: keyOffsets, keys: keys, values: values, slots: slots, mask: mask,
      prefixes: prefixes, prefixMask: prefixMask)
  }

  /// Whether some word of the table may start with the letters whose ``hashStep(_:_:)`` hash
  /// is `h` (false means none does; true can be a hash collision).
  @inline(__always) func mayHavePrefix(hash h: UInt64) -> Bool {
    let s = storage
    let stored = h == 0 ? 1 : h
    return s.prefixes.withUnsafeBufferPointer { prefixes in
      var slot = Int(truncatingIfNeeded: stored) & s.prefixMask
      while true {
        let value = prefixes[slot]
        if value == stored { return true }
        if value == 0 { return false }
        slot = (slot &+ 1) & s.prefixMask
      }
    }
  }

  /// Whether every byte of `bytes` is ASCII and not an uppercase letter.
  private static func isLowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    for b in bytes where b >= 0x80 || b &- 0x41 < 26 { return false }
    return true
  }

  /// A table of words with empty values.
  init<S: Sequence<String>>(words: S) {
    self.init(words.map { (key: $0, value: "") })
  }

  /// The word of entry `index`, as a string.
  @inline(__always) func key(at index: Int) -> String { storage.keys[index] }

  /// The value of entry `index`.
  @inline(__always) func value(at index: Int) -> String { storage.values[index] }

  /// Whether entry `index` has a non-empty value (``value(at:)``).
  @inline(__always) func hasValue(at index: Int) -> Bool { storage.hasValue[index] }

  /// The value stored for the ASCII-lowercased letters of `units`, if the word is in the table.
  func value(_ units: ArraySlice<Unit>) -> String? {
    guard let i = index(units) else { return nil }
    return storage.values[i]
  }

  /// Whether the ASCII-lowercased letters of `units` are a word of the table.
  func contains(_ units: ArraySlice<Unit>) -> Bool { index(units) != nil }

  /// Whether `word` is in the table.
  func contains(_ word: String) -> Bool {
    let units = word.lowercased().unicodeScalars.map { Unit(scalar: $0.value, start: 0, end: 0) }
    return index(units[...]) != nil
  }

  /// The value stored for `word`.
  func value(_ word: String) -> String? {
    let units = word.lowercased().unicodeScalars.map { Unit(scalar: $0.value, start: 0, end: 0) }
    return value(units[...])
  }

  /// The hash (``hashStep(_:_:)`` from ``hashSeed``) of the ASCII-lowercased letters of
  /// `units`, or nil when one of them is not ASCII.
  static func hash(_ units: ArraySlice<Unit>) -> UInt64? {
    var h = hashSeed
    for u in units {
      let c = u.scalar.asciiLowered
      guard c < 0x80 else { return nil }
      h = hashStep(h, c)
    }
    return h
  }

  /// The entry of the ASCII-lowercased letters of `units`, or nil.
  func index(_ units: ArraySlice<Unit>) -> Int? {
    guard !units.isEmpty, let h = WordTable.hash(units) else { return nil }
    return units.withUnsafeBufferPointer { index(units: $0, hash: h) }
  }

  /// The entry of the ASCII-lowercased letters of `units` whose hash (``hashStep(_:_:)`` over
  /// the lowered letters) is `h`, or nil.
  func index(units: UnsafeBufferPointer<Unit>, hash h: UInt64) -> Int? {
    probe(hash: h, count: units.count) { keys, lower in
      var k = 0
      while k < units.count, UInt32(keys[lower &+ k]) == units[k].scalar.asciiLowered { k &+= 1 }
      return k == units.count
    }
  }

  /// The entry of the lowercase ASCII bytes `bytes[0..<count]` whose ``chunkHash(_:_:)`` hash
  /// is `h`, or nil; `bytes` must be readable for at least 8 bytes, as in
  /// ``index(bytes:count:hash:)``.
  @inline(__always) func index(lowered bytes: UnsafePointer<UInt8>, count: Int, chunkHash h: UInt64) -> Int? {
    find(bytes: bytes, count: count, hash: h, chunkSlots: true)
  }

  /// The entry of the lowercase ASCII bytes `bytes[0..<count]` whose hash is `h`, or nil.
  /// `bytes` must be readable for at least 8 bytes (those past `count` are ignored): a word of
  /// up to 8 bytes is compared with its key as one 64-bit load each, masked to its length.
  func index(bytes: UnsafePointer<UInt8>, count: Int, hash h: UInt64) -> Int? {
    find(bytes: bytes, count: count, hash: h, chunkSlots: false)
  }

  /// ``index(bytes:count:hash:)`` through `slots` or, with `chunkSlots`, through the slots
  /// placed by chunk hash.
  @inline(__always) private func find(bytes: UnsafePointer<UInt8>, count: Int, hash h: UInt64, chunkSlots: Bool) -> Int? {
    #if _endian(little)
      if count <= 8 {
        // Little-endian: the word's bytes are the load's low `count` bytes.
        let mask: UInt64 = count == 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: count &* 8)) &- 1
        let word = UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self) & mask
        return probe(hash: h, count: count, chunkSlots: chunkSlots) { keys, lower in
          // In bounds: the key bytes end with 8 bytes of padding.
          guard let base = keys.baseAddress else { return false }
          return UnsafeRawPointer(base + lower).loadUnaligned(as: UInt64.self) & mask == word
        }
      }
    #endif
    return probe(hash: h, count: count, chunkSlots: chunkSlots) { keys, lower in
      var k = 0
      while k < count, keys[lower &+ k] == bytes[k] { k &+= 1 }
      return k == count
    }
  }

  /// Probes from the slot of `h` for an entry of `count` bytes for which `matches(key bytes,
  /// offset of its first byte)` holds; nil at the first empty slot. The table's arrays are read
  /// through buffer pointers (no bounds check per probe or per byte).
  @inline(__always) private func probe(
    hash h: UInt64, count: Int, chunkSlots: Bool = false, _ matches: (UnsafeBufferPointer<UInt8>, Int) -> Bool
  ) -> Int? {
    let s = storage
    guard count > 0 else { return nil }
    return (chunkSlots ? s.chunkSlots : s.slots).withUnsafeBufferPointer { slots in
      s.keyOffsets.withUnsafeBufferPointer { offsets in
        s.keyBytes.withUnsafeBufferPointer { keys -> Int? in
          var slot = chunkSlots ? WordTable.slot(h, s.mask) : Int(truncatingIfNeeded: h) & s.mask
          while true {
            let entry = Int(slots[slot])
            if entry == 0 { return nil }
            let i = entry &- 1
            let lower = Int(offsets[i])
            if Int(offsets[i &+ 1]) &- lower == count, matches(keys, lower) { return i }
            slot = (slot &+ 1) & s.mask
          }
        }
      }
    }
  }
}
