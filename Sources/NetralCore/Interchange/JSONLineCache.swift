import Foundation

/// Pre-rendered JSON for the parts of a verdict line that repeat from finding to finding: a
/// rule's citation list and its sanction. The checker resolves each once (per rule, actor,
/// stage and region) and every finding of that rule shares them, so their JSON (a few hundred
/// bytes of instrument names, provisions and sanction texts, half of a finding's line) is
/// rendered the first time they are seen and copied afterwards.
///
/// They are recognized by the identity of their storage: a citation list by its array's, a
/// sanction by its description's and basis's with its level (texts of more than 15 bytes only:
/// a shorter one may be held inline, with no storage of its own). A slot holds the value itself, so that storage stays
/// alive (nothing else can get its address) and unchanged (an array or string that is not
/// uniquely referenced copies before it is written) for as long as it is a key. An equal
/// value with other storage is simply rendered, so the cache never changes what is written.
/// One cache is shared by the threads rendering lines (a lock guards it); a renderer makes one
/// and passes it to ``Assessment/jsonLineBytes(newline:cache:)``.
public final class JSONLineCache: @unchecked Sendable {
  /// What identifies a cached sanction: the storage of its texts and its level.
  private struct SanctionKey: Equatable {
    var description: UnsafeRawPointer
    var basis: UnsafeRawPointer?
    var level: SanctionLevel
  }

  private let lock = NSLock()
  // Direct-mapped by the storage's address; a value that maps to a taken slot replaces it.
  // Per slot: the key, the value (held so its storage stays alive and unchanged) and its JSON,
  // in arrays of their own so a lookup compares plain words and copies nothing. Guarded by
  // `lock` (so the per-access exclusivity check is left out).
  @exclusivity(unchecked) private var citationKeys: [UnsafeRawPointer?]
  @exclusivity(unchecked) private var citations: [[Citation]?]
  @exclusivity(unchecked) private var citationJSON: [[UInt8]]
  @exclusivity(unchecked) private var sanctionKeys: [SanctionKey?]
  @exclusivity(unchecked) private var sanctions: [Sanction?]
  @exclusivity(unchecked) private var sanctionJSON: [[UInt8]]
  private static let slotCount = 256

  /// Creates an empty cache.
  public init() {
    citationKeys = Array(repeating: nil, count: Self.slotCount)
    citations = Array(repeating: nil, count: Self.slotCount)
    citationJSON = Array(repeating: [], count: Self.slotCount)
    sanctionKeys = Array(repeating: nil, count: Self.slotCount)
    sanctions = Array(repeating: nil, count: Self.slotCount)
    sanctionJSON = Array(repeating: [], count: Self.slotCount)
  }

  /// Calls `body` with the JSON of `list`'s objects (what goes between the list's brackets),
  /// rendered now if the list was not seen before. Returns `false`, without calling `body`, for
  /// a list it does not cache (an empty one).
  func withCitationsJSON(_ list: [Citation], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let address = Self.address(of: list) else { return false }
    lock.lock()
    defer { lock.unlock() }
    Self.withJSON(
      of: list, key: address, at: Self.slot(of: address), keys: &citationKeys,
      values: &citations, json: &citationJSON, body, render: { Finding.writeCitations($0, to: &$1) })
    return true
  }

  /// Calls `body` with the JSON object of `sanction`, rendered now if it was not seen before.
  /// Returns `false`, without calling `body`, for a sanction it does not cache (one whose
  /// description or basis has no storage of its own).
  func withSanctionJSON(_ sanction: Sanction, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let description = Self.address(of: sanction.description) else { return false }
    var basis: UnsafeRawPointer? = nil
    if let text = sanction.basis {
      guard let address = Self.address(of: text) else { return false }
      basis = address
    }
    let key = SanctionKey(description: description, basis: basis, level: sanction.level)
    lock.lock()
    defer { lock.unlock() }
    Self.withJSON(
      of: sanction, key: key, at: Self.slot(of: description), keys: &sanctionKeys,
      values: &sanctions, json: &sanctionJSON, body, render: { Finding.writeSanction($0, to: &$1) })
    return true
  }

  /// Calls `body` with the JSON in slot `index` when its key is `key`, else renders `value`,
  /// puts it in the slot and calls `body` with its JSON. The caller holds the lock.
  private static func withJSON<Key: Equatable, Value>(
    of value: Value, key: Key, at index: Int, keys: inout [Key?], values: inout [Value?],
    json: inout [[UInt8]], _ body: (UnsafeBufferPointer<UInt8>) -> Void,
    render: (Value, inout JSONWriter) -> Void
  ) {
    if keys[index] == key {
      // Read in place: the slot's array is borrowed, not copied.
      json.withUnsafeBufferPointer { slots in slots[index].withUnsafeBufferPointer(body) }
      return
    }
    var w = JSONWriter()
    render(value, &w)
    keys[index] = key
    values[index] = value
    json[index] = w.bytes
    json.withUnsafeBufferPointer { slots in slots[index].withUnsafeBufferPointer(body) }
  }

  /// The slot an address maps to (heap blocks are 16-byte aligned: the low bits say nothing).
  private static func slot(of address: UnsafeRawPointer) -> Int {
    let bits = UInt(bitPattern: address)
    return Int(truncatingIfNeeded: (bits >> 4 ^ bits >> 12) & UInt(slotCount - 1))
  }

  /// The address of the array's elements; `nil` for an empty array (which may share storage
  /// with every other empty array).
  private static func address(of list: [Citation]) -> UnsafeRawPointer? {
    guard !list.isEmpty else { return nil }
    return list.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
  }

  /// The address of the text's UTF-8 in its storage; `nil` for a text of 15 bytes or fewer (it
  /// may be held inline and be read through a temporary copy) or one not stored contiguously.
  private static func address(of text: String) -> UnsafeRawPointer? {
    guard text.utf8.count > 15 else { return nil }
    return text.utf8.withContiguousStorageIfAvailable { $0.baseAddress.map(UnsafeRawPointer.init) } ?? nil
  }
}
