import Foundation
import NetralCore

/// One chunk's assessments, filled by a worker and awaited by the thread that emits.
final class ChunkResult: @unchecked Sendable {
  // Guarded by `condition`.
  private let condition = NSCondition()
  private var assessments: [Assessment]?

  /// Stores the chunk's assessments and wakes the waiter.
  func fill(_ value: [Assessment]) {
    condition.lock()
    assessments = value
    condition.broadcast()
    condition.unlock()
  }

  /// Blocks until the chunk is filled, then returns its assessments.
  func wait() -> [Assessment] {
    condition.lock()
    defer { condition.unlock() }
    while assessments == nil { condition.wait() }
    return assessments ?? []
  }
}
