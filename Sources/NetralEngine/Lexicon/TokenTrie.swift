/// A trie over token ids: each path is one pack term as a sequence of token ids.
///
/// Transitions live in one open-addressing table keyed by `(node, token id)` packed into 64
/// bits (linear probing, a multiplicative hash, at most half full), so a walk step is one hash
/// and usually one probe, with no allocation and no SipHash.
struct TokenTrie: Sendable {
  /// Transition keys by slot; a slot is empty when its child is 0 (the root is nobody's child).
  private var keys = [UInt64](repeating: 0, count: 64)
  /// The child node of each slot's transition.
  private var children = [Int32](repeating: 0, count: 64)
  /// Number of transitions.
  private var transitionCount = 0
  /// 64 − log₂(slot count): the hash's top bits pick the slot.
  private var shift: UInt64 = 58
  /// Entry indices that end at each node.
  private(set) var terminals: [[Int32]] = [[]]
  /// Whether some entry ends at each node (``terminals`` not empty), read without touching the
  /// nested arrays.
  private(set) var isTerminal: [Bool] = [false]
  /// The children of the root by token id (0 = none) for ids below ``denseRootLimit``: the
  /// first step of every walk, which is most steps, is one array read. Every root child with
  /// an id below `rootChildren.count` is here; the others are found in the table.
  private var rootChildren: [Int32] = []
  /// Ids from here on (far more than a lexicon's) step from the root through the table only.
  static let denseRootLimit = 1 << 20

  private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id))
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Adds a term's id sequence ending in `entry`.
  mutating func insert(_ ids: [Int32], entry: Int32) {
    guard !ids.isEmpty else { return }
    var node: Int32 = 0
    for id in ids {
      if let next = step(node, id) {
        node = next
      } else {
        let next = Int32(terminals.count)
        terminals.append([])
        isTerminal.append(false)
        add(Self.key(node, id), child: next)
        if node == 0, id >= 0, Int(id) < Self.denseRootLimit {
          if Int(id) >= rootChildren.count {
            let size = min(Self.denseRootLimit, max(Int(id) + 1, 2 * rootChildren.count))
            rootChildren.append(contentsOf: repeatElement(0, count: size - rootChildren.count))
          }
          rootChildren[Int(id)] = next
        }
        node = next
      }
    }
    if !terminals[Int(node)].contains(entry) { terminals[Int(node)].append(entry) }
    isTerminal[Int(node)] = true
  }

  /// Puts a new transition in its slot, first doubling the table when it would be over half
  /// full.
  private mutating func add(_ key: UInt64, child: Int32) {
    if (transitionCount + 1) * 2 > keys.count {
      let oldKeys = keys
      let oldChildren = children
      keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
      children = [Int32](repeating: 0, count: oldKeys.count * 2)
      shift -= 1
      transitionCount = 0
      for s in oldKeys.indices where oldChildren[s] != 0 { add(oldKeys[s], child: oldChildren[s]) }
    }
    let mask = keys.count - 1
    var s = slot(key)
    while children[s] != 0 { s = (s + 1) & mask }
    keys[s] = key
    children[s] = child
    transitionCount += 1
  }

  /// The child of `node` along `id`, if any.
  @inline(__always)
  func step(_ node: Int32, _ id: Int32) -> Int32? {
    let key = Self.key(node, id)
    let mask = keys.count - 1
    var s = slot(key)
    while true {
      let child = children[s]
      if child == 0 { return nil }
      if keys[s] == key { return child }
      s = (s + 1) & mask
    }
  }

  /// The child of the root along `id` (≥ 0), if any: ``step(_:_:)`` from node 0.
  @inline(__always)
  func rootStep(_ id: Int32) -> Int32? {
    let i = Int(id)
    guard i < rootChildren.count else { return step(0, id) }
    let child = rootChildren[i]
    return child == 0 ? nil : child
  }

  /// Every node's entries one after another (``freeze()``): node `n`'s are
  /// `frozenEntries[frozenStarts[n]..<frozenStarts[n + 1]]`, read without retaining a nested
  /// array.
  private(set) var frozenEntries: [Int32] = []
  private(set) var frozenStarts: [Int32] = [0, 0]

  /// Lays ``terminals`` out flat for ``entryRange(of:)``; call once every term is in (a later
  /// ``insert(_:entry:)`` needs another call).
  mutating func freeze() {
    frozenEntries = terminals.flatMap { $0 }
    frozenStarts = [0]
    frozenStarts.reserveCapacity(terminals.count + 1)
    var end: Int32 = 0
    for t in terminals {
      end += Int32(t.count)
      frozenStarts.append(end)
    }
  }

  /// The entries that end at `node`, as laid out by ``freeze()``: a range of ``frozenEntries``.
  @inline(__always)
  func entryRange(of node: Int32) -> Range<Int> {
    Int(frozenStarts[Int(node)])..<Int(frozenStarts[Int(node) + 1])
  }

  /// Number of nodes.
  var nodeCount: Int { terminals.count }
}
