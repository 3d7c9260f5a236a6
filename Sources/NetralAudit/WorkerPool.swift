import Foundation

/// A fixed set of threads that run queued jobs, first in first out, until closed.
///
/// Checking is CPU-bound and never suspends, and the audit's input iterator and `emit` closure
/// must stay on the caller's thread, so plain threads fed from one queue keep every core busy
/// without bridging a synchronous API into the cooperative pool (see Docs/Performance.md).
@usableFromInline
final class WorkerPool: @unchecked Sendable {
  // Guarded by `condition`.
  private let condition = NSCondition()
  private var jobs: [(@Sendable () -> Void)?] = []
  private var head = 0
  private var closed = false
  private var running: Int

  /// Starts `count` worker threads.
  @usableFromInline
  init(count: Int) {
    running = count
    for index in 0..<count {
      let thread = Thread { [self] in work() }
      thread.name = "netral-audit-\(index)"
      thread.start()
    }
  }

  /// Queues `job` for the next free worker.
  @usableFromInline
  func submit(_ job: @escaping @Sendable () -> Void) {
    condition.lock()
    jobs.append(job)
    condition.signal()
    condition.unlock()
  }

  /// Drops the jobs not yet started, lets running ones finish and waits for every thread to exit.
  @usableFromInline
  func shutdown(discardingPending: Bool) {
    condition.lock()
    closed = true
    if discardingPending {
      jobs.removeAll()
      head = 0
    }
    condition.broadcast()
    while running > 0 { condition.wait() }
    condition.unlock()
  }

  private func work() {
    while let job = next() { job() }
  }

  private func next() -> (@Sendable () -> Void)? {
    condition.lock()
    defer { condition.unlock() }
    while head == jobs.count && !closed { condition.wait() }
    guard head < jobs.count else {
      running -= 1
      condition.broadcast()
      return nil
    }
    // Taken jobs are released at once (a job holds its chunk of records), and the queue is
    // compacted as it goes, so a queue that never runs empty does not grow.
    let job = jobs[head]
    jobs[head] = nil
    head += 1
    if head == jobs.count {
      jobs.removeAll(keepingCapacity: true)
      head = 0
    } else if head >= 32, head * 2 >= jobs.count {
      jobs.removeFirst(head)
      head = 0
    }
    return job
  }
}
