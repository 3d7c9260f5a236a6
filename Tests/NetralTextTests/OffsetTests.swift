import Foundation
import Testing
import NetralText

/// Offsets are Unicode-scalar offsets into the ORIGINAL text and must survive anything that
/// comes before the match.
@Suite struct OffsetTests {
  /// The original text at a token's range.
  func originalText(_ result: NormalizedText, _ token: Token) -> String {
    result.originalText(token.original)
  }

  @Test(arguments: [
    "👨‍👩‍👧‍👦 ",  // ZWJ family
    "👍🏾👍🏻 ",  // skin tones
    "Ke\u{0301}ren\u{0300} ",  // combining marks
    "𝐇𝐚𝐥𝐨 𝕏 ",  // surrogate pairs in UTF-16
    "🇮🇩✌️ 2️⃣ ",  // flag, VS16, keycap
    "\u{200B}\u{202E}\u{FEFF} ",  // invisibles
  ])
  func offsetsSurviveWhatComesBefore(prefix: String) throws {
    let text = prefix + "dukung Рrabowo #Gibran2024"
    let result = testNormalizer.normalize(text)
    let token = try #require(result.tokens.first { $0.text == "prabowo" && $0.hashtag == nil })
    #expect(originalText(result, token) == "Рrabowo")
    let tag = try #require(result.tokens.first { $0.kind == .hashtag })
    #expect(originalText(result, tag) == "#Gibran2024")
    let year = try #require(result.tokens.last)
    #expect(originalText(result, year) == "2024")

    // UTF-16 and UTF-8 views point at the same text.
    let utf16 = try #require(result.utf16Range(forOriginal: token.original))
    let units = Array(text.utf16)[utf16]
    #expect(String(decoding: units, as: UTF16.self) == "Рrabowo")
    let utf8 = try #require(result.utf8Range(forOriginal: token.original))
    #expect(String(decoding: Array(text.utf8)[utf8], as: UTF8.self) == "Рrabowo")
  }

  @Test func emojiTokenCoversTheWholeSequence() throws {
    let text = "halo 👩🏽‍💻!"
    let result = testNormalizer.normalize(text)
    let emoji = try #require(result.tokens.first { $0.kind == .emoji })
    #expect(emoji.text == "👩‍💻")
    #expect(result.originalText(emoji.original) == "👩🏽‍💻")
  }

  @Test func normalizedRangesPointIntoTheNormalizedText() {
    let result = testNormalizer.normalize("Gak mau pilih Рrabowo 🐃 #AyoPilih 10.00")
    let scalars = Array(result.text.unicodeScalars)
    for token in result.tokens {
      let slice = String(String.UnicodeScalarView(scalars[token.normalized]))
      #expect(slice == token.text)
    }
  }

  @Test func normalizedRangeMapsBackToTheOriginal() throws {
    let text = "Ayo dukung p r a b o w o sekarang"
    let result = testNormalizer.normalize(text)
    let scalars = Array(result.text.unicodeScalars)
    let start = try #require(result.text.range(of: "prabowo sekarang"))
    let lower = result.text.unicodeScalars.distance(from: result.text.unicodeScalars.startIndex, to: start.lowerBound)
    let range = lower..<(lower + "prabowo sekarang".unicodeScalars.count)
    #expect(range.upperBound <= scalars.count)
    let original = try #require(result.originalRange(forNormalized: range))
    #expect(result.originalText(original) == "p r a b o w o sekarang")
  }

  @Test func offsetMapConvertsManyRanges() throws {
    let text = "𝐏 é a"
    let map = OffsetMap(text)
    #expect(map.scalarCount == 5)
    #expect(map.utf16Range(forScalars: 0..<1) == 0..<2)
    #expect(map.utf8Range(forScalars: 2..<3) == 5..<7)
    #expect(map.utf8Range(forScalars: 0..<6) == nil)
  }
}

@Suite struct ByteInputTests {
  @Test func invalidBytesAreReplacedAndOffsetsStayValid() throws {
    // "ayo " + lone continuation byte + truncated 3-byte sequence + " Рrabowo"
    var bytes = Array("ayo ".utf8)
    bytes += [0x80, 0xE2, 0x82]
    bytes += Array(" Рrabowo".utf8)
    let result = testNormalizer.normalize(utf8: bytes)
    #expect(result.original.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == 2)
    let token = try #require(result.tokens.last)
    #expect(token.text == "prabowo")
    #expect(result.originalText(token.original) == "Рrabowo")

    let repaired = RepairedUTF8(bytes)
    #expect(repaired.repairs == [4..<5, 5..<7])
    let byteRange = try #require(repaired.byteRange(forScalars: token.original))
    #expect(String(decoding: bytes[byteRange], as: UTF8.self) == "Рrabowo")
  }

  @Test func strictDecodingNamesTheBadByte() {
    let bytes: [UInt8] = Array("dukung ".utf8) + [0xC0, 0xAF] + Array(" 02".utf8)
    #expect(throws: InvalidUTF8Error(byteOffset: 7, length: 1)) {
      try testNormalizer.normalize(validatingUTF8: bytes)
    }
    #expect(InvalidUTF8Error(byteOffset: 7, length: 1).description == "invalid utf-8 at byte 7 (1 byte)")
  }

  @Test func validBytesNormalizeLikeTheString() throws {
    let text = "Gak usah pilih 02 ✌️"
    let result = try testNormalizer.normalize(validatingUTF8: Array(text.utf8))
    #expect(result == testNormalizer.normalize(text))
  }

  @Test func truncatedAndOverlongInputNeverCrashes() {
    let samples: [[UInt8]] = [[0xFF], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], []]
    for bytes in samples {
      let result = testNormalizer.normalize(utf8: bytes)
      #expect(result.tokens.allSatisfy { $0.original.upperBound <= result.original.unicodeScalars.count })
    }
  }
}
