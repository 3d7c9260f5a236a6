public import NetralCore

/// Audits a stream of records on all cores and hands every verdict back in input order.
///
/// The caller's thread reads the (single-pass) sequence, cuts it into chunks of
/// ``AuditOptions/chunkSize`` records and queues them for worker threads; it then waits for the
/// oldest chunk, emits its records in order and reads more. At most
/// ``AuditOptions/chunksInFlight`` chunks are read ahead of the emitter, so memory stays bounded
/// whatever the size of the input.
public struct Auditor: Sendable {
  /// How the work is spread.
  public var options: AuditOptions

  /// Creates an auditor.
  public init(options: AuditOptions = AuditOptions()) {
    self.options = options
  }

  /// Checks every record on all cores and calls `emit` for every record, in input order
  /// (unreadable -> ``Assessment/unreadable(id:error:)``; skipped -> a clean assessment with
  /// score 0 and no findings, the record tells why).
  ///
  /// `emit` runs on the caller's thread. When it throws (a closed pipe, a full disk) the audit
  /// stops reading, waits for the chunks being checked, and rethrows.
  ///
  /// - Returns: the summary of every record read; skipped records count as skipped, not as
  ///   clean verdicts; unreadable ones count as `error` verdicts.
  public func run<S: Sequence<SourceRecord>>(
    _ records: S,
    check: @escaping @Sendable (Activity) -> Assessment,
    emit: (SourceRecord, Assessment) throws -> Void
  ) throws -> AuditSummary {
    try run(
      pending: records.lazy.map(PendingRecord.init), check: check, prepare: { _, _ in () },
      emit: { record, assessment, _ in try emit(record, assessment) })
  }

  /// Resolves, checks and prepares every record on all cores, then calls `emit` for every
  /// record, in input order, with what `prepare` made of it.
  ///
  /// Everything but reading the sequence and `emit` runs on the worker threads: resolving a
  /// ``PendingRecord`` (decoding its JSON), `check`, and `prepare` (rendering the record's
  /// report text, say), so the caller's thread only reads and writes. `flush` runs on the
  /// caller's thread after each chunk's records are emitted, and before the audit waits for
  /// more input, so buffered output reaches its reader chunk by chunk.
  ///
  /// `emit` and `flush` run on the caller's thread; when one throws, the audit stops reading,
  /// waits for the chunks being checked, and rethrows.
  ///
  /// - Returns: the summary of every record read, as ``run(_:check:emit:)`` counts it.
  @inlinable  // specialized in the caller: no generic metadata lookups per record
  public func run<S: Sequence<PendingRecord>, Prepared: Sendable>(
    pending records: S,
    check: @escaping @Sendable (Activity) -> Assessment,
    prepare: @escaping @Sendable (SourceRecord, Assessment) -> Prepared,
    emit: (SourceRecord, Assessment, Prepared) throws -> Void,
    flush: () throws -> Void = {}
  ) throws -> AuditSummary {
    try run(
      pending: records, state: {}, check: { activity, _ in check(activity) }, prepare: prepare, emit: emit,
      flush: flush)
  }

  /// ``run(pending:check:prepare:emit:flush:)`` with state that `check` keeps from one record
  /// to the next: `state` makes one when a chunk of records starts and no state is free, and
  /// `check` gets it with every record of that chunk, on the worker thread that checks the
  /// chunk; the state then serves a later chunk. At most one state per worker is made.
  /// Reusable buffers and caches go there (a `Checker.Workspace`), so that many records share
  /// them.
  @inlinable  // specialized in the caller: no generic metadata lookups per record
  public func run<S: Sequence<PendingRecord>, Prepared: Sendable, State>(
    pending records: S,
    state makeState: @escaping @Sendable () -> State,
    check: @escaping @Sendable (Activity, inout State) -> Assessment,
    prepare: @escaping @Sendable (SourceRecord, Assessment) -> Prepared,
    emit: (SourceRecord, Assessment, Prepared) throws -> Void,
    flush: () throws -> Void = {}
  ) throws -> AuditSummary {
    var summary = AuditSummary()
    func deliver(_ result: Checked<Prepared>) throws {
      // Borrowed: an `Assessment?` made here copied the assessment (retains and releases).
      summary.record(result.record, assessed: result.assessment)
      try emit(result.record, result.assessment, result.prepared)
    }
    let process = { @Sendable (pending: PendingRecord, state: inout State) -> Checked<Prepared> in
      let record = pending.resolve()
      let assessment = Self.assess(record) { check($0, &state) }
      return Checked(record: record, assessment: assessment, prepared: prepare(record, assessment))
    }

    var iterator = records.makeIterator()
    if options.workers <= 1 {
      var count = 0
      var state = makeState()
      while let pending = iterator.next() {
        try deliver(process(pending, &state))
        count += 1
        if count == options.chunkSize {
          try flush()
          count = 0
        }
      }
      try flush()
      return summary
    }

    let pool = WorkerPool(count: options.workers)
    let shelf = StateShelf<State>()
    var pending: [ChunkResult<Checked<Prepared>>] = []
    var head = 0
    var exhausted = false
    do {
      while true {
        while !exhausted && pending.count - head < options.chunksInFlight {
          let chunk = Self.nextChunk(from: &iterator, size: options.chunkSize)
          if chunk.count < options.chunkSize { exhausted = true }
          guard !chunk.isEmpty else { break }
          let result = ChunkResult<Checked<Prepared>>()
          pool.submit {
            var state = shelf.take() ?? makeState()
            defer { shelf.put(state) }
            // Last record first: the emitter takes them off the end (`popLast` moves a record
            // out; iterating would copy each record and destroy it twice).
            var checked: [Checked<Prepared>] = []
            checked.reserveCapacity(chunk.count)
            for pending in chunk.reversed() { checked.append(process(pending, &state)) }
            result.fill(checked)
          }
          pending.append(result)
        }
        guard head < pending.count else { break }
        let result = pending[head]
        head += 1
        if head > options.chunksInFlight {
          pending.removeFirst(head)
          head = 0
        }
        var checked = result.take()
        while let next = checked.popLast() { try deliver(next) }
        try flush()
      }
    } catch {
      pool.shutdown(discardingPending: true)
      throw error
    }
    pool.shutdown(discardingPending: false)
    return summary
  }

  /// The assessment of one record.
  @usableFromInline
  static func assess(_ record: SourceRecord, check: (Activity) -> Assessment) -> Assessment {
    switch record.content {
    case .activity(let activity): check(activity)
    case .skipped: Assessment(id: record.id, verdict: .clean, score: 0)
    case .unreadable(let reason): .unreadable(id: record.id, error: reason)
    }
  }

  @inlinable  // specialized with `run`: unspecialized, each record was copied through witnesses
  static func nextChunk<I: IteratorProtocol>(from iterator: inout I, size: Int) -> [I.Element] {
    var chunk: [I.Element] = []
    chunk.reserveCapacity(size)
    while chunk.count < size, let record = iterator.next() { chunk.append(record) }
    return chunk
  }
}

/// One record after a worker is done with it.
@usableFromInline
struct Checked<Prepared: Sendable>: Sendable {
  @usableFromInline var record: SourceRecord
  @usableFromInline var assessment: Assessment
  @usableFromInline var prepared: Prepared

  @usableFromInline
  init(record: SourceRecord, assessment: Assessment, prepared: Prepared) {
    self.record = record
    self.assessment = assessment
    self.prepared = prepared
  }
}
