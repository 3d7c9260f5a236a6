import Foundation
import Testing
import NetralText

/// Properties of the offset map over random mixtures of ASCII, Indonesian words, emoji,
/// invisibles and look-alikes (seeded, so every run sees the same strings).
@Suite struct PropertyTests {
  static let pieces: [String] = [
    "ayo", "dukung", "Prabowo", "gibran", "GANJAR", "pilih", "saat", "maaf", "tiga", "jari", "2024",
    "02", "10.00", "Rp50.000", "27/11/2024", "pr4b0w0", "gibraaan", "gak", "yg", "#PrabowoGibran2024",
    "#ayopilih", "@tkn_prabowo", "https://kpu.go.id/info", "budi@contoh.id", "✌️", "👍🏽", "👩🏽‍💻",
    "🇮🇩", "🐃", "2️⃣", "Р", "а", "о", "і", "𝐏𝐫𝐚𝐛𝐨𝐰𝐨", "ＧＡＮＪＡＲ", "ⓟⓓⓘⓟ", "e\u{0301}", "\u{200B}",
    "\u{202E}", "\u{00AD}", "p r a b o w o", "g.a.n.j.a.r", "Ганджар", "é", "!", "?", ",", ".", "-", "_",
    "#", "@", "$", "1", "4", "0", " ", " ", " ", "\n", "   ",
  ]

  func randomText(_ rng: inout SeededGenerator) -> String {
    let count = Int(rng.next() % 24) + 1
    var text = ""
    for _ in 0..<count {
      text += Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))]
      if rng.next() % 3 == 0 { text += " " }
    }
    return text
  }

  @Test func offsetMapIsMonotoneAndInsideTheOriginal() {
    var rng = SeededGenerator(state: 20_241_127)
    for _ in 0..<1_500 {
      let text = randomText(&rng)
      let result = testNormalizer.normalize(text)
      let originalCount = text.unicodeScalars.count
      let normalizedCount = result.text.unicodeScalars.count
      var previousStart = 0
      var previousNormalized = -1
      for token in result.tokens {
        #expect(token.original.lowerBound >= 0 && token.original.upperBound <= originalCount, "\(text)")
        #expect(!token.original.isEmpty, "\(text)")
        #expect(token.normalized.upperBound <= normalizedCount)
        #expect(token.normalized.lowerBound > previousNormalized)
        if token.hashtag == nil {
          #expect(token.original.lowerBound >= previousStart, "not monotone: \(text.debugDescription)")
          previousStart = token.original.lowerBound
        }
        previousNormalized = token.normalized.lowerBound
      }
    }
  }

  @Test func originalTextAtATokenRenormalizesToThatToken() {
    var rng = SeededGenerator(state: 7)
    for _ in 0..<1_500 {
      let text = randomText(&rng)
      let result = testNormalizer.normalize(text)
      for token in result.tokens {
        let again = testNormalizer.normalize(result.originalText(token.original))
        let first = again.tokens.first
        #expect(first?.text == token.text && first?.kind == token.kind,
          "\(text.debugDescription): \(token.text) vs \(String(describing: first?.text))")
      }
    }
  }
}

/// Size and corpus behaviour: linear structure on huge posts; real posts keep the invariants.
@Suite struct LargeInputTests {
  @Test func oneMegabytePostScalesLinearly() {
    let chunk = "Ayo dukung Рrabowo 𝐆𝐢𝐛𝐫𝐚𝐧 no 2 ✌🏽 #PrabowoGibran2024 gak pake lama, jam 10.00 ya! "
    let small = testNormalizer.normalize(chunk).tokens.count
    let repeats = 1_000_000 / chunk.utf8.count
    let big = testNormalizer.normalize(String(repeating: chunk, count: repeats))
    #expect(big.tokens.count == small * repeats)
    let lastEnd = testNormalizer.normalize(chunk).tokens.last?.original.upperBound ?? 0
    #expect(big.tokens.last?.original.upperBound == chunk.unicodeScalars.count * (repeats - 1) + lastEnd)
  }

  @Test func oneMegabyteWithoutSpacesIsOneWordPerRun() {
    let big = testNormalizer.normalize(String(repeating: "ab", count: 500_000))
    #expect(big.tokens.count == 1)
    #expect(big.tokens[0].original == 0..<1_000_000)
    let spaced = testNormalizer.normalize(String(repeating: "a ", count: 300_000))
    #expect(spaced.tokens.count == 1)  // one giant spaced-out run, joined in one pass
    let digits = testNormalizer.normalize(String(repeating: "pr4b0w0", count: 100_000))
    #expect(digits.tokens.count >= 1)
  }

  /// Real posts from the shared corpus (only when NETRAL_CORPUS is set).
  @Test(.enabled(if: ProcessInfo.processInfo.environment["NETRAL_CORPUS"] != nil))
  func realPostsKeepTheInvariants() throws {
    let root = try #require(ProcessInfo.processInfo.environment["NETRAL_CORPUS"])
    let base = URL(fileURLWithPath: root).appendingPathComponent("indonesian")
    let files = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?
      .compactMap { $0 as? URL }.filter { $0.pathExtension == "csv" } ?? []
    #expect(!files.isEmpty)
    var checked = 0
    for file in files {
      let data = try Data(contentsOf: file)
      for line in data.split(separator: UInt8(ascii: "\n")) {
        let result = testNormalizer.normalize(utf8: line)
        let count = result.original.unicodeScalars.count
        #expect(result.tokens.allSatisfy { $0.original.upperBound <= count && !$0.original.isEmpty })
        checked += 1
      }
    }
    #expect(checked > 1_000)
  }
}
