/// A set of token ids kept as a bitmap over its range: a lookup is a shift and a mask instead
/// of hashing the id (the ballot-number detector asks up to sixteen times per number).
struct IdSet: Sendable {
  /// The smallest id (bit 0).
  private let low: Int
  private let words: [UInt64]

  init(_ ids: Set<Int32>) {
    guard let min = ids.min(), let max = ids.max() else {
      low = 0
      words = []
      return
    }
    low = Int(min)
    var words = [UInt64](repeating: 0, count: (Int(max) - Int(min)) / 64 + 1)
    for id in ids {
      let k = Int(id) - Int(min)
      words[k >> 6] |= 1 << UInt64(k & 63)
    }
    self.words = words
  }

  /// Whether `id` is in the set.
  @inline(__always)
  func contains(_ id: Int32) -> Bool {
    let k = Int(id) - low
    guard k >= 0, k >> 6 < words.count else { return false }
    return words[k >> 6] & (1 << UInt64(k & 63)) != 0
  }
}
