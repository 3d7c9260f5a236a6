/// A record as an input hands it to an audit: either read already, or read but not yet
/// decoded, so that the costly part of reading (parsing the JSON, building the activity) runs
/// on the worker thread that checks it rather than on the thread that reads the input.
///
/// Whichever way it was made, ``resolve()`` gives the same ``SourceRecord`` that reading the
/// input without deferring gives: deferring changes where the work runs, never its result.
public struct PendingRecord: Sendable {
  private enum State: Sendable {
    // Boxed: a record held inline made every copy of a pending record (and `resolve()` copies
    // it to call the closure) a copy of a whole activity.
    indirect case ready(SourceRecord)
    case deferred(@Sendable () -> SourceRecord)
    // A line held as a range of the chunk it was read in: no closure context and no copy of
    // the line per record (the reading thread only retains the chunk).
    case line(any PendingLineDecoder, [UInt8], start: Int, end: Int, number: Int)
  }

  private let state: State

  /// A record that is read already.
  public init(_ record: SourceRecord) {
    state = .ready(record)
  }

  /// A record whose reading finishes when `finish` is called (once, on any thread).
  public init(deferred finish: @escaping @Sendable () -> SourceRecord) {
    state = .deferred(finish)
  }

  /// A record that `decoder` reads from `bytes[start..<end]`, line `number` of its input, when
  /// it is resolved. `bytes` is shared, not copied: many lines of one chunk hold the same array.
  package init(
    line bytes: [UInt8], start: Int, end: Int, number: Int, decoder: any PendingLineDecoder
  ) {
    precondition(0 <= start && start <= end && end <= bytes.count, "line outside its chunk")
    state = .line(decoder, bytes, start: start, end: end, number: number)
  }

  /// The record.
  public func resolve() -> SourceRecord {
    switch state {
    case .ready(let record): record
    case .deferred(let finish): finish()
    case .line(let decoder, let bytes, let start, let end, let number):
      bytes.withUnsafeBufferPointer {
        // In bounds: the initializer checked `start...end` against the array's count.
        decoder.record(UnsafeBufferPointer(rebasing: $0[start..<end]), line: number)
      }
    }
  }
}

/// Turns one line of an input into its record, on whichever thread resolves the
/// ``PendingRecord`` that holds the line (the importer's JSON Lines reader).
package protocol PendingLineDecoder: AnyObject, Sendable {
  /// The record that line `line`, `bytes`, holds.
  func record(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> SourceRecord
}
