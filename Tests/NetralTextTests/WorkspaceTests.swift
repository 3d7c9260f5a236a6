import Testing
@testable import NetralText

/// `normalize(_:reusing:)` must give exactly what `normalize(_:)` gives, whatever the caller
/// does with earlier results: drops them (the storage is reused), holds them (they must not
/// change), or copies the workspace.
@Suite struct WorkspaceTests {
  /// Posts of every kind the tokenizer handles, ASCII and Unicode, short and long.
  static let posts: [String] = [
    "Selamat pagi rekan-rekan, apel pagi di halaman kantor bupati berjalan lancar #ASNNetral",
    "gak nyangka antrean di puskesmas udah panjang banget dari pagi yg mau ikut silakan",
    "Ayo dukung Рrabowo ✌🏽️ #PrabowoGibran2024 gak pake lama",
    "harga beras naik jadi Rp13.500 per kilo, rapat tanggal 27/11/2024 jam 15.00 WIB",
    "",
    "p r a b o w o 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 ＧＡＮＪＡＲ pr4b0w0 gibraaan @tkn_prabowo https://kpu.go.id/info",
    "ok",
    "Mohon doanya 🙏 anak-anak SD negeri 2 juara lomba cerdas cermat 👏🏾👏🏾 #SalamSehat",
    "dgn 2.500 peserta, 10.00WIB, 2024-2029, 1.000.000, budi@contoh.id, 2024.",
  ]

  /// Every field of a result, the normalized text's bytes included.
  func fields(_ r: NormalizedText) -> [String] {
    [r.original, r.text, String(r.withTextUTF8 { $0.count })]
      + r.tokens.map {
        "\($0.kind) \($0.text) \($0.surface) \($0.original) \($0.normalized) \(String(describing: $0.hashtag))"
      }
  }

  @Test func droppedResultsGiveTheSameTokens() {
    var workspace = Normalizer.Workspace()
    for _ in 0..<3 {
      for post in Self.posts {
        let result = testNormalizer.normalize(post, reusing: &workspace)
        #expect(result == testNormalizer.normalize(post), "\(post)")
        #expect(fields(result) == fields(testNormalizer.normalize(post)), "\(post)")
      }
    }
  }

  @Test func heldResultsDoNotChange() {
    var workspace = Normalizer.Workspace()
    var held: [NormalizedText] = []
    for post in Self.posts + Self.posts.reversed() {
      held.append(testNormalizer.normalize(post, reusing: &workspace))
    }
    let expected = (Self.posts + Self.posts.reversed()).map { fields(testNormalizer.normalize($0)) }
    #expect(held.map(fields) == expected)
    #expect(held[0].text(of: 0) == "selamat")
    #expect(held[2].surface(of: 0) == "ayo")
  }

  @Test func copiesOfAWorkspaceAreIndependent() {
    var first = Normalizer.Workspace()
    let a = testNormalizer.normalize(Self.posts[0], reusing: &first)
    var second = first
    let b = testNormalizer.normalize(Self.posts[1], reusing: &second)
    let c = testNormalizer.normalize(Self.posts[2], reusing: &first)
    #expect(fields(a) == fields(testNormalizer.normalize(Self.posts[0])))
    #expect(fields(b) == fields(testNormalizer.normalize(Self.posts[1])))
    #expect(fields(c) == fields(testNormalizer.normalize(Self.posts[2])))
    #expect(c.spans.map(\.kind).contains(.emoji))
  }

  @Test func randomASCIITextAgrees() {
    var rng = SeededGenerator(state: 2_026_11_24)
    var workspace = Normalizer.Workspace()
    var previous: NormalizedText?
    for k in 0..<1_000 {
      var text = ""
      for _ in 0..<(Int(rng.next() % 20) + 1) {
        text += FastPathTests.asciiPieces[Int(rng.next() % UInt64(FastPathTests.asciiPieces.count))]
        if rng.next() % 3 == 0 { text += " " }
      }
      let result = testNormalizer.normalize(text, reusing: &workspace)
      #expect(fields(result) == fields(testNormalizer.normalize(text)), "\(text)")
      if let previous { #expect(previous.original != text || previous == result) }
      // Every third result is held over the next call, so both storage paths are taken.
      previous = k % 3 == 0 ? result : nil
    }
  }
}
