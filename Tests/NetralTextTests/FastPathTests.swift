import Testing
@testable import NetralText

/// The speed-ups must not change a single token: the all-ASCII byte path against the general
/// unit path, the tabled ICU results against ICU, the pruned dictionary split against the plain
/// search, and the word tables' lookups against the word lists.
@Suite struct FastPathTests {
  /// Random ASCII text built from pieces that reach every tokenizer branch (hashtags, mentions,
  /// URLs, e-mails, leet, stretched letters, spaced letters, numbers, colloquial words).
  static let asciiPieces: [String] = [
    "ayo", "dukung", "Prabowo", "gibran", "GANJAR", "pilih", "saat", "maaf", "gak", "yg", "Gaaak",
    "2024", "02", "10.00", "Rp50.000", "27/11/2024", "10.00WIB", "2024-2029", "1.000.000", "2.", "pr4b0w0", "gibraaan", "4nies", "1jari",
    "capres01", "$ubianto", "pr@bowo", "#PrabowoGibran2024", "#prabowogibran", "#AMINajaDulu",
    "#2019gantipresiden", "#Patriotprabowo", "#ayopilih1", "#ASNNetral", "@tkn_prabowo",
    "@budi.santoso", "https://kpu.go.id/info", "www.kpu.go.id.", "budi@contoh.id",
    "p r a b o w o", "g.a.n.j.a.r", "p-r-4-b-0-w-0", "RT 3 RW 5", "s.d.", "#", "@", "$", "_", ".",
    ",", "!", "?", "-", "1", "4", "0", " ", "  ", "\n", "\t", "kebersamaan", "Pertanggungjawaban",
    "pemberdayaaan", "KEBERSAMAAN", "abcdefghhh", "abcdefgggh", "Bersatu", "warga",
  ]

  func randomASCII(_ rng: inout SeededGenerator) -> String {
    var text = ""
    for _ in 0..<(Int(rng.next() % 20) + 1) {
      text += Self.asciiPieces[Int(rng.next() % UInt64(Self.asciiPieces.count))]
      if rng.next() % 3 == 0 { text += " " }
    }
    return text
  }

  func fields(_ result: NormalizedText) -> [String] {
    [result.text]
      + result.tokens.map {
        "\($0.kind) \($0.text) \($0.surface) \($0.original) \($0.normalized) \(String(describing: $0.hashtag))"
      }
  }

  @Test func asciiBytePathAgreesWithTheUnitPath() {
    var rng = SeededGenerator(state: 2_026_11_23)
    for _ in 0..<2_000 {
      let text = randomASCII(&rng)
      // A trailing zero-width space sends the same text through the general (unit) path and
      // changes no offset before it.
      let ascii = testNormalizer.normalize(text)
      let general = testNormalizer.normalize(text + "\u{200B}")
      #expect(fields(ascii) == fields(general), "\(text.debugDescription)")
    }
  }

  /// Emoji tails: skin tones, ZWJ sequences, flags, keycaps, variation selectors, with spaces
  /// and punctuation between them; some are not tails ("#", letters, accented letters).
  static let tails: [String] = [
    "🙏", " 🙏", "🙏🏽", " ✌️", "✌🏻 ", "👨‍👩‍👧", "🇮🇩🇮🇩", " 💪💪!", "🔥 🔥 🔥", "❤️\n", " 2️⃣", "©️", "🙏 #AMIN", "🙏 ayo",
    "🙏é", " é", "…🙏", "\u{200B}🙏", "🙏\u{200B}", "🙏.", "😀😀😀😀😀", " 👍🏾👍🏾 ", "☝️", "🖐🏼 (5)",
    "🤲🤲", " 😂😂 ...", "🫡", "🙏 ✌️", "🙏\u{FE0F}", "🔥\u{200D}🔥", "🇮", "🏽", "🙏 *", "💯%", "🙏~🙏",
    "❤️❤️", "✌🏽️", "☝🏻", "🙏\u{FE0E}", "™", "™️", "♥", "👍🏽\u{200D}", "🏳️‍🌈", "🙏\u{20E3}", "⭐️ ⭐️", "🏽🙏", "\u{FE0F}🙏", "✨✨",
  ]

