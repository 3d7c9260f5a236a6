import Foundation

/// How an ``Auditor`` spreads a bulk audit over the machine.
public struct AuditOptions: Sendable, Hashable {
  /// Worker threads that check chunks; 1 checks on the caller's thread. Defaults to the number
  /// of active processors.
  public var workers: Int
  /// Records per chunk handed to a worker.
  public var chunkSize: Int
  /// Chunks read ahead but not yet emitted, at most; this bounds memory (about
  /// `chunksInFlight × chunkSize` records are held at once, whatever the input size).
  public var chunksInFlight: Int

  /// Creates options; values below 1 are raised to 1, and `chunksInFlight` defaults to twice
  /// the workers so each worker has a chunk queued while the caller emits.
  public init(workers: Int? = nil, chunkSize: Int = 256, chunksInFlight: Int? = nil) {
    let w = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
    self.workers = w
    self.chunkSize = max(1, chunkSize)
    self.chunksInFlight = max(1, chunksInFlight ?? 2 * w)
  }
}
