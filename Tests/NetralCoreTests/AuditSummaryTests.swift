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

  @Test("counting an audit's assessment skips the verdict of a skipped record only")
  func assessedMatchesOptionalAssessment() {
    let finding = Finding(
      rule: "interaction.campaign-content", severity: .violation,
      message: "Menanggapi konten kampanye ‘Ganjar Pranowo’")
    let records: [(SourceRecord, Assessment)] = [
      (
        SourceRecord(
          source: "posts.jsonl", position: 1, id: "p1",
          content: .activity(Activity(id: "p1", kind: .like))),
        Assessment(id: "p1", verdict: .violation, score: 45, findings: [finding, finding])
      ),
      (
        SourceRecord(
          source: "posts.jsonl", position: 2, id: "posts.jsonl:2",
          content: .skipped(reason: "blank line")),
        Assessment(id: "posts.jsonl:2", verdict: .clean, score: 0)
      ),
      (
        SourceRecord(
          source: "posts.jsonl", position: 3, id: "posts.jsonl:3",
          content: .unreadable(reason: "posts.jsonl:3: not valid JSON")),
        .unreadable(id: "posts.jsonl:3", error: "posts.jsonl:3: not valid JSON")
      ),
    ]
    var assessed = AuditSummary()
    var optional = AuditSummary()
    for (record, assessment) in records {
      assessed.record(record, assessed: assessment)
      if case .skipped = record.content {
        optional.record(record, assessment: nil)
      } else {
        optional.record(record, assessment: assessment)
      }
    }
    #expect(assessed == optional)
    #expect(assessed.verdicts == [.violation: 1, .error: 1])
    #expect(assessed.findingsByRule == ["interaction.campaign-content": 2])
    #expect(assessed.skipped == 1)
  }
}