  @Test func emojiTailAgreesWithTheUnitPath() {
    var rng = SeededGenerator(state: 2_026_11_24)
    var tailPath = 0
    var simpleTails = 0
    for k in 0..<3_000 {
      let text = randomASCII(&rng) + Self.tails[k % Self.tails.count]
      if let tail = text.utf8.withContiguousStorageIfAvailable({ Normalizer.emojiTailStart($0) }), let tail {
        tailPath += 1
        if text.utf8.withContiguousStorageIfAvailable({ Tokenizer.isSimpleEmojiTail(UnsafeBufferPointer(rebasing: $0[tail...])) }) == true {
          simpleTails += 1
        }
      }
      // A leading zero-width space sends the same text through the general (unit) path and
      // moves every original offset by one.
      let result = testNormalizer.normalize(text)
      let general = testNormalizer.normalize("\u{200B}" + text)
      #expect(result.text == general.text, "\(text.debugDescription)")
      #expect(result.spans.count == general.spans.count, "\(text.debugDescription)")
      for (a, b) in zip(result.tokens, general.tokens) {
        #expect(a.kind == b.kind && a.text == b.text && a.surface == b.surface, "\(text.debugDescription)")
        #expect(a.normalized == b.normalized && a.hashtag == b.hashtag, "\(text.debugDescription)")
        #expect(a.original.lowerBound + 1 == b.original.lowerBound, "\(text.debugDescription)")
        #expect(a.original.upperBound + 1 == b.original.upperBound, "\(text.debugDescription)")
      }
    }
    #expect(tailPath > 1_500)
    #expect(simpleTails > 700)
  }

  /// The warm-up builds shared tables only: a normalizer built while it runs (racing it for
  /// the same one-time tables) and after it gives the same tokens as one built before.
  @Test func warmUpChangesNoResult() async {
    let texts = [
      "Rekan ASN, ayo dukung nomor 2 ✌️ #Pemilu2024", "Terima kasih pak 🙏🏽", "pr4b0w0 gak netral yg penting #ayopilih1",
      "ＡＹＯ ｃｏｂｌｏｓ ① Ｐｒａｂｏｗｏ",
    ]
    let before = texts.map { fields(testNormalizer.normalize($0)) }
    async let warm: Void = Normalizer.warmUp()
    let dictionary: Set<String> = ["prabowo", "gibran", "ganjar", "mahfud", "anies", "muhaimin", "pdip", "gerindra", "tkn"]
    let racing = Normalizer(dictionary: dictionary)
    await warm
    let after = Normalizer(dictionary: dictionary)
    #expect(texts.map { fields(racing.normalize($0)) } == before)
    #expect(texts.map { fields(after.normalize($0)) } == before)
    let words: [String] = racing.normalize(texts[2]).tokens.map { $0.text }
    #expect(Array(words.prefix(3)) == ["prabowo", "tidak", "netral"])
  }

  /// A dictionary's words given beside the bundled entries make the table that the two lists
  /// joined into one would: same entries in the same order, bundled values kept for duplicates.
  @Test func extraWordsMakeTheSameTableAsOneJoinedList() {
    let extra = ["prabowo", "GIBRAN", "gak", "yang", "kotak-kosong", "pémilu", "prabowo", ""]
    let two = WordTable(KnownWords.entries, extra: extra)
    let one = WordTable(KnownWords.entries + extra.map { (key: $0, value: "") })
    #expect(two.count == one.count)
    #expect((0..<two.count).map { two.key(at: $0) } == (0..<one.count).map { one.key(at: $0) })
    #expect((0..<two.count).map { two.value(at: $0) } == (0..<one.count).map { one.value(at: $0) })
    #expect(two.count == KnownWords.table.count + 3)
    let normalizer = Normalizer(dictionary: Set(extra))
    #expect(normalizer.isKnownWord("gibran") && normalizer.isKnownWord("kotak-kosong"))
    #expect(normalizer.normalize("gak").tokens.map { $0.text } == ["tidak"])
  }

