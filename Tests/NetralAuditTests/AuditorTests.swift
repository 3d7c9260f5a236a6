import Foundation
import NetralAudit
import NetralCore
import Synchronization
import Testing

@Suite("Auditor")
struct AuditorTests {
  @Test("emits every record once, in input order, under an uneven check")
  func orderUnderUnevenCheck() throws {
    let records = AuditFixtures.records(3_000)
    let auditor = Auditor(options: AuditOptions(workers: 4, chunkSize: 16))
    var emitted: [String] = []
    var mismatched = 0
    _ = try auditor.run(records, check: AuditFixtures.unevenCheck) { record, assessment in
      emitted.append(record.id)
      if assessment.id != record.id { mismatched += 1 }
    }
    #expect(emitted == records.map(\.id))
    #expect(mismatched == 0)
  }

  @Test("state is made at most once per worker and kept from one chunk to the next")
  func statePerWorker() throws {
    let records = AuditFixtures.records(1_000)
    let made = Atomic<Int>(0)
    let auditor = Auditor(options: AuditOptions(workers: 3, chunkSize: 10))
    var positions: [String: Int] = [:]
    var plain: [String: Assessment] = [:]
    _ = try auditor.run(records, check: AuditFixtures.check) { record, assessment in plain[record.id] = assessment }
    let summary = try auditor.run(
      pending: records.lazy.map(PendingRecord.init),
      state: { () -> Int in
        made.add(1, ordering: .relaxed)
        return 0
      },
      check: { activity, seen in
        seen += 1
        // How many checks this state has seen, carried in the id for the test to read.
        var assessment = AuditFixtures.check(activity)
        assessment.id = "\(seen)"
        return assessment
      },
      prepare: { _, _ in () },
      emit: { record, assessment, _ in
        if let n = Int(assessment.id) { positions[record.id] = n }
        if assessment.verdict != plain[record.id]?.verdict { Issue.record("verdict of \(record.id)") }
      })
    #expect(summary.read == 1_000)
    let states = made.load(ordering: .relaxed)
    #expect((1...3).contains(states))
    let activities = records.filter { if case .activity = $0.content { true } else { false } }
    #expect(positions.count == activities.count)
    // Each state counted 1, 2, 3… over every chunk it served: count k was reached by as many
    // states as count k + 1 or more, and exactly `states` states reached count 1.
    var reached: [Int: Int] = [:]
    for n in positions.values { reached[n, default: 0] += 1 }
    #expect(reached[1] == states)
    let top = positions.values.max() ?? 0
    for k in 1..<max(top, 1) { #expect(reached[k, default: 0] >= reached[k + 1, default: 0], "count \(k)") }
    // States outlive their chunk: with at most three states for 100 chunks, one served many.
    #expect(top >= activities.count / 3)
  }

  @Test("skipped records are clean with no findings; unreadable ones are errors")
  func skippedAndUnreadable() throws {
    let records = AuditFixtures.records(40)
    var byID: [String: Assessment] = [:]
    _ = try Auditor(options: AuditOptions(workers: 2, chunkSize: 3)).run(
      records, check: AuditFixtures.check
    ) { record, assessment in byID[record.id] = assessment }

    let skipped = try #require(byID["posts.jsonl-10"])
    #expect(skipped.verdict == .clean && skipped.score == 0 && skipped.findings.isEmpty)
    let unreadable = try #require(byID["posts.jsonl-13"])
    #expect(unreadable.verdict == .error)
    #expect(unreadable.error == "posts.jsonl: line 13: missing 'kind'")
    let coblos = try #require(byID["posts.jsonl-1"])  // line 1 -> "ayo coblos nomor 2"
    #expect(coblos.verdict == .violation)
    #expect(coblos.findings.map(\.rule) == ["post.campaign-support"])
  }

  @Test("the summary accounts for every record of every file")
  func summarySums() throws {
    let records = AuditFixtures.records(500, source: "a.jsonl")
      + AuditFixtures.records(260, source: "b.jsonl")
    let summary = try Auditor(options: AuditOptions(workers: 3, chunkSize: 7)).run(
      records, check: AuditFixtures.check
    ) { _, _ in }

    #expect(summary.read == 760)
    #expect(summary.files.map(\.source) == ["a.jsonl", "b.jsonl"])
    #expect(summary.files.map(\.read) == [500, 260])
    for file in summary.files {
      #expect(file.read == file.audited + file.skippedCount + file.unreadableCount)
    }
    let unreadable = records.filter { if case .unreadable = $0.content { true } else { false } }
    let skipped = records.filter { if case .skipped = $0.content { true } else { false } }
    #expect(summary.unreadable == unreadable.count)
    #expect(summary.skipped == skipped.count)
    #expect(summary.audited == 760 - unreadable.count - skipped.count)
    #expect(summary.verdicts[.error] == unreadable.count)
    let verdictTotal = summary.verdicts.values.reduce(0, +)
    #expect(verdictTotal == summary.audited + summary.unreadable)
    #expect(summary.findingsByRule["post.campaign-support"] == summary.verdicts[.violation])
  }

  @Test("one worker and many workers give the same stream and summary")
  func serialMatchesParallel() throws {
    let records = AuditFixtures.records(1_000)
    func audit(workers: Int) throws -> ([Assessment], AuditSummary) {
      var out: [Assessment] = []
      let summary = try Auditor(options: AuditOptions(workers: workers, chunkSize: 10)).run(
        records, check: AuditFixtures.unevenCheck
      ) { _, assessment in out.append(assessment) }
      return (out, summary)
    }
    let serial = try audit(workers: 1)
    let parallel = try audit(workers: 4)
    #expect(serial.0 == parallel.0)
    #expect(serial.1 == parallel.1)
  }

  @Test("reads at most chunksInFlight chunks ahead of the emitter")
  func boundedInFlight() throws {
    let options = AuditOptions(workers: 2, chunkSize: 32, chunksInFlight: 3)
    let input = CountingSequence(records: AuditFixtures.records(5_000))
    let gauge = ConcurrencyGauge()
    var emitted = 0
    var maxAhead = 0
    let summary = try Auditor(options: options).run(
      input, check: { activity in gauge.measure { AuditFixtures.unevenCheck(activity) } }
    ) { _, _ in
      emitted += 1
      maxAhead = max(maxAhead, input.pulled - emitted)
    }
    #expect(summary.read == 5_000)
    #expect(input.pulled == 5_000)
    // The reader fills the window before it first waits, so the bound is reached, never passed.
    #expect(maxAhead == 3 * 32 - 1)
    #expect(gauge.peak <= 2)
  }

  @Test("an emit error stops the run and is rethrown")
  func emitErrorStops() throws {
    let options = AuditOptions(workers: 2, chunkSize: 8, chunksInFlight: 4)
    let input = CountingSequence(records: AuditFixtures.records(100_000))
    var emitted = 0
    #expect(throws: BrokenPipe.self) {
      try Auditor(options: options).run(input, check: AuditFixtures.check) { _, _ in
        emitted += 1
        if emitted == 100 { throw BrokenPipe() }
      }
    }
    #expect(emitted == 100)
    #expect(input.pulled <= 100 + 4 * 8)
  }

  @Test("an emit error on the serial path is rethrown too")
  func emitErrorSerial() throws {
    var emitted = 0
    #expect(throws: BrokenPipe.self) {
      try Auditor(options: AuditOptions(workers: 1)).run(
        AuditFixtures.records(50), check: AuditFixtures.check
      ) { _, _ in
        emitted += 1
        if emitted == 5 { throw BrokenPipe() }
      }
    }
    #expect(emitted == 5)
  }

  @Test("an empty input gives an empty summary")
  func emptyInput() throws {
    var calls = 0
    let summary = try Auditor(options: AuditOptions(workers: 2)).run(
      [SourceRecord](), check: AuditFixtures.check
    ) { _, _ in calls += 1 }
    #expect(calls == 0)
    #expect(summary.read == 0 && summary.files.isEmpty)
  }
}
