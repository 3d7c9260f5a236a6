import NetralCore
import Testing

@Suite("Audit summary")
struct AuditSummaryTests {
  @Test("counts every unreadable record but keeps only the first reasons, so memory stays bounded")
  func unreadableReasonsAreCapped() {
    var summary = AuditSummary()
    let total = AuditSummary.reasonsKept + 500
    for line in 1...total {
      let reason = "posts.jsonl:\(line): 'kind': unknown kind 'tweet'"
      let record = SourceRecord(
        source: "posts.jsonl", position: line, id: "posts.jsonl:\(line)",
        content: .unreadable(reason: reason))
      summary.record(record, assessment: .unreadable(id: record.id, error: reason))
    }
    let activity = Activity(id: "p1", kind: .post)
    summary.record(
      SourceRecord(source: "posts.jsonl", position: total + 1, id: "p1", content: .activity(activity)),
      assessment: Assessment(id: "p1", verdict: .clean, score: 0))
    let file = summary.files[0]
    #expect(file.unreadableCount == total)
    #expect(file.unreadable.count == AuditSummary.reasonsKept)
    #expect(file.unreadable.first == "posts.jsonl:1: 'kind': unknown kind 'tweet'")
    #expect(summary.unreadable == total)
    #expect(file.read == file.audited + file.skippedCount + file.unreadableCount)
    #expect(summary.verdicts[.error] == total)
  }
}