  @Test func tabledFoldsEqualICU() {
    let caseFold = { (s: UnsafeBufferPointer<UInt32>) in ICU.nfkcCasefold(s) ?? Array(s) }
    for (table, transform) in SingleScalarFolds.caseFoldTables.map({ ($0, caseFold) }) + [
      (SingleScalarFolds.latinToASCII, ICU.latinToASCII), (SingleScalarFolds.skeleton, ICU.skeleton),
    ] as [(SingleScalarFolds, (UnsafeBufferPointer<UInt32>) -> [UInt32]?)] {
      var checked = 0
      for block in table.blocks {
        for scalar in block.range {
          let expected = ICU.single(scalar, transform)
          #expect(table.result(scalar, else: { _ in nil }) == expected, "U+\(String(scalar, radix: 16))")
          var folded: [UInt32]?
          _ = table.fold(scalar) { folded = Array($0) }
          #expect(folded == expected, "U+\(String(scalar, radix: 16))")
          checked += 1
        }
      }
      #expect(checked > 150)
    }
    // The case-fold dispatch reads the block of each scalar, and nothing outside the blocks.
    var inBlocks = 0
    for scalar: UInt32 in 0x70..<0x1D900 {
      var folded: [UInt32]?
      let found = SingleScalarFolds.caseFold(scalar) { folded = Array($0) }
      let block = SingleScalarFolds.caseFoldTables.first { $0.blocks[0].range.contains(scalar) }
      #expect(found == (block != nil), "U+\(String(scalar, radix: 16))")
      if found {
        #expect(folded == ICU.single(scalar, caseFold), "U+\(String(scalar, radix: 16))")
        inBlocks += 1
      }
    }
    #expect(inBlocks > 2_000)
    // Outside the blocks the table defers to ICU.
    #expect(SingleScalarFolds.latinToASCII.result(0x3042, else: { _ in [0x78] }) == [0x78])
  }

  @Test func bundledTableHoldsEveryListedWordAndColloquialValue() {
    let table = KnownWords.table
    for word in CommonWords.words where !word.isEmpty {
      #expect(table.contains(word), "\(word)")
    }
    for (informal, formal) in ColloquialFolder.pairs {
      #expect(table.value(informal) == ColloquialFolder.table.value(informal), "\(informal)")
      #expect(!formal.isEmpty)
    }
    #expect(table.value("gak") == "tidak")
    for word in CommonWords.words where !word.isEmpty && ColloquialFolder.table.value(word) == nil {
      #expect(table.value(word) == "", "\(word)")
    }
    #expect(table.value("qwertyzxcv") == nil)
  }

  @Test func wordTableFindsWordsByBytesAndKeepsEveryPrefix() {
    let table = WordTable([
      (key: "Prabowo", value: ""), (key: "gibran", value: "x"), (key: "gibran", value: "y"),
      (key: "kebersamaan", value: ""), (key: "gibranaa", value: "z"),
    ])
    #expect(table.count == 4)
    for (word, value) in [("prabowo", ""), ("gibran", "x"), ("kebersamaan", ""), ("gibranaa", "z")] {
      var h = WordTable.hashSeed
      for b in word.utf8 {
        h = WordTable.hashStep(h, UInt32(b))
        #expect(table.mayHavePrefix(hash: h))
      }
      // The lookup reads 8 bytes: what follows the word must not count ("gibran" + "aa" is
      // another word).
      let index = (Array(word.utf8) + Array("aaaaaaaa".utf8)).withUnsafeBufferPointer {
        table.index(bytes: $0.baseAddress!, count: word.utf8.count, hash: h)
      }
      #expect(index.map(table.key(at:)) == word)
      #expect(index.map(table.value(at:)) == value)
    }
    var h = WordTable.hashSeed
    for b in "zq".utf8 { h = WordTable.hashStep(h, UInt32(b)) }
    #expect(!table.mayHavePrefix(hash: h))
  }

