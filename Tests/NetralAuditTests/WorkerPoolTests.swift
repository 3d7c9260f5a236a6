import Foundation
import Testing

@testable import NetralAudit

@Suite("Worker pool")
struct WorkerPoolTests {
  /// What a job holds (a chunk of records in an audit), tracked through a weak reference.
  final class Payload: Sendable {}

  @Test("releases a job once it has run, even while the queue never runs empty")
  func releasesRunJobs() {
    let pool = WorkerPool(count: 1)
    let ran = DispatchSemaphore(value: 0)
    let blocking = DispatchSemaphore(value: 0)
    let proceed = DispatchSemaphore(value: 0)
    nonisolated(unsafe) weak var weakPayload: Payload?
    do {
      let payload = Payload()
      weakPayload = payload
      pool.submit {
        withExtendedLifetime(payload) {}
        ran.signal()
      }
    }
    // The second job holds the only worker; the third stays queued behind it.
    pool.submit {
      blocking.signal()
      proceed.wait()
    }
    pool.submit {}
    ran.wait()
    blocking.wait()
    #expect(weakPayload == nil)
    proceed.signal()
    pool.shutdown(discardingPending: false)
  }

  @Test("runs every job submitted, in order, on one worker")
  func runsEveryJob() {
    let pool = WorkerPool(count: 1)
    let log = Log()
    for i in 0..<200 { pool.submit { log.append(i) } }
    pool.shutdown(discardingPending: false)
    #expect(log.values == Array(0..<200))
  }

  final class Log: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []
    func append(_ value: Int) { lock.withLock { storage.append(value) } }
    var values: [Int] { lock.withLock { storage } }
  }
}
