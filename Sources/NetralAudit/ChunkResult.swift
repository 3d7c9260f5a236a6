import Foundation

/// One chunk's results, filled by a worker and awaited by the thread that emits.
@usableFromInline
final class ChunkResult<Value: Sendable>: @unchecked Sendable {
  // Guarded by `condition`.
  private let condition = NSCondition()
  private var values: [Value]?

  /// An empty result, filled later by a worker.
  @usableFromInline
  init() {}

  /// Stores the chunk's results and wakes the waiter.
  @usableFromInline
  func fill(_ value: [Value]) {
    condition.lock()
    values = value
    condition.broadcast()
    condition.unlock()
  }

  /// Blocks until the chunk is filled, then hands its results over (it keeps none, so the
  /// caller holds the only reference to the array and can move the results out of it).
  @usableFromInline
  func take() -> [Value] {
    condition.lock()
    defer { condition.unlock() }
    while values == nil { condition.wait() }
    let taken = values ?? []
    values = nil
    return taken
  }
}
