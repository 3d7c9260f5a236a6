import Testing
import NetralText

/// A normalized text keeps its tokens as string-free spans; their strings are slices of the
/// normalized text, and whole tokens made from them are the same tokens.
@Suite struct TokenSpanTests {
  static let posts = [
    "Gak mau pilih Рrabowo 🐃 #AyoPilih 10.00 yg no 02",
    "👩🏽‍💻 Ke\u{0301}ren\u{0300} bgt, 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 𝐆𝐢𝐛𝐫𝐚𝐧 ✌️ udh pasti menang!!",
    "Dukung p r a b o w o skrg, cek https://contoh.go.id/info @TKN_Prabowo",
    "nomor antrean 12 silakan menuju loket 4",
  ]

  @Test(arguments: posts)
  func spanBytesAreTheTokensNormalizedForm(post: String) {
    let result = testNormalizer.normalize(post)
    let tokens = result.tokens
    #expect(tokens.count == result.spans.count)
    let bytes = Array(result.text.utf8)
    for (k, span) in result.spans.enumerated() {
      let slice = String(decoding: bytes[span.utf8], as: UTF8.self)
      #expect(slice == tokens[k].text)
      #expect(result.text(of: k) == tokens[k].text)
      #expect(result.withUTF8(of: k) { Array($0) } == Array(tokens[k].text.utf8))
      #expect(span.kind == tokens[k].kind)
      #expect(span.original == tokens[k].original)
      #expect(span.normalized == tokens[k].normalized)
      #expect(span.hashtag == tokens[k].hashtag)
      #expect(span.isFolded == (tokens[k].surface != tokens[k].text))
    }
  }

  @Test func foldedWordsKeepTheirSurface() throws {
    let result = testNormalizer.normalize("Gak mau, udh cukup")
    let k = try #require(result.spans.indices.first { result.text(of: $0) == "tidak" })
    #expect(result.spans[k].isFolded)
    #expect(result.surface(of: k) == "gak")
    let mau = try #require(result.spans.indices.first { result.text(of: $0) == "mau" })
    #expect(!result.spans[mau].isFolded)
    #expect(result.surface(of: mau) == "mau")
  }

  @Test func nonASCIIFormsHaveByteRangesApartFromScalarRanges() throws {
    let result = testNormalizer.normalize("halo 👩🏽‍💻 keren")
    let emoji = try #require(result.spans.firstIndex { $0.kind == .emoji })
    let span = result.spans[emoji]
    #expect(result.text(of: emoji) == "👩‍💻")
    #expect(span.normalized.count == 3)
    #expect(span.utf8.count == 11)
    let keren = result.spans[emoji + 1]
    #expect(result.text(of: emoji + 1) == "keren")
    #expect(keren.utf8.lowerBound == span.utf8.upperBound + 1)
    #expect(result.originalText(keren.original) == "keren")
  }

  @Test(arguments: posts)
  func textsBuiltFromWholeTokensEqualTheNormalizersOwn(post: String) {
    let result = testNormalizer.normalize(post)
    let rebuilt = NormalizedText(original: result.original, text: result.text, tokens: result.tokens)
    #expect(rebuilt == result)
    #expect(rebuilt.tokens == result.tokens)
  }
}
