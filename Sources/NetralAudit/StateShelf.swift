import Foundation

/// Per-worker state of an audit kept from one chunk to the next: a chunk's job takes a state off
/// the shelf (or makes one when none is free) and puts it back when done, so the audit makes at
/// most one state per worker thread instead of one per chunk.
///
/// A `Checker.Workspace` keeps caches that pay off over many records (a field's token-code cache
/// fills over thousands of words), so starting each 256-record chunk with a fresh one threw them
/// away. A state is only ever held by one job at a time: `take` hands it out and forgets it.
@usableFromInline
final class StateShelf<State>: @unchecked Sendable {
  // Guarded by `lock`.
  private let lock = NSLock()
  private var free: [State] = []

  @usableFromInline
  init() {}

  /// A state no job holds, or `nil` when every state made so far is in use.
  @usableFromInline
  func take() -> State? {
    lock.lock()
    defer { lock.unlock() }
    return free.popLast()
  }

  /// Gives `state` back for the next job.
  @usableFromInline
  func put(_ state: consuming State) {
    lock.lock()
    free.append(state)
    lock.unlock()
  }
}
