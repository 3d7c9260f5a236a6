import Testing
@testable import NetralText

@Suite struct EmojiScannerTests {
  func match(_ text: String) -> EmojiScanner.Match? {
    let scalars = text.unicodeScalars.map(\.value)
    return scalars.withUnsafeBufferPointer { EmojiScanner.match($0, at: 0) }
  }

  @Test func skinToneAndSelectorAreDropped() throws {
    let m = try #require(match("✌🏽️ dua jari"))
    #expect(m.length == 3)
    #expect(m.canonical == [0x270C])
  }

  @Test func zwjSequenceIsOneEmojiWithoutSkinTones() throws {
    let m = try #require(match("👩🏽‍💻 kerja"))
    #expect(m.length == 4)
    #expect(m.canonical == [0x1F469, 0x200D, 0x1F4BB])
  }

  @Test func flagIsTwoRegionalIndicators() throws {
    let m = try #require(match("🇮🇩"))
    #expect(m.length == 2)
  }

  @Test func digitKeycapIsADigit() throws {
    let m = try #require(match("2️⃣"))
    #expect(m.isDigitKeycap)
    #expect(m.canonical == [0x32])
  }

  @Test func lettersAndTextSymbolsAreNotEmoji() {
    #expect(match("a") == nil)
    #expect(match("™") == nil)  // NFKC turns it into "tm"
    #expect(match("2") == nil)
  }
}

@Suite struct InvisibleFilterTests {
  @Test(arguments: [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x202E, 0x200E, 0xFE0F, 0x1F3FD, 0xE0041])
  func invisibleIsDropped(scalar: UInt32) {
    #expect(InvisibleFilter.drops(scalar))
  }

  @Test(arguments: [0x61, 0x20, 0x0440, 0x00E9, 0x0301, 0x1F403])
  func visibleIsKept(scalar: UInt32) {
    #expect(!InvisibleFilter.drops(scalar))
  }

  @Test func wordSplitByInvisiblesRejoinsWithExactOffsets() throws {
    let units = foldedUnits("Ma\u{200B}h\u{2060}fud").units
    #expect(string(units) == "mahfud")
    #expect(units.map(\.start) == [0, 1, 3, 5, 6, 7])
  }
}

@Suite struct CaseFolderTests {
  @Test(arguments: [
    ("ＧＡＮＪＡＲ", "ganjar"), ("𝐏𝐫𝐚𝐛𝐨𝐰𝐨", "prabowo"), ("ⓟⓓⓘⓟ", "pdip"), ("⒫⒟⒤⒫", "pdip"),
    ("②", "2"), ("ﬁlm", "film"), ("Ｎｏ．２", "no.2"), ("ÉLIT", "élit"),
  ])
  func foldsCompatibilityForms(input: String, folded: String) {
    #expect(string(foldedUnits(input).units) == folded)
  }

  @Test func capitalsStayMarkedForCamelCase() {
    let units = foldedUnits("ＰｒａｂｏｗｏＧｉｂｒａｎ").units
    #expect(units.map { $0.scalar.isASCIIUpper } == [true, false, false, false, false, false, false, true, false, false, false, false, false])
  }

  @Test func combiningMarkStaysWithItsBase() {
    // "e" + COMBINING ACUTE is one NFKC segment: "é" spans both original scalars.
    let units = foldedUnits("ke\u{0301}k").units
    #expect(units.count == 3)
    #expect(units[1].scalar == 0xE9)
    #expect(units[1].start == 1 && units[1].end == 3)
    #expect(units[2].start == 3)
  }

  @Test func ligatureUnitsShareTheOriginalScalar() {
    let units = foldedUnits("ﬁ").units
    #expect(units.count == 2)
    #expect(units.allSatisfy { $0.start == 0 && $0.end == 1 })
  }

  @Test func longRunOfMarksIsCutIntoBoundedSegments() {
    let text = "a" + String(repeating: "\u{0301}\u{0316}", count: 5_000)
    let units = foldedUnits(text).units
    #expect(!units.isEmpty)
    #expect(units.allSatisfy { $0.end - $0.start <= Int32(CaseFolder.maxSegment) })
  }
}
