import NetralAudit
import NetralCore
import Testing

@Suite("Auditor over decoded interchange lines")
struct AuditorInterchangeTests {
  /// JSON Lines with a malformed line and a bad field among readable activities.
  static let lines = [
    #"{"id":"fb-1","kind":"post","actor":{"type":"pns","name":"Rina Susanti"},"text":"Rekan-rekan ASN, ayo coblos nomor 2 ya"}"#,
    #"{"id":"fb-2","kind":"like","target":{"author":"KPU RI","text":"Jadwal debat cagub malam ini","kind":"post"}}"#,
    #"{"id":"fb-3","kind":"post","text":"tidak ditutup"#,
    #"{"id":"fb-4","kind":"poster","text":"Apel pagi"}"#,
    #"{"id":"fb-5","kind":"comment","text":"Foto bareng tim sukses, salam satu jari ☝️"}"#,
  ]

  static func records() -> [SourceRecord] {
    let decoder = ActivityDecoder()
    return lines.enumerated().map { i, line in
      do {
        let a = try decoder.decode(line: Array(line.utf8), source: "export.jsonl", line: i + 1)
        return SourceRecord(source: "export.jsonl", position: i + 1, id: a.id, content: .activity(a))
      } catch {
        return SourceRecord(
          source: "export.jsonl", position: i + 1, id: "export.jsonl:\(i + 1)",
          content: .unreadable(reason: "\(error)"))
      }
    }
  }

  @Test("every line gets one verdict line, in order, unreadable ones with the decoder's error")
  func verdictLines() throws {
    var out: [String] = []
    let summary = try Auditor(options: AuditOptions(workers: 2, chunkSize: 2)).run(
      Self.records(), check: AuditFixtures.check
    ) { _, assessment in out.append(assessment.jsonLine) }

    #expect(out.count == Self.lines.count)
    #expect(out[0].hasPrefix(#"{"id":"fb-1","verdict":"violation","score":90"#))
    #expect(out[1].hasPrefix(#"{"id":"fb-2","verdict":"clean""#))
    #expect(out[2] == #"{"id":"export.jsonl:3","verdict":"error","score":0,"findings":[],"error":"export.jsonl:3: not valid JSON"}"#)
    #expect(out[3].contains(#""error":"export.jsonl:4: 'kind': unknown kind 'poster'""#))
    #expect(out[4].hasPrefix(#"{"id":"fb-5","verdict":"violation""#))
    #expect(summary.read == 5 && summary.audited == 3 && summary.unreadable == 2)
    #expect(summary.files.first?.unreadable == [
      "export.jsonl:3: not valid JSON", "export.jsonl:4: 'kind': unknown kind 'poster'",
    ])
  }
}