  @Test func chunkHashLookupAgreesWithTheByteHashLookup() {
    let table = KnownWords.table
    let words = CommonWords.words + ColloquialFolder.pairs.map(\.key) + [
      "pertanggungjawaban", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "qwertyzxcv", "x",
    ]
    for word in words where !word.isEmpty && word.utf8.allSatisfy({ $0 &- 0x61 < 26 }) {
      // What follows the word in memory must not count.
      let bytes = Array(word.utf8) + Array("aaaaaaaa".utf8)
      bytes.withUnsafeBufferPointer { b in
        let count = word.utf8.count
        var h = WordTable.hashSeed
        for k in 0..<count { h = WordTable.hashStep(h, UInt32(b[k])) }
        let chunk = WordTable.chunkHash(b, from: 0, count: count)
        let expected = table.index(bytes: b.baseAddress!, count: count, hash: h)
        #expect(table.index(lowered: b.baseAddress!, count: count, chunkHash: chunk) == expected, "\(word)")
        #expect((expected != nil) == table.contains(word), "\(word)")
      }
    }
  }

  @Test func prunedDictionarySplitAgreesWithThePlainSearch() {
    let segmenter = HashtagSegmenter(lexicon: Lexicon(extra: ["prabowo", "gibran", "ganjar", "anies"]))
    let words = ["prabowo", "gibran", "ganjar", "anies", "ayo", "pilih", "ganti", "presiden", "patriot", "qx", "z", "kpu"]
    var rng = SeededGenerator(state: 99)
    for _ in 0..<1_500 {
      var text = ""
      for _ in 0..<(Int(rng.next() % 5) + 1) { text += words[Int(rng.next() % UInt64(words.count))] }
      let units = wordUnits(text)
      let fast = segmenter.dictionarySplit(units[...]).map { string(units[$0]) }
      let plain = PlainSplit(segmenter: segmenter).split(units).map { string($0) }
      #expect(fast == plain, "\(text)")
    }
  }
}

/// The dictionary split as first written (every candidate looked up on its own, no prefix
/// pruning), kept as the reference for ``HashtagSegmenter/dictionarySplit(_:)``.
struct PlainSplit {
  var segmenter: HashtagSegmenter

  func split(_ units: [Unit]) -> [[Unit]] {
    let n = units.count
    guard n >= 6, n <= 64, units.allSatisfy({ $0.scalar.isASCIILetter }),
      !segmenter.isKnownWord(units[...])
    else { return [units] }
    if let exact = cover(units, minimumWord: 2, unknownCost: nil) { return exact }
    if let partial = cover(units, minimumWord: 3, unknownCost: 3) { return partial }
    return [units]
  }

  func cover(_ units: [Unit], minimumWord: Int, unknownCost: Int?) -> [[Unit]]? {
    let n = units.count
    var best = [Int](repeating: Int.max, count: n + 1)
    var back = [Int](repeating: -1, count: n + 1)
    var known = [Bool](repeating: false, count: n + 1)
    best[0] = 0
    for end in 1...n {
      if let unknownCost, best[end - 1] != Int.max, best[end - 1] + unknownCost < best[end] {
        best[end] = best[end - 1] + unknownCost
        back[end] = end - 1
        known[end] = false
      }
      guard end >= minimumWord else { continue }
      for length in stride(from: min(20, end), through: minimumWord, by: -1) {
        let start = end - length
        guard best[start] != Int.max, best[start] + 2 < best[end],
          segmenter.isKnownWord(units[start..<end])
        else { continue }
        best[end] = best[start] + 2
        back[end] = start
        known[end] = true
      }
    }
    guard best[n] != Int.max else { return nil }
    var pieces: [(range: Range<Int>, known: Bool)] = []
    var end = n
    while end > 0 {
      let start = back[end]
      if !known[end], let last = pieces.last, !last.known, last.range.lowerBound == end {
        pieces[pieces.count - 1].range = start..<last.range.upperBound
      } else {
        pieces.append((start..<end, known[end]))
      }
      end = start
    }
    let knownLetters = pieces.filter(\.known).reduce(0) { $0 + $1.range.count }
    guard pieces.count >= 2, knownLetters * 2 >= n else { return nil }
    return pieces.reversed().map { Array(units[$0.range]) }
  }
}
