import Foundation
import Synchronization
@testable import NetralCore
import Testing

@Suite("Verdict line bytes")
struct VerdictLineBytesTests {
  /// A violation as the engine reports a reply to a campaign post: sanction, four citations,
  /// evidence in several fields.
  private func violation(message: String = "Menanggapi konten kampanye ‘Ganjar Pranowo’", evidenceText: String = "Ganjar Pranowo") -> Assessment {
    let instrument =
      "SKB 5 K/L Nomor 2 Tahun 2022 (MenPAN-RB, Mendagri, BKN, KASN, Bawaslu) tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN"
    let finding = Finding(
      rule: "interaction.campaign-content", severity: .violation, message: message,
      sanction: Sanction(
        level: .moral, description: "Sanksi moral berupa pernyataan secara tertutup atau terbuka",
        basis: "PP 42/2004 Pasal 15"),
      citations: [
        Citation(id: "skb-2022/A4", instrument: instrument, provision: "Lampiran II huruf A angka 4", confidence: .high),
        Citation(id: "skb-2022/B6", instrument: instrument, provision: "Lampiran II huruf B angka 6", confidence: .high),
        Citation(id: "kasn/unconfirmed", instrument: "Surat KASN", confidence: .unconfirmed),
      ],
      evidence: [
        Evidence(field: .targetAuthor, start: 0, end: 14, text: evidenceText, signal: .campaignAccount),
        Evidence(field: .mediaDescription(0), start: 6, end: 15, text: "perubahan", signal: .slogan),
        Evidence(field: .mediaPerson(media: 1, person: 12), start: 0, end: 5, text: "Anies", signal: .candidate),
      ],
      suggestion: "Batalkan suka/komentar/bagikan pada konten kampanye.")
    return Assessment(
      id: "b15", verdict: .violation, score: 45, findings: [finding, finding],
      phase: PhaseContext(election: "pilpres-2024", phase: .after, inWindow: false))
  }

  @Test("a clean line is rendered exactly as the interchange format writes it")
  func cleanLine() {
    let clean = Assessment(
      id: "b0", verdict: .clean, score: 0,
      phase: PhaseContext(election: "pilwako-kota-jambi-2024", phase: .preRegistration, inWindow: false))
    let expected =
      "{\"id\":\"b0\",\"verdict\":\"clean\",\"score\":0,\"phase\":{\"election\":\"pilwako-kota-jambi-2024\",\"phase\":\"pre_registration\",\"in_window\":false},\"findings\":[]}"
    #expect(clean.jsonLine == expected)
    #expect(clean.jsonLineBytes() == Array(expected.utf8))
    #expect(clean.jsonLineBytes(newline: true) == Array((expected + "\n").utf8))
  }

