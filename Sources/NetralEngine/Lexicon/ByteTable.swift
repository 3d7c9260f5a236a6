/// An open-addressing hash table keyed by UTF-8 byte strings, for looking up a token's text
/// without hashing a `String` (SipHash) or allocating: keys live in one byte arena, the hash is
/// a cheap multiply-and-mix over eight bytes at a time, and a lookup reads the caller's bytes in
/// place. Insertion order is kept (entry `e` is the `e`-th key added). Each entry keeps its
/// hash, its key's place in the arena and its value together, so a lookup reads one entry and
/// an insertion appends one.
struct ByteTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    var hash: UInt64
    /// The key is `arena[start..<end]`.
    var start: Int32
    var end: Int32
    var value: Value
  }

  /// The keys' bytes, one after another, then unused zeros (room for more keys: the arena
  /// grows by doubling and is written in place, which costs less per key than an append).
  private var arena: [UInt8] = []
  /// Bytes of `arena` in use.
  private var used = 0
  private var entries: [Entry] = []
  /// Entry index + 1 per slot; 0 is an empty slot. The slot count is a power of two.
  private var slots = ProbeSlots(size: 16)

  /// Number of keys.
  var count: Int { entries.count }

  /// The value of entry `e` (an index from ``index(of:)-(UnsafeBufferPointer<UInt8>)``).
  subscript(e: Int) -> Value {
    @inline(__always) get { entries[e].value }
    set { entries[e].value = newValue }
  }

  /// Hash of a byte string (also used by callers that probe with a precomputed hash).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(truncatingIfNeeded: bytes.count)
    var i = 0
    let n = bytes.count
    guard let base = bytes.baseAddress else { return mix(h) }
    let raw = UnsafeRawPointer(base)
    while i + 8 <= n {
      let w = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
      h = (h ^ w) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 29
      i += 8
    }
    if i < n {
      // The last 1–7 bytes in at most two loads (overlapping ones for 4–7; for 1–3 the first,
      // middle and last byte): each length reads every byte once or more, so equal-length
      // strings that differ there differ in `w`.
      let rest = n - i
      let w: UInt64
      if rest >= 4 {
        w = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt32.self)))
          | UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))) << 32
      } else {
        w = UInt64(base[i]) | UInt64(base[i + rest / 2]) << 8 | UInt64(base[n - 1]) << 16
      }
      h = (h ^ w) &* 0x94D0_49BB_1331_11EB
    }
    return mix(h)
  }

  @inline(__always)
  private static func mix(_ x: UInt64) -> UInt64 {
    var z = x
    z ^= z >> 31
    z = z &* 0xD6E8_FEB8_6659_FD93
    z ^= z >> 32
    return z
  }

  /// The insertion index of `key`, or `nil`.
  @inline(__always)
  func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
    let h = Self.hash(key)
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[s]) - 1
      if e < 0 { return nil }
      if entries[e].hash == h, equal(e, key) { return e }
      s = (s + 1) & mask
    }
  }

  /// The insertion index of `key`, or `nil`.
  func index(of key: String) -> Int? {
    var key = key
    return key.withUTF8 { index(of: $0) }
  }

  /// The value of `key`, or `nil`.
  func value(of key: String) -> Value? {
    index(of: key).map { entries[$0].value }
  }

  @inline(__always)
  private func equal(_ e: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(entries[e].start)
    let length = Int(entries[e].end) - start
    guard length == key.count else { return false }
    return arena.withUnsafeBufferPointer { a in
      // In bounds: key `e` is `a[start..<start + length]`, and `key` has `length` bytes.
      guard let p = a.baseAddress, let q = key.baseAddress else { return length == 0 }
      return Self.same(UnsafeRawPointer(p + start), UnsafeRawPointer(q), length)
    }
  }

  /// Whether the `n` bytes at `a` and at `b` are equal, compared eight (or four) at a time:
  /// the last chunk overlaps the previous one instead of going byte by byte.
  @inline(__always)
  static func same(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, _ n: Int) -> Bool {
    if n >= 8 {
      var i = 0
      while i + 8 <= n {
        if a.loadUnaligned(fromByteOffset: i, as: UInt64.self) != b.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
          return false
        }
        i += 8
      }
      return i == n
        || a.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == b.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }
    if n >= 4 {
      return a.loadUnaligned(fromByteOffset: 0, as: UInt32.self) == b.loadUnaligned(fromByteOffset: 0, as: UInt32.self)
        && a.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self) == b.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
    }
    var i = 0
    while i < n {
      if a.load(fromByteOffset: i, as: UInt8.self) != b.load(fromByteOffset: i, as: UInt8.self) { return false }
      i += 1
    }
    return true
  }

  /// The bytes of key `e`.
  func key(_ e: Int) -> ArraySlice<UInt8> {
    arena[Int(entries[e].start)..<Int(entries[e].end)]
  }

  /// Adds `key` with `value`, or replaces the value of an existing key (keeping its index).
  /// Returns the key's insertion index.
  @discardableResult
  mutating func set(_ key: String, _ value: Value) -> Int {
    var key = key
    return key.withUTF8 { set($0, value) }
  }

  /// Adds `key` with `value`, or replaces the value of an existing key (keeping its index).
  @discardableResult
  mutating func set(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) -> Int {
    if let e = index(of: key) {
      entries[e].value = value
      return e
    }
    return insertNew(key, value)
  }

  /// Adds `key`, which must not be in the table yet, with `value`.
  @discardableResult
  mutating func insertNew(_ key: String, _ value: Value) -> Int {
    var key = key
    return key.withUTF8 { insertNew($0, value) }
  }

  /// The index of `key`, and `false`; or, when the key is new, adds it with `make()` and
  /// returns its index and `true` (one hash either way).
  @inline(__always)
  mutating func findOrInsert(_ key: UnsafeBufferPointer<UInt8>, _ make: () -> Value) -> (index: Int, inserted: Bool) {
    let h = Self.hash(key)
    let mask = slots.count - 1
    var s = Int(truncatingIfNeeded: h) & mask
    while true {
      let e = Int(slots[s]) - 1
      if e < 0 { break }
      if entries[e].hash == h, equal(e, key) { return (e, false) }
      s = (s + 1) & mask
    }
    return (append(key, h, make()), true)
  }

  /// Adds `key`, which must not be in the table yet, with `value`.
  @discardableResult
  mutating func insertNew(_ key: UnsafeBufferPointer<UInt8>, _ value: Value) -> Int {
    append(key, Self.hash(key), value)
  }

  private mutating func append(_ key: UnsafeBufferPointer<UInt8>, _ h: UInt64, _ value: Value) -> Int {
    if (entries.count + 1) * 2 > slots.count { grow() }
    let e = entries.count
    let start = used
    let end = used + key.count
    if end > arena.count { arena.append(contentsOf: repeatElement(0, count: max(end - arena.count, arena.count))) }
    if let source = key.baseAddress {
      // In bounds: the arena holds at least `end` bytes (grown just above).
      arena.withUnsafeMutableBufferPointer { a in a.baseAddress.map { ($0 + start).update(from: source, count: key.count) } }
    }
    used = end
    entries.append(Entry(hash: h, start: Int32(start), end: Int32(end), value: value))
    slots.place(e, hash: h)
    return e
  }

  /// Makes room for `count` keys without growing again.
  mutating func reserve(_ count: Int) {
    entries.reserveCapacity(count)
    let bytes = count * 12
    if bytes > arena.count { arena.append(contentsOf: repeatElement(0, count: bytes - arena.count)) }
    var size = slots.count
    while count * 2 > size { size *= 2 }
    guard size > slots.count else { return }
    slots.rebuild(size: size, hashes: entries.map(\.hash))
  }

  private mutating func grow() { slots.rebuild(size: slots.count * 2, hashes: entries.map(\.hash)) }
}

extension String {
  /// Calls `body` with the string's UTF-8 bytes, in place when the string stores them
  /// contiguously (native and small strings), else from a copy.
  @inline(__always)
  func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let r = utf8.withContiguousStorageIfAvailable(body) { return r }
    var copy = self
    return copy.withUTF8(body)
  }
}
