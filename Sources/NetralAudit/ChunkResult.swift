import Foundation

/// One chunk's results, filled by a worker and awaited by the thread that emits.
final class ChunkResult<Value: Sendable>: @unchecked Sendable {
  // Guarded by `condition`.
  private let condition = NSCondition()
  private var values: [Value]?

  /// Stores the chunk's results and wakes the waiter.
  func fill(_ value: [Value]) {
    condition.lock()
    values = value
    condition.broadcast()
    condition.unlock()
  }

  /// Blocks until the chunk is filled, then returns its results.
  func wait() -> [Value] {
    condition.lock()
    defer { condition.unlock() }
    while values == nil { condition.wait() }
    return values ?? []
  }
}
