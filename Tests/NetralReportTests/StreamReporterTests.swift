import Foundation
import NetralCore
import Testing

@testable import NetralReport

@Suite("JSON Lines and CSV reporters")
struct StreamReporterTests {
  @Test("jsonl writes exactly one verdict line per record, the unreadable one as an error")
  func jsonLines() throws {
    let out = SampleReport.render(.jsonl)
    let lines = out.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == SampleReport.entries.count)
    #expect(String(lines[0]) == SampleReport.violation.jsonLine)
    let last = try #require(
      JSONSerialization.jsonObject(with: Data(lines[4].utf8)) as? [String: Any])
    #expect(last["verdict"] as? String == "error")
    #expect(last["error"] as? String == "contoh, 2024.jsonl:5: 'kind': missing")
  }

  @Test("csv: header, a row per finding and per unreadable record, RFC 4180 quoting, CRLF")
  func csv() {
    let out = SampleReport.render(.csv)
    let rows = out.components(separatedBy: "\r\n").dropLast()
    #expect(rows.count == 1 + 1 + 1 + 1)
    #expect(rows[0] == CSVReporter.columns.joined(separator: ","))
    #expect(
      rows[1].hasPrefix(
        "\"contoh, 2024.jsonl\",1,fb-1,fb:100231,Rina Marlina,pns,facebook,post,2024-01-09T20:41:00+07:00,violation,92,pemilu-2024,campaign,post.campaign-support,violation,berat,skb-2022/B2,"
      ))
    #expect(rows[1].contains("\"hapus ajakan memilih \"\"nomor 2\"\" dan nama pasangan calon\""))
    #expect(rows[3].contains(",error,0,"))
    #expect(!out.hasPrefix("\u{FEFF}"))
  }

  @Test("csv byte order mark for Excel when asked")
  func bom() {
    let out = SampleReport.render(.csv, options: ReportOptions(byteOrderMark: true))
    #expect(out.unicodeScalars.first == "\u{FEFF}")
    #expect(out.dropFirst().hasPrefix("source,position,id"))
  }

  @Test("csv quotes fields with line breaks")
  func quoting() {
    #expect(CSVReporter.quote("a\nb") == "\"a\nb\"")
    #expect(CSVReporter.quote("plain") == "plain")
  }

  @Test("redaction hides actor names and ids and keeps a stable pseudonym")
  func redaction() {
    for format in ReportFormat.allCases {
      let out = SampleReport.render(
        format, options: ReportOptions(redact: true, calendars: [SampleReport.calendar]))
      #expect(!out.contains("Rina Marlina"), "\(format)")
      #expect(!out.contains("fb:100231"), "\(format)")
    }
    let alias = RedactingReporter.pseudonym(for: "fb:100231")
    #expect(alias == RedactingReporter.pseudonym(for: "fb:100231"))
    #expect(alias != RedactingReporter.pseudonym(for: "x:dedi_kurn"))
    #expect(SampleReport.render(.csv, options: ReportOptions(redact: true)).contains(alias))
  }
}
