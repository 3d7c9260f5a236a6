import Foundation

/// Pre-rendered JSON for the part of a verdict line that repeats most from finding to finding:
/// a rule's citation list. The checker resolves each list once (per rule, actor and region) and
/// every finding of that rule shares the array, so its JSON (a few hundred bytes of instrument
/// names and provisions, a third of a finding's line) is rendered the first time the array is
/// seen and copied afterwards.
///
/// Lists are recognized by the identity of the array's storage. A slot holds the array itself,
/// so that storage stays alive (no other array can get its address) and unchanged (an array
/// that is not uniquely referenced copies before it is written) for as long as it is a key.
/// Another array with the same citations is simply rendered, so the cache never changes what is
/// written. One cache is shared by the threads rendering lines (a lock guards it); a
/// ``JSONLinesReporter``-style renderer makes one and passes it to
/// ``Assessment/jsonLineBytes(newline:cache:)``.
public final class JSONLineCache: @unchecked Sendable {
  /// One cached list and its JSON.
  private struct Slot {
    var citations: [Citation]
    var json: [UInt8]
  }

  private let lock = NSLock()
  /// Direct-mapped by the storage's address; a list that maps to a taken slot replaces it.
  /// Guarded by `lock`.
  private var slots: [Slot?] = Array(repeating: nil, count: JSONLineCache.slotCount)
  private static let slotCount = 256

  /// Creates an empty cache.
  public init() {}

  /// Calls `body` with the JSON of `citations`' objects (what goes between the list's brackets),
  /// rendered now if the list was not seen before. Returns `false`, without calling `body`, for
  /// a list it does not cache (an empty one).
  func withCitationsJSON(_ citations: [Citation], _ body: (UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
    guard let address = Self.address(of: citations) else { return false }
    let bits = UInt(bitPattern: address)
    let index = Int(truncatingIfNeeded: (bits >> 4 ^ bits >> 12) & UInt(Self.slotCount - 1))
    lock.lock()
    defer { lock.unlock() }
    if let slot = slots[index], Self.address(of: slot.citations) == address {
      slot.json.withUnsafeBufferPointer(body)
      return true
    }
    var w = JSONWriter()
    Finding.writeCitations(citations, to: &w)
    let json = w.bytes
    slots[index] = Slot(citations: citations, json: json)
    json.withUnsafeBufferPointer(body)
    return true
  }

  /// The address of the array's elements; `nil` for an empty array (which may share storage
  /// with every other empty array).
  private static func address(of citations: [Citation]) -> UnsafeRawPointer? {
    guard !citations.isEmpty else { return nil }
    return citations.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
  }
}
