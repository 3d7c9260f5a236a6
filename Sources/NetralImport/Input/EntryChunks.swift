import Foundation

/// Chunks produced on a separate thread by a push-style decompressor (ZIPFoundation's
/// `extract(_:consumer:)`) and pulled by the reader, through a queue of at most a few chunks,
/// so a zip entry of any size streams with bounded memory.
///
/// When the reader stops early (the value is dropped), the producer is told to stop at its next
/// chunk. `lock` keeps producers of the same archive from running at once.
final class EntryChunks: ChunkSource {
  private let channel: Channel

  /// Starts `produce` on a new thread; it calls `push` with each chunk, and throws to fail.
  init(
    lock: NSLock, capacity: Int = 4,
    produce: @escaping (_ push: (Data) throws -> Void) throws -> Void
  ) {
    let channel = Channel(capacity: capacity)
    self.channel = channel
    let box = UncheckedBox(value: produce)
    let thread = Thread {
      lock.lock()
      defer { lock.unlock() }
      do {
        try box.value { chunk in try channel.push([UInt8](chunk)) }
        channel.finish(nil)
      } catch {
        channel.finish(error)
      }
    }
    thread.stackSize = 1 << 20
    thread.start()
  }

  deinit { channel.cancel() }

  func nextChunk() throws -> [UInt8]? { try channel.pull() }

  /// The producer closure, handed to the thread that alone runs it.
  private struct UncheckedBox<Value>: @unchecked Sendable { let value: Value }

  /// A bounded queue between one producer and one consumer.
  private final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var head = 0
    private var done = false
    private var failure: (any Error)?
    private var cancelled = false
    private let capacity: Int

    /// Thrown into the producer when the consumer has gone.
    struct Cancelled: Error {}

    init(capacity: Int) { self.capacity = capacity }

    func push(_ chunk: [UInt8]) throws {
      condition.lock()
      defer { condition.unlock() }
      while queue.count - head >= capacity, !cancelled { condition.wait() }
      if cancelled { throw Cancelled() }
      queue.append(chunk)
      condition.broadcast()
    }

    func finish(_ error: (any Error)?) {
      condition.lock()
      done = true
      failure = error
      condition.broadcast()
      condition.unlock()
    }

    func cancel() {
      condition.lock()
      cancelled = true
      condition.broadcast()
      condition.unlock()
    }

    func pull() throws -> [UInt8]? {
      condition.lock()
      defer { condition.unlock() }
      while queue.count == head, !done { condition.wait() }
      if head < queue.count {
        let chunk = queue[head]
        head += 1
        if head > 64 {
          queue.removeFirst(head)
          head = 0
        }
        condition.broadcast()
        return chunk
      }
      if let failure, !(failure is Cancelled) { throw failure }
      return nil
    }
  }
}
