/// An immutable open-addressing hash set of lowercase ASCII words, each with an optional value,
/// looked up straight from units or bytes without building a `String`.
struct WordTable: Sendable {
  private var keyBytes: [UInt8] = []
  private var keyOffsets: [Int32] = [0]
  private var values: [String] = []
  private var slots: [Int32] = []
  private var mask = 0

  /// Number of words.
  var count: Int { values.count }

  /// A table of `entries` (word → value); words are lowercased; later duplicates are ignored.
  init(_ entries: [(key: String, value: String)]) {
    // Sized for every entry; duplicates are found by probing the table being built (no
    // separate set of seen keys).
    var size = 16
    while size < entries.count * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    keyBytes.reserveCapacity(entries.count * 8)
    keyOffsets.reserveCapacity(entries.count + 1)
    values.reserveCapacity(entries.count)
    for (key, value) in entries {
      let k = key.utf8.allSatisfy({ $0 < 0x80 && $0 &- 0x41 >= 26 }) ? key : key.lowercased()
      guard !k.isEmpty, k.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      let h = WordTable.hash(k.utf8)
      guard index(k.utf8, hash: h, { UInt32($0) }) == nil else { continue }
      keyBytes.append(contentsOf: k.utf8)
      keyOffsets.append(Int32(keyBytes.count))
      values.append(value)
      var slot = Int(truncatingIfNeeded: h) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(values.count)
    }
  }

  /// A table of words with empty values.
  init<S: Sequence<String>>(words: S) {
    self.init(words.map { (key: $0, value: "") })
  }

  /// The value stored for the ASCII-lowercased letters of `units`, if the word is in the table.
  func value(_ units: ArraySlice<Unit>) -> String? {
    guard let i = index(units) else { return nil }
    return values[i]
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

  /// The value stored for lowercase ASCII `bytes`.
  func value(bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard let i = index(bytes, { UInt32($0) }) else { return nil }
    return values[i]
  }

  private func index(_ units: ArraySlice<Unit>) -> Int? {
    index(units) { $0.scalar.asciiLowered }
  }

  private func index<C: Collection>(_ key: C, _ lowered: (C.Element) -> UInt32) -> Int? {
    guard !values.isEmpty, !key.isEmpty else { return nil }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for element in key {
      let c = lowered(element)
      guard c < 0x80 else { return nil }
      h = (h ^ UInt64(c)) &* 0x100_0000_01b3
    }
    return index(key, hash: h, lowered)
  }

  /// The index of `key` (lowered ASCII, hashed to `h`), probing from its slot.
  private func index<C: Collection>(_ key: C, hash h: UInt64, _ lowered: (C.Element) -> UInt32) -> Int? {
    guard !values.isEmpty else { return nil }
    let count = key.count
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let entry = Int(slots[slot])
      if entry == 0 { return nil }
      let i = entry - 1
      let lower = Int(keyOffsets[i])
      let upper = Int(keyOffsets[i + 1])
      if upper - lower == count {
        var equal = true
        var p = lower
        for element in key {
          if UInt32(keyBytes[p]) != lowered(element) { equal = false; break }
          p += 1
        }
        if equal { return i }
      }
      slot = (slot + 1) & mask
    }
  }

  private static func hash<S: Sequence<UInt8>>(_ bytes: S) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
  }
}
