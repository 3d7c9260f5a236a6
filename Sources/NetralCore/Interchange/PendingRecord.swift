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

  /// The record.
  public func resolve() -> SourceRecord {
    switch state {
    case .ready(let record): record
    case .deferred(let finish): finish()
    }
  }
}
