/// The slot array of an open-addressing table whose entries live in arrays beside it: a slot
/// holds an entry's index + 1 (0 = empty), an entry sits at the first free slot from its hash
/// (linear probing), and the size is a power of two. ``ByteTable`` and ``FuzzyIndex`` keep their
/// entries this way, each with its own load.
struct ProbeSlots: Sendable {
  private var slots: [Int32]

  /// Empty slots; `size` must be a power of two.
  init(size: Int) { slots = [Int32](repeating: 0, count: size) }

  /// Number of slots.
  var count: Int { slots.count }

  /// The entry index + 1 at slot `s` (0 = empty).
  @inline(__always) subscript(s: Int) -> Int32 { slots[s] }

  /// Puts entry `entry`, whose hash is `hash`, at the first free slot from its hash.
  @inline(__always)
  mutating func place(_ entry: Int, hash: UInt64) {
    let mask = slots.count - 1
    slots.withUnsafeMutableBufferPointer { p in
      // In bounds: every slot index is masked to `count - 1`, and a table is never full.
      var s = Int(truncatingIfNeeded: hash) & mask
      while p[s] != 0 { s = (s + 1) & mask }
      p[s] = Int32(entry + 1)
    }
  }

  /// Resizes to `size` empty slots and places every entry again, entry `e` by `hashes[e]`.
  mutating func rebuild(size: Int, hashes: [UInt64]) {
    var fresh = [Int32](repeating: 0, count: size)
    let mask = size - 1
    fresh.withUnsafeMutableBufferPointer { p in
      hashes.withUnsafeBufferPointer { h in
        // In bounds: every slot index is masked to `size - 1`, and a table is never full.
        for e in h.indices {
          var s = Int(truncatingIfNeeded: h[e]) & mask
          while p[s] != 0 { s = (s + 1) & mask }
          p[s] = Int32(e + 1)
        }
      }
    }
    slots = fresh
  }
}
