/// A trie over token ids: each path is one pack term as a sequence of token ids.
///
/// Transitions live in one flat dictionary keyed by `(node, token id)`, so a walk step is a
/// single hash lookup with no allocation.
struct TokenTrie: Sendable {
  private var transitions: [UInt64: Int32] = [:]
  /// Entry indices that end at each node.
  private(set) var terminals: [[Int32]] = [[]]

  private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  /// Adds a term's id sequence ending in `entry`.
  mutating func insert(_ ids: [Int32], entry: Int32) {
    guard !ids.isEmpty else { return }
    var node: Int32 = 0
    for id in ids {
      let k = Self.key(node, id)
      if let next = transitions[k] {
        node = next
      } else {
        let next = Int32(terminals.count)
        terminals.append([])
        transitions[k] = next
        node = next
      }
    }
    if !terminals[Int(node)].contains(entry) { terminals[Int(node)].append(entry) }
  }

  /// The child of `node` along `id`, if any.
  func step(_ node: Int32, _ id: Int32) -> Int32? {
    transitions[Self.key(node, id)]
  }

  /// Number of nodes.
  var nodeCount: Int { terminals.count }
}
