import Foundation
import NetralCore
import NetralReport

/// A fixed, hand-built audit used by the reporter tests: a violation with two evidence spans,
/// a review on a shared post's text, a clean record, a skipped record and an unreadable line.
enum SampleReport {
  static let source = "contoh, 2024.jsonl"

  static let citation = Citation(
    id: "skb-2022/B2", instrument: "SKB 5 K/L Nomor 2 Tahun 2022",
    provision: "Lampiran II huruf B angka 2", confidence: .high)

  static let violationActivity = Activity(
    id: "fb-1", kind: .post, text: "Coblos nomor 2! Prabowo-Gibran satu putaran",
    at: RFC3339.parse("2024-01-09T20:41:00+07:00"), platform: "facebook",
    actor: Actor(id: "fb:100231", name: "Rina Marlina", type: .pns))

  static let violation = Assessment(
    id: "fb-1", verdict: .violation, score: 92,
    findings: [
      Finding(
        rule: "post.campaign-support", severity: .violation,
        message: "Unggahan mengajak memilih pasangan calon nomor urut 2",
        sanction: Sanction(
          level: .berat, description: "penurunan jabatan setingkat lebih rendah selama 12 bulan",
          basis: "PP 94/2021 Pasal 8 ayat (4)"),
        citations: [citation],
        evidence: [
          Evidence(field: .text, start: 0, end: 14, text: "Coblos nomor 2", signal: .ballotNumber),
          Evidence(field: .text, start: 16, end: 30, text: "Prabowo-Gibran", signal: .candidate),
        ],
        suggestion: "hapus ajakan memilih \"nomor 2\" dan nama pasangan calon")
    ],
    phase: PhaseContext(election: "pemilu-2024", phase: .campaign, inWindow: true))

  static let reviewActivity = Activity(
    id: "x-2", kind: .share, text: "Info, debat\ncapres malam ini 📺",
    at: RFC3339.parse("2024-01-22T20:05:00+07:00"), platform: "x",
    actor: Actor(id: "x:dedi_kurn", name: "Dedi Kurniawan", type: .pppk),
    target: Target(
      author: "@kompascom", text: "Debat: Anies, Prabowo dan Ganjar adu <gagasan>", kind: .post))

  static let review = Assessment(
    id: "x-2", verdict: .review, score: 35,
    findings: [
      Finding(
        rule: "content.election-mention", severity: .review,
        message: "Menyebut calon tanpa sikap; perlu ditinjau",
        evidence: [
          Evidence(field: .targetText, start: 7, end: 12, text: "Anies", signal: .candidate),
          Evidence(field: .targetText, start: 14, end: 21, text: "Prabowo", signal: .candidate),
        ])
    ],
    phase: PhaseContext(election: "pemilu-2024", phase: .campaign, inWindow: true))

  static let cleanActivity = Activity(
    id: "fb-3", kind: .post, text: "Selamat pagi, rapat jam 10.00 ya", platform: "facebook",
    actor: Actor(id: "fb:100231", name: "Rina Marlina", type: .pns))

  static var entries: [ReportEntry] {
    let records = [
      SourceRecord(source: source, position: 1, id: "fb-1", content: .activity(violationActivity)),
      SourceRecord(source: source, position: 2, id: "x-2", content: .activity(reviewActivity)),
      SourceRecord(source: source, position: 3, id: "fb-3", content: .activity(cleanActivity)),
      SourceRecord(
        source: source, position: 4, id: "\(source):4",
        content: .skipped(reason: "no text and no target")),
      SourceRecord(
        source: source, position: 5, id: "\(source):5",
        content: .unreadable(reason: "\(source):5: 'kind': missing")),
    ]
    let assessments = [
      violation, review, Assessment(id: "fb-3", verdict: .clean, score: 0),
      Assessment(id: "\(source):4", verdict: .clean, score: 0),
      Assessment.unreadable(id: "\(source):5", error: "\(source):5: 'kind': missing"),
    ]
    return zip(records, assessments).map { ReportEntry(record: $0, assessment: $1) }
  }

  static var summary: AuditSummary {
    var s = AuditSummary()
    for e in entries {
      guard let record = e.record else { continue }
      if case .skipped = record.content {
        s.record(record, assessment: nil)
      } else {
        s.record(record, assessment: e.assessment)
      }
    }
    return s
  }

  static let calendar = ElectionCalendar(
    election: "pemilu-2024", title: "Pemilu 2024",
    bands: [
      .init(phase: .campaign, start: date("2023-11-28"), end: date("2024-02-11")),
      .init(phase: .quietPeriod, start: date("2024-02-11"), end: date("2024-02-14")),
      .init(phase: .voting, start: date("2024-02-14"), end: date("2024-02-15")),
    ])

  static func date(_ day: String) -> Date {
    RFC3339.parse(day + "T00:00:00+07:00") ?? Date(timeIntervalSince1970: 0)
  }

  static func render(_ format: ReportFormat, options: ReportOptions = ReportOptions()) -> String {
    var reporter = format.makeReporter(options: options)
    return reporter.render(entries, summary: summary)
  }
}

/// The repository's `Fixtures/` folder.
enum FixturePaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
}
