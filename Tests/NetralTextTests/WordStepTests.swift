import Foundation
import Testing
@testable import NetralText

@Suite struct ScriptFolderTests {
  func folded(_ word: String) -> String {
    var units = foldedUnits(word).units
    ScriptFolder.fold(&units)
    return string(units)
  }

  @Test(arguments: [("Рrabowo", "prabowo"), ("Gіbran", "gibran"), ("gаnjаr", "ganjar"), ("αnies", "anies")])
  func mixedScriptLookAlikesFoldToLatin(word: String, latin: String) {
    #expect(folded(word) == latin)
  }

  @Test func wordInOneForeignScriptIsTransliterated() {
    #expect(folded("Ганджар") == "gandzar")
  }

  @Test func diacriticsBecomeASCII() {
    #expect(folded("Prábòwó") == "prabowo")
    #expect(folded("ø") == "o")
  }

  @Test func asciiWordIsUntouched() {
    var units = wordUnits("Prabowo")
    let before = units
    ScriptFolder.fold(&units)
    #expect(units == before)
  }

  @Test func skeletonUnitKeepsTheLookAlikeOffset() {
    var units = foldedUnits("xРy").units
    ScriptFolder.fold(&units)
    #expect(string(units) == "xpy")
    #expect(units[1].start == 1 && units[1].end == 2)
  }
}

@Suite struct LeetFolderTests {
  func parts(_ word: String, known: Set<String> = ["jari", "no", "capres", "pilpres"]) -> [String] {
    var units = wordUnits(word)
    let table = WordTable(words: known)
    let parts = LeetFolder.split(&units) { table.contains($0) }
    return parts.map { ($0.isNumber ? "#" : "") + string(units[$0.range]) }
  }

  @Test(arguments: [
    ("pr4b0w0", "prabowo"), ("g4nj4r", "ganjar"), ("m4hfud", "mahfud"), ("prabow0", "prabowo"),
    ("4nies", "anies"), ("pr@bowo", "prabowo"), ("$ubianto", "subianto"), ("k0bl0s", "koblos"),
    ("s3l4m4t", "selamat"),
  ])
  func leetInsideWordsFolds(leet: String, word: String) {
    #expect(parts(leet) == [word])
  }

  @Test(arguments: ["2024", "02", "10.00", "27/11/2024", "3,5", "1"])
  func numbersAreNotMangled(number: String) {
    #expect(parts(number) == ["#" + number])
  }

  @Test func lettersAndNumbersSplitWhenNotLeet() {
    #expect(parts("Rp50.000") == ["rp", "#50.000"])
    #expect(parts("capres01") == ["capres", "#01"])
    #expect(parts("pilpres2024") == ["pilpres", "#2024"])
    #expect(parts("covid19") == ["covid", "#19"])
    #expect(parts("1jari") == ["#1", "jari"])
    #expect(parts("no1") == ["no", "#1"])
  }
}

@Suite struct LetterSqueezerTests {
  func squeezed(_ word: String) -> String {
    var units = wordUnits(word)
    LetterSqueezer.squeeze(&units)
    return string(units)
  }

  @Test(arguments: [("gibraaan", "gibran"), ("menanggg", "menang"), ("bangettt", "banget"), ("PRABOWOOOO", "prabowo")])
  func stretchedLettersSqueeze(stretched: String, plain: String) {
    #expect(squeezed(stretched) == plain)
  }

  @Test(arguments: ["saat", "maaf", "aamiin", "tiga", "sukses", "wkwkwk"])
  func ordinaryWordsStay(word: String) {
    #expect(squeezed(word) == word)
  }

  @Test func squeezedLetterCoversTheWholeRun() {
    var units = wordUnits("bangettt")
    LetterSqueezer.squeeze(&units)
    #expect(units.last?.end == 8)
  }

  @Test func skeletonCollapsesDoubledLettersButNotDigits() {
    #expect(LetterSqueezer.skeleton(of: "aamiin") == "amin")
    #expect(LetterSqueezer.skeleton(of: "1000") == "1000")
  }
}

