import Foundation

/// Pre-rendered JSON for the parts of a verdict line that repeat from finding to finding: a
/// rule's citation list and its sanction. The checker resolves each once (per rule, actor,
/// stage and region) and every finding of that rule shares them, so their JSON (a few hundred
/// bytes of instrument names, provisions and sanction texts, half of a finding's line) is
/// rendered the first time they are seen and copied afterwards.
///
/// They are recognized by the identity of their storage: a citation list by its array's, a
/// sanction by its description's (texts of more than 15 bytes only: a shorter one may be held
/// inline, with no storage of its own). A slot holds the value itself, so that storage stays
/// alive (nothing else can get its address) and unchanged (an array or string that is not
/// uniquely referenced copies before it is written) for as long as it is a key. An equal
/// value with other storage is simply rendered, so the cache never changes what is written.
/// One cache is shared by the threads rendering lines (a lock guards it); a renderer makes one
/// and passes it to ``Assessment/jsonLineBytes(newline:cache:)``.
public final class JSONLineCache: @unchecked Sendable {
  /// One cached value and its JSON.
  private struct Slot<Value> {
    var value: Value
    var json: [UInt8]
  }

  private let lock = NSLock()
  // Direct-mapped by the storage's address; a value that maps to a taken slot replaces it.
  // Guarded by `lock`.
  private var citations: [Slot<[Citation]>?] = Array(repeating: nil, count: JSONLineCache.slotCount)
  private var sanctions: [Slot<Sanction>?] = Array(repeating: nil, count: JSONLineCache.slotCount)
  private static let slotCount = 256

  /// Creates an empty cache.
  public init() {}

  /// Calls `body` with the JSON of `list`'s objects (what goes between the list's brackets),
  /// rendered now if the list was not seen before. Returns `false`, without calling `body`, for
  /// a list it does not cache (an empty one).
  func withCitationsJSON(_ list: [Citation], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let address = Self.address(of: list) else { return false }
    lock.lock()
    defer { lock.unlock() }
    Self.withJSON(
      of: list, at: address, in: &citations, body,
      matches: { Self.address(of: $0) == address },
      render: { Finding.writeCitations($0, to: &$1) })
    return true
  }

  /// Calls `body` with the JSON object of `sanction`, rendered now if it was not seen before.
  /// Returns `false`, without calling `body`, for a sanction it does not cache (one whose
  /// description has no storage of its own).
  func withSanctionJSON(_ sanction: Sanction, _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let address = Self.address(of: sanction.description) else { return false }
    lock.lock()
    defer { lock.unlock() }
    Self.withJSON(
      of: sanction, at: address, in: &sanctions, body,
      matches: {
        Self.address(of: $0.description) == address && $0.level == sanction.level
          && $0.basis == sanction.basis
      },
      render: { Finding.writeSanction($0, to: &$1) })
    return true
  }

  /// Calls `body` with the JSON of the value in `value`'s slot when `matches` says it is the
  /// same, else renders `value`, puts it in the slot and calls `body` with its JSON. The caller
  /// holds the lock.
  private static func withJSON<Value>(
    of value: Value, at address: UnsafeRawPointer, in slots: inout [Slot<Value>?],
    _ body: (UnsafeBufferPointer<UInt8>) -> Void,
    matches: (Value) -> Bool, render: (Value, inout JSONWriter) -> Void
  ) {
    let index = slot(of: address)
    if let slot = slots[index], matches(slot.value) {
      slot.json.withUnsafeBufferPointer(body)
      return
    }
    var w = JSONWriter()
    render(value, &w)
    let json = w.bytes
    slots[index] = Slot(value: value, json: json)
    json.withUnsafeBufferPointer(body)
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
