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
    var summary = AuditSummary()
    func deliver(_ chunk: [SourceRecord], _ assessments: [Assessment]) throws {
      for (record, assessment) in zip(chunk, assessments) {
        summary.record(record, assessment: Self.countsAsVerdict(record) ? assessment : nil)
        try emit(record, assessment)
      }
    }

    var iterator = records.makeIterator()
    if options.workers <= 1 {
      while let record = iterator.next() {
        try deliver([record], [Self.assess(record, check: check)])
      }
      return summary
    }

    let pool = WorkerPool(count: options.workers)
    var pending: [(records: [SourceRecord], result: ChunkResult)] = []
    var head = 0
    var exhausted = false
    do {
      while true {
        while !exhausted && pending.count - head < options.chunksInFlight {
          let chunk = Self.nextChunk(from: &iterator, size: options.chunkSize)
          if chunk.count < options.chunkSize { exhausted = true }
          guard !chunk.isEmpty else { break }
          let result = ChunkResult()
          pool.submit { result.fill(chunk.map { Self.assess($0, check: check) }) }
          pending.append((chunk, result))
        }
        guard head < pending.count else { break }
        let (chunk, result) = pending[head]
        pending[head] = ([], result)
        head += 1
        if head > options.chunksInFlight {
          pending.removeFirst(head)
          head = 0
        }
        try deliver(chunk, result.wait())
      }
    } catch {
      pool.shutdown(discardingPending: true)
      throw error
    }
    pool.shutdown(discardingPending: false)
    return summary
  }

  /// The assessment of one record.
  static func assess(_ record: SourceRecord, check: (Activity) -> Assessment) -> Assessment {
    switch record.content {
    case .activity(let activity): check(activity)
    case .skipped: Assessment(id: record.id, verdict: .clean, score: 0)
    case .unreadable(let reason): .unreadable(id: record.id, error: reason)
    }
  }

  /// Whether the record's assessment counts in the summary's verdicts (skipped ones do not).
  static func countsAsVerdict(_ record: SourceRecord) -> Bool {
    if case .skipped = record.content { return false }
    return true
  }

  static func nextChunk<I: IteratorProtocol<SourceRecord>>(from iterator: inout I, size: Int)
    -> [SourceRecord]
  {
    var chunk: [SourceRecord] = []
    chunk.reserveCapacity(size)
    while chunk.count < size, let record = iterator.next() { chunk.append(record) }
    return chunk
  }
}
