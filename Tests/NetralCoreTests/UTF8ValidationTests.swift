import NetralCore
import Testing

@Suite("UTF-8 validation")
struct UTF8ValidationTests {
  /// Random lines: long ASCII runs (the eight-byte path) with Indonesian text, emoji, and now
  /// and then a broken byte, at every alignment.
  private func lines() -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    let pieces: [[UInt8]] = [
      Array("{\"id\":\"p1\",\"kind\":\"post\",\"text\":\"Ayo coblos nomor 2 ".utf8),
      Array("Salam dua jari ✌🏽 dari Cirebon ".utf8), Array("🇮🇩".utf8), Array("é".utf8),
      [0xFF], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
    ]
    return (0..<3_000).map { _ in
      var line: [UInt8] = Array(repeating: 0x61, count: Int.random(in: 0..<9, using: &generator))
      for _ in 0..<Int.random(in: 1..<8, using: &generator) {
        let k = Int.random(in: 0..<100, using: &generator)
        line += k < 85 ? pieces[k % 4] : pieces[4 + k % 5]
      }
      return line
    }
  }

  @Test("says nil exactly for valid UTF-8, and otherwise where the valid prefix ends")
  func agreesWithTheStandardLibrary() {
    for line in lines() {
      let valid = String(validating: line, as: UTF8.self) != nil
      let found = UTF8Validation.firstInvalidByte(in: line)
      #expect((found == nil) == valid)
      if let found {
        #expect(found >= 1 && found <= line.count)
        #expect(String(validating: line[..<(found - 1)], as: UTF8.self) != nil)
      }
    }
  }

  @Test("names the first bad byte after a long ASCII run, 1-based")
  func position() {
    let line = Array(repeating: UInt8(0x41), count: 21) + [0xFF] + Array("ok".utf8)
    #expect(UTF8Validation.firstInvalidByte(in: line) == 22)
    #expect(UTF8Validation.firstInvalidByte(in: Array("Pilih nomor 2 ya 🙏".utf8)) == nil)
    #expect(UTF8Validation.firstInvalidByte(in: []) == nil)
  }
}
