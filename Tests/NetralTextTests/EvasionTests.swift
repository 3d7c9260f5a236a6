import Testing
import NetralText

/// Every evasion form must normalize to the same token as its plain form.
@Suite struct EvasionTests {
  let normalizer = Normalizer(dictionary: ["prabowo", "gibran", "ganjar", "mahfud", "anies", "pdip"])

  func words(_ text: String) -> [String] {
    normalizer.normalize(text).tokens.filter { $0.kind == .word }.map(\.text)
  }

  @Test(arguments: [
    ("Рrabowo", "prabowo"),  // Cyrillic Р
    ("𝐏𝐫𝐚𝐛𝐨𝐰𝐨", "prabowo"),  // mathematical bold
    ("ＧＡＮＪＡＲ", "ganjar"),  // fullwidth
    ("Ma\u{200B}hfud", "mahfud"),  // zero-width space
    ("pr4b0w0", "prabowo"),  // leet
    ("p r a b o w o", "prabowo"),  // spaced
    ("g.a.n.j.a.r", "ganjar"),  // dotted
    ("gibraaan", "gibran"),  // stretched
    ("ⓟⓓⓘⓟ", "pdip"),  // circled
    ("Gіbran", "gibran"),  // Cyrillic і
    ("𝓐𝓷𝓲𝓮𝓼", "anies"),  // math script
    ("Prábòwó", "prabowo"),  // diacritics
    ("G\u{00AD}anjar", "ganjar"),  // soft hyphen
    ("\u{202E}prabowo\u{202C}", "prabowo"),  // bidi controls
    ("p-r-4-b-0-w-0", "prabowo"),
    ("4nies", "anies"),
    ("prabow0", "prabowo"),
  ])
  func evasionFoldsToPlainWord(evasion: String, plain: String) {
    #expect(words(evasion) == [plain])
    #expect(words(evasion) == words(plain))
  }

  @Test func hashtagSplitsIntoSegmentsAfterTheHashtagToken() throws {
    let result = normalizer.normalize("#PrabowoGibran2024")
    #expect(result.tokens.map(\.kind) == [.hashtag, .word, .word, .number])
    #expect(result.tokens.map(\.text) == ["prabowogibran2024", "prabowo", "gibran", "2024"])
    #expect(result.tokens.dropFirst().allSatisfy { $0.hashtag == 0 })
    #expect(result.text == "prabowogibran2024 prabowo gibran 2024")
  }
}