  @Test("a finding's object keeps the interchange order and writes media paths and integers")
  func findingObject() throws {
    let line = violation().jsonLine
    #expect(line.contains(
      "{\"field\":\"media[1].people[12]\",\"start\":0,\"end\":5,\"text\":\"Anies\",\"signal\":\"candidate\"}"))
    #expect(line.contains(
      "\"sanction\":{\"level\":\"moral\",\"description\":\"Sanksi moral berupa pernyataan secara tertutup atau terbuka\",\"basis\":\"PP 42/2004 Pasal 15\"},\"citations\":[{\"id\":\"skb-2022/A4\""))
    #expect(line.contains("{\"id\":\"kasn/unconfirmed\",\"instrument\":\"Surat KASN\",\"confidence\":\"unconfirmed\"}],\"evidence\":[{\"field\":\"target.author\""))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.count == 2)
    #expect(findings[0]["suggestion"] as? String == "Batalkan suka/komentar/bagikan pada konten kampanye.")
  }

  @Test(
    "the bytes equal the writer's line, newline or not, on the stack, on the heap and through the fallback",
    arguments: [
      // Short: rendered on the stack.
      Assessment(id: "c-1", verdict: .review, score: 30),
      Assessment.unreadable(id: "baris 7", error: "dev.jsonl:7: \"text\" is not a string\n"),
      Assessment(id: "x", verdict: .clean, score: Int.min, phase: PhaseContext(election: "e", phase: .campaign, inWindow: true)),
    ])
  func bytesMatchWriter(_ assessment: Assessment) {
    #expect(assessment.jsonLineBytes() == Array(assessment.jsonLine.utf8))
    #expect(assessment.jsonLineBytes(newline: true) == Array((assessment.jsonLine + "\n").utf8))
  }

  @Test("lines with findings (on the heap) and with many escapes (the fallback) match the writer")
  func findingLinesMatchWriter() {
    for assessment in [
      // Texts full of characters to escape: more than the room sized for plain text, on the
      // stack and on the heap.
      Assessment(id: String(repeating: "\"\u{01}", count: 300), verdict: .clean, score: 0),
      violation(),
      violation(message: String(repeating: "Ayo \"coblos\"\n\t\\", count: 80), evidenceText: "\u{1F}\u{00}"),
    ] {
      #expect(assessment.jsonLineBytes(newline: true) == Array((assessment.jsonLine + "\n").utf8))
      var w = JSONWriter()
      assessment.writeJSONLine(to: &w)
      #expect(w.bytes == Array(assessment.jsonLine.utf8))
    }
  }

  @Test("the room sized for a line holds it when no text needs escaping, at the longest enum values and integers")
  func capacityCoversLongestValues() {
    let finding = Finding(
      rule: "r", severity: .violation, message: "m",
      sanction: Sanction(level: .caseByCase, description: "d", basis: "b"),
      citations: [Citation(id: "c", instrument: "i", provision: "p", confidence: .unconfirmed)],
      evidence: [
        Evidence(field: .mediaPerson(media: Int.min, person: Int.min), start: Int.min, end: Int.min, text: "t", signal: .campaignAccount)
      ],
      suggestion: "s")
    let assessment = Assessment(
      id: "id", verdict: .violation, score: Int.min, findings: [finding, finding],
      phase: PhaseContext(election: "e", phase: .preRegistration, inWindow: false), error: "err")
    #expect(assessment.jsonLine.utf8.count + 1 <= assessment.jsonLineCapacity)
    #expect(violation().jsonLine.utf8.count + 1 <= violation().jsonLineCapacity)
  }

  @Test("a character to escape is found at every position of texts of every length up to 40 bytes")
  func escapesEveryLength() throws {
    for length in 0...40 {
      let plain = String(repeating: "a", count: length)
      #expect(JSONWriter.quoted(plain) == "\"\(plain)\"")
      for position in 0..<max(length, 1) where length > 0 {
        for special: Character in ["\"", "\\", "\n", "\u{1F}"] {
          var chars = Array(plain)
          chars[position] = special
          let value = String(chars)
          let quoted = JSONWriter.quoted(value)
          let parsed = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: [.fragmentsAllowed]) as? String
          #expect(parsed == value)
          #expect(quoted.utf8.count == length + 2 + (special == "\u{1F}" ? 5 : 1))
        }
      }
    }
  }

  @Test("with a cache, citation lists and sanctions are copied from it and the line is the same, also after they change")
  func cacheKeepsLines() {
    let cache = JSONLineCache()
    let first = violation()
    let expected = Array((first.jsonLine + "\n").utf8)
    // First sight renders and stores the list, the second copies it.
    #expect(first.jsonLineBytes(newline: true, cache: cache) == expected)
    #expect(first.jsonLineBytes(newline: true, cache: cache) == expected)
    // A finding whose list was changed (a copy with its own storage) gets its own citations.
    var changed = first
    changed.findings[1].citations.removeFirst()
    changed.findings[1].citations[0].provision = "Lampiran II huruf B angka 7"
    let line = changed.jsonLineBytes(newline: true, cache: cache)
    #expect(line == Array((changed.jsonLine + "\n").utf8))
    #expect(line != expected)
    #expect(String(decoding: line, as: UTF8.self).contains("Lampiran II huruf B angka 7"))
    // A sanction sharing the cached one's description but not its level or basis gets its own.
    var graver = first
    graver.findings[0].sanction?.level = .berat
    graver.findings[1].sanction?.basis = nil
    let graverLine = String(decoding: graver.jsonLineBytes(cache: cache), as: UTF8.self)
    #expect(graverLine == graver.jsonLine)
    #expect(graverLine.contains("\"sanction\":{\"level\":\"berat\""))
    #expect(graverLine.contains("secara tertutup atau terbuka\"},\"citations\""))
    // A short description or basis (held inline, not cached) is written as it is.
    var short = first
    short.findings[0].sanction?.description = "Teguran lisan"
    short.findings[1].sanction?.basis = "PP 94/2021"
    #expect(short.jsonLineBytes(cache: cache) == Array(short.jsonLine.utf8))
    // An empty list is written as such.
    var bare = first
    bare.findings[0].citations = []
    #expect(bare.jsonLineBytes(cache: cache) == Array(bare.jsonLine.utf8))
    #expect(String(decoding: bare.jsonLineBytes(cache: cache), as: UTF8.self).contains("\"citations\":[],"))
  }

  @Test("one cache shared by threads rendering different lists gives every line its own citations")
  func cacheAcrossThreads() {
    let cache = JSONLineCache()
    let assessments = (0..<64).map { i -> Assessment in
      var a = violation(message: "Menanggapi konten kampanye nomor \(i)")
      for f in a.findings.indices {
        a.findings[f].citations = [
          Citation(id: "skb-2022/B\(i % 13)", instrument: "SKB 5 K/L Nomor 2 Tahun 2022", provision: "Lampiran II huruf B angka \(i % 13)", confidence: .high)
        ]
      }
      return a
    }
    let expected = assessments.map { Array($0.jsonLine.utf8) }
    let results = Mutex(Array(repeating: [UInt8](), count: assessments.count * 4))
    DispatchQueue.concurrentPerform(iterations: assessments.count * 4) { i in
      let line = assessments[i % assessments.count].jsonLineBytes(cache: cache)
      results.withLock { $0[i] = line }
    }
    results.withLock { lines in
      for (i, line) in lines.enumerated() { #expect(line == expected[i % assessments.count]) }
    }
  }
}

@Suite("Verdict line literals")
struct VerdictLineLiteralTests {
  @Test("every verdict and phase is written with its raw value, in and out of the window", arguments: Verdict.allCases)
  func everyVerdictAndPhase(_ verdict: Verdict) throws {
    for phase in Phase.allCases {
      for inWindow in [false, true] {
        let assessment = Assessment(
          id: "p-\(phase.rawValue)", verdict: verdict, score: 12,
          phase: PhaseContext(election: "pemilu-2024", phase: phase, inWindow: inWindow))
        let expected =
          "{\"id\":\"p-\(phase.rawValue)\",\"verdict\":\"\(verdict.rawValue)\",\"score\":12,\"phase\":{\"election\":\"pemilu-2024\",\"phase\":\"\(phase.rawValue)\",\"in_window\":\(inWindow)},\"findings\":[]}"
        #expect(assessment.jsonLine == expected)
        #expect(assessment.jsonLineBytes() == Array(expected.utf8))
      }
    }
  }
}
