import Foundation
import NetralCore
import Testing

@Suite("JSON writer")
struct JSONWriterTests {
  /// Parses `text` (one JSON string literal) back with Foundation's parser.
  private func parsed(_ text: String) throws -> String? {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? String
  }

  @Test(
    "escapes what RFC 8259 requires and round-trips through Foundation",
    arguments: [
      "Ayo coblos \"nomor 2\" ya",
      "C:\\Users\\pegawai\\foto.jpg",
      "baris satu\nbaris dua\r\n\ttab",
      "kontrol \u{01}\u{1F} dan \u{7F}",
      "Salam dua jari ✌🏽 dari 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 👨‍👩‍👧",
      "",
    ])
  func escapesAndRoundTrips(_ value: String) throws {
    let quoted = JSONWriter.quoted(value)
    #expect(try parsed(quoted) == value)
    let raw = quoted.unicodeScalars.dropFirst().dropLast()
    #expect(!raw.contains { $0.value < 0x20 })
  }

  @Test("control characters use the short escapes where JSON has them, else \\u00XX")
  func controlEscapes() {
    #expect(JSONWriter.quoted("a\nb\tc\"d\\e\u{0C}") == "\"a\\nb\\tc\\\"d\\\\e\\u000c\"")
  }

  @Test("a character to escape is found at every position of a long text (eight bytes are read at a time)")
  func escapesAtEveryPosition() throws {
    let base = Array("Rekan-rekan ASN Kab. Antah, ingat netralitas ✌🏽 jelang Pilkada Serentak 2024".unicodeScalars)
    for special in ["\"", "\\", "\n", "\u{1F}", "\u{00}"] {
      for position in 0...base.count {
        var scalars = base
        scalars.insert(contentsOf: special.unicodeScalars, at: position)
        var value = ""
        value.unicodeScalars.append(contentsOf: scalars)
        let quoted = JSONWriter.quoted(value)
        #expect(try parsed(quoted) == value)
        #expect(!quoted.unicodeScalars.dropFirst().dropLast().contains { $0.value < 0x20 })
      }
    }
  }

  @Test("appendEscaped adds the escaped body of a string literal after what the array holds")
  func appendEscapedToArray() {
    var out = Array("{\"teks\":\"".utf8)
    JSONWriter.appendEscaped("Coblos \"02\"\nya", to: &out)
    #expect(String(decoding: out, as: UTF8.self) == "{\"teks\":\"Coblos \\\"02\\\"\\nya")
  }

  @Test("a long document grows its buffer and keeps every piece in order")
  func longDocument() throws {
    var w = JSONWriter()
    w.reserve(16)
    w.raw("[")
    for i in 0..<3000 {
      if i > 0 { w.byte(0x2C) }
      w.string("baris \(i): \"Ayo coblos\" ✌🏽\n")
      w.raw(",")
      w.integer(i * 7919 - 5000)
    }
    w.raw("]")
    #expect(w.output == String(decoding: w.bytes, as: UTF8.self))
    let values = try #require(try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [Any])
    #expect(values.count == 6000)
    for i in 0..<3000 {
      #expect(values[2 * i] as? String == "baris \(i): \"Ayo coblos\" ✌🏽\n")
      #expect(values[2 * i + 1] as? Int == i * 7919 - 5000)
    }
  }

  @Test("integers", arguments: [0, 7, 10, -1, 2024, Int.max, Int.min])
  func integers(_ value: Int) {
    var w = JSONWriter()
    w.integer(value)
    #expect(w.output == String(value))
  }

  @Test("a verdict line is valid JSON with the fields in the interchange order")
  func verdictLine() throws {
    let assessment = Assessment(id: "post-\"7\"", verdict: .review, score: 30)
    let line = assessment.jsonLine
    #expect(line.hasPrefix("{\"id\":\"post-\\\"7\\\"\",\"verdict\":\"review\",\"score\":30,"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    #expect(object["id"] as? String == "post-\"7\"")
    #expect(object["score"] as? Int == 30)
  }
}