@Suite struct SpacedLetterTests {
  @Test(arguments: [
    ("p r a b o w o", "prabowo"), ("g.a.n.j.a.r", "ganjar"), ("P-R-A-B-O-W-O", "prabowo"),
    ("p r 4 b 0 w 0", "prabowo"), ("G . A . N . J . A . R", "ganjar"), ("a.n.i.e.s", "anies"),
  ])
  func spacedOrDottedLettersJoin(spaced: String, word: String) throws {
    let result = testNormalizer.normalize("dukung " + spaced + "!")
    let token = try #require(result.tokens.last)
    #expect(token.text == word)
    #expect(token.original == 7..<(7 + spaced.unicodeScalars.count))
  }

  @Test(arguments: ["s.d.", "a.n. kepala dinas", "1 2 3", "no 2 atau 3", "RT 3 RW 5"])
  func shortRunsAndNumbersDoNotJoin(text: String) {
    let tokens = testNormalizer.normalize(text).tokens
    #expect(tokens.count >= 2)
  }
}

@Suite struct HashtagSegmenterTests {
  @Test func camelCaseAndDigitsSplit() {
    #expect(kindsAndTexts("#PrabowoGibran2024") == [
      "hashtag:prabowogibran2024", "word:prabowo", "word:gibran", "number:2024",
    ])
    #expect(kindsAndTexts("#AMINajaDulu").dropFirst() == ["word:amin", "word:saja", "word:dulu"])
  }

  @Test func lowercaseHashtagSplitsWithTheDictionary() {
    #expect(kindsAndTexts("#prabowogibran") == ["hashtag:prabowogibran", "word:prabowo", "word:gibran"])
    #expect(kindsAndTexts("#2019gantipresiden") == [
      "hashtag:2019gantipresiden", "number:2019", "word:ganti", "word:presiden",
    ])
  }

  @Test func unknownLowercaseHashtagStaysWhole() {
    #expect(kindsAndTexts("#qwertyzxcv") == ["hashtag:qwertyzxcv", "word:qwertyzxcv"])
  }

  @Test func leetHashtagStaysOneWord() {
    #expect(kindsAndTexts("#Pr4b0w0") == ["hashtag:pr4b0w0", "word:prabowo"])
  }

  @Test func mentionSplitsAtUnderscore() throws {
    let result = testNormalizer.normalize("cc @tkn_prabowo")
    #expect(result.tokens.map(\.text) == ["cc", "tkn_prabowo", "tkn", "prabowo"])
    #expect(result.tokens[1].kind == .mention)
    #expect(result.tokens[2].hashtag == 1 && result.tokens[3].hashtag == 1)
    #expect(result.tokens[3].original == 8..<15)
  }

  @Test func segmentsPointToTheirHashtagAndLieInsideIt() {
    let result = testNormalizer.normalize("Ayo! #AyoPilihGanjar #2024GantiPresiden")
    for (i, token) in result.tokens.enumerated() where token.hashtag != nil {
      let tag = result.tokens[token.hashtag!]
      #expect(tag.kind == .hashtag)
      #expect(token.hashtag! < i)
      #expect(tag.original.lowerBound <= token.original.lowerBound)
      #expect(token.original.upperBound <= tag.original.upperBound)
    }
  }
}

@Suite struct ColloquialFolderTests {
  @Test func tableIsLoadedFromTheDataFile() {
    #expect(ColloquialFolder.table.count > 100)
    #expect(CommonWords.table.count > 1_000)
  }

  @Test(arguments: [("gak", "tidak"), ("nggak", "tidak"), ("yg", "yang"), ("bgt", "banget"), ("dgn", "dengan"), ("udh", "sudah"), ("Gaaak", "tidak")])
  func colloquialFormsFold(informal: String, formal: String) throws {
    let token = try #require(testNormalizer.normalize(informal).tokens.first)
    #expect(token.text == formal)
    #expect(token.surface != formal)
  }

  @Test(arguments: ["saat", "maaf", "tiga", "pileg", "pilkada", "capres", "paslon", "amin", "malang"])
  func ordinaryWordsAreNotFolded(word: String) throws {
    let token = try #require(testNormalizer.normalize(word).tokens.first)
    #expect(token.text == word)
    #expect(token.surface == word)
  }
}

@Suite struct EmojiNameTests {
  @Test func namesComeFromUnicode() {
    #expect(EmojiNames.name(of: "✌") == "victory hand")
    #expect(EmojiNames.name(of: "🐃") == "water buffalo")
    #expect(EmojiNames.name(of: "🇮🇩") == "flag: id")
  }

