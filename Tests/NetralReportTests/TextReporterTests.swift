import Foundation
import NetralCore
import Testing

@testable import NetralReport

@Suite("Text reporter")
struct TextReporterTests {
  @Test("carets sit exactly under each evidence span of the original text")
  func caretsUnderEvidence() throws {
    let out = SampleReport.render(.text)
    let lines = out.components(separatedBy: "\n")
    let textLine = try #require(
      lines.firstIndex { $0.hasSuffix("Coblos nomor 2! Prabowo-Gibran satu putaran") })
    let carets = lines[textLine + 1]
    let prefix = String(lines[textLine].prefix { $0 != "C" })
    #expect(
      carets == String(repeating: " ", count: prefix.count - 2) + "| "
        + "^^^^^^^^^^^^^^  ^^^^^^^^^^^^^^")
  }

  @Test("evidence in another field is shown under that field's name")
  func otherField() {
    let out = SampleReport.render(.text)
    #expect(out.contains("[target.text]"))
    #expect(out.contains("Debat: Anies, Prabowo dan Ganjar adu <gagasan>"))
    #expect(out.contains("       ^^^^^  ^^^^^^^"))
  }

  @Test("sanction, legal basis and suggestion follow the excerpt")
  func notes() {
    let out = SampleReport.render(.text)
    #expect(out.contains("= sanksi: hukuman disiplin berat — penurunan jabatan"))
    #expect(out.contains("= dasar: SKB 5 K/L Nomor 2 Tahun 2022 Lampiran II huruf B angka 2"))
    #expect(out.contains("= saran: hapus ajakan memilih"))
    #expect(out.contains("contoh, 2024.jsonl:5: galat: contoh, 2024.jsonl:5: 'kind': missing"))
  }

  @Test("English labels with --lang en")
  func english() {
    let out = SampleReport.render(.text, options: ReportOptions(language: .en))
    #expect(out.contains("violation[post.campaign-support]"))
    #expect(out.contains("= sanction: heavy discipline"))
    #expect(out.contains("summary: 5 read, 3 audited, 1 skipped, 1 unreadable"))
  }

  @Test("colour only when asked, and then around the verdict")
  func colour() {
    #expect(!SampleReport.render(.text).contains("\u{1B}["))
    let coloured = SampleReport.render(.text, options: ReportOptions(colored: true))
    #expect(coloured.contains("\u{1B}[1;31mpelanggaran[post.campaign-support]\u{1B}[0m"))
  }

  @Test("a record's text comes out when it is reported, not at the end")
  func streams() {
    var reporter = ReportFormat.text.makeReporter(options: ReportOptions())
    let first = reporter.report(SampleReport.entries[0])
    #expect(first.contains("Prabowo-Gibran"))
    #expect(reporter.report(SampleReport.entries[2]).isEmpty)
  }

  @Test("emoji before the evidence take two columns; combining marks none")
  func wideCharacters() {
    let text = "🇮🇩👍 Pilih Prabowo"
    let excerpt = Excerpt(field: .text, value: text, marks: [(10..<17, .violation)])
    let line = excerpt.lines[0]
    let (shown, carets) = TextReporter.textAndCarets(line)
    #expect(shown == text)
    // 🇮🇩 (2 scalars, 2+2 columns... each regional indicator is wide), 👍 2 columns
    #expect(carets.hasSuffix("^^^^^^^"))
    #expect(carets.count - 7 == 6 + 1 + 6)
  }

  @Test("a draft that is clean says so")
  func cleanDraft() {
    var reporter = TextReporter(options: ReportOptions(reportsClean: true))
    let entry = ReportEntry(
      record: nil, activity: Activity(id: "draft", kind: .post, text: "Selamat pagi"),
      assessment: Assessment(id: "draft", verdict: .clean, score: 0))
    #expect(reporter.report(entry) == "draft: bersih\n")
  }
}

@Suite("Excerpts")
struct ExcerptTests {
  @Test("spans are located in the line they fall in, with 1-based line numbers")
  func multiline() {
    let text = "Halo warga\nayo coblos 02\nsalam"
    let excerpt = Excerpt(field: .text, value: text, marks: [(15..<24, .violation)])
    #expect(excerpt.lines.count == 1)
    #expect(excerpt.lines[0].number == 2)
    #expect(excerpt.lines[0].segments.map(\.text) == ["ayo ", "coblos 02"])
  }

  @Test("overlapping spans merge and keep the graver severity")
  func overlap() {
    let excerpt = Excerpt(
      field: .text, value: "dukung Prabowo-Gibran",
      marks: [(7..<14, .review), (7..<21, .violation)])
    #expect(excerpt.lines[0].marks.map(\.range) == [7..<21])
    #expect(excerpt.lines[0].marks[0].severity == .violation)
  }

  @Test("long lines are cut around the marks; out-of-range spans are clamped, not a crash")
  func longLine() {
    let filler = String(repeating: "kata ", count: 60)
    let text = filler + "coblos nomor 2" + filler
    let start = filler.unicodeScalars.count
    let excerpt = Excerpt(
      field: .text, value: text,
      marks: [(start..<(start + 14), .violation), (9_000..<9_100, .review)])
    let line = excerpt.lines[0]
    #expect(line.cutBefore && line.cutAfter)
    #expect(line.scalars.count == 14 + 2 * Excerpt.context)
    #expect(line.segments.contains { $0.text == "coblos nomor 2" && $0.severity == .violation })
  }
}