  @Test func emojiTokensCarryCanonicalFormAndName() {
    let tokens = testNormalizer.normalize("salam dua jari ✌🏻️ 🐃").tokens.filter { $0.kind == .emoji }
    #expect(tokens.map(\.text) == ["✌", "🐃"])
    #expect(tokens.map(\.emojiName) == ["victory hand", "water buffalo"])
  }
}

@Suite struct WordBreakTests {
  @Test func icuWordBreaksDropHashAndEmoji() {
    let text = "#PrabowoGibran2024 dukung capres-cawapres 🐃"
    let words = WordBreaks.words(in: text).map { String(String.UnicodeScalarView(Array(text.unicodeScalars)[$0])) }
    #expect(words == ["PrabowoGibran2024", "dukung", "capres", "cawapres"])
  }
}

@Suite struct ScriptPieceTests {
  @Test func gluedWordsOfTwoScriptsFoldSeparately() {
    var units = foldedUnits("ГанджарPrabowo").units
    ScriptFolder.fold(&units)
    #expect(string(units) == "gandzarprabowo")
  }
}

@Suite struct PartialHashtagSplitTests {
  @Test func knownNameIsFoundNextToAnUnknownWord() {
    #expect(kindsAndTexts("#Patriotprabowo").dropFirst() == ["word:patriot", "word:prabowo"])
  }

  @Test func mostlyUnknownChunkStaysWhole() {
    #expect(kindsAndTexts("#xqzvbnrkpo") == ["hashtag:xqzvbnrkpo", "word:xqzvbnrkpo"])
  }
}

@Suite struct ColloquialSafetyTests {
  @Test func unitsAndTitlesAreNotFolded() {
    #expect(kindsAndTexts("jarak 10 km dari kantor") == ["word:jarak", "number:10", "word:km", "word:dari", "word:kantor"])
    #expect(kindsAndTexts("dr. Sari").first == "word:dr")
  }
}

@Suite struct URLAndMentionTests {
  @Test func urlsAreKeptWholeAndNeverLeetFolded() {
    #expect(kindsAndTexts("cek https://kpu.go.id/p4sl0n-2024?id=01.") == ["word:cek", "url:https://kpu.go.id/p4sl0n-2024?id=01"])
    #expect(kindsAndTexts("www.Bawaslu.go.id, ok") == ["url:www.bawaslu.go.id", "word:ok"])
  }

  @Test func emailsAreOneURLToken() {
    #expect(kindsAndTexts("kirim ke humas1@pemkab.go.id ya") == ["word:kirim", "word:ke", "url:humas1@pemkab.go.id", "word:ya"])
  }

  @Test func mentionKeepsItsDigitsAndSegmentsDoNotFoldEdgeDigits() {
    #expect(kindsAndTexts("@kecamatan_1945") == ["mention:kecamatan_1945", "word:kecamatan", "number:1945"])
    #expect(kindsAndTexts("@robit1") == ["mention:robit1", "word:robit", "number:1"])
  }

  @Test func atInsideAWordIsLeetButALoneAtIsNot() {
    #expect(kindsAndTexts("pr@bowo") == ["word:prabowo"])
    #expect(kindsAndTexts("ketemu @ balai desa") == ["word:ketemu", "word:balai", "word:desa"])
  }
}

/// The data files are read as bytes; the tables must hold what reading them as text gives.
@Suite struct BundledDataTests {
  /// `Data/<name>` read as text and cut into lines by characters (the way it was first read).
  func textLines(_ name: String) throws -> [Substring] {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Sources/NetralText/Data/\(name)").path
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }
  }

  @Test func bytesGiveTheSameWordsAsText() throws {
    #expect(CommonWords.words == (try textLines("words.txt")).map(BundledData.trimmed))
    #expect(CommonWords.words.contains("pemilu"))
  }

  @Test func bytesGiveTheSameColloquialPairsAsText() throws {
    var expected: [String] = []
    for line in try textLines("colloquial.tsv") {
      let fields = line.split(separator: "\t")
      guard fields.count == 2 else { continue }
      let informal = BundledData.trimmed(fields[0])
      let formal = BundledData.trimmed(fields[1])
      guard !informal.isEmpty, !formal.isEmpty, !formal.contains(" ") else { continue }
      expected.append("\(informal)=\(formal)")
    }
    #expect(ColloquialFolder.pairs.map { "\($0.key)=\($0.value)" } == expected)
    #expect(ColloquialFolder.pairs.contains { $0.key == "gak" && $0.value == "tidak" })
  }
}
