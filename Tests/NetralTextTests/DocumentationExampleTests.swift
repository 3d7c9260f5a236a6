import Testing
import NetralText

/// The examples of Docs/Normalization.md.
@Suite struct DocumentationExampleTests {
  @Test func readmeExampleHolds() {
    let normalizer = Normalizer(dictionary: ["prabowo", "gibran"])
    let result = normalizer.normalize("Ayo dukung Рrabowo ✌🏽️ #PrabowoGibran2024 gak pake lama")
    #expect(result.text == "ayo dukung prabowo ✌ prabowogibran2024 prabowo gibran 2024 tidak pakai lama")
    #expect(result.tokens[2].original == 11..<18)
    #expect(result.originalText(result.tokens[2].original) == "Рrabowo")
    #expect(result.tokens[8].surface == "gak")
  }

  /// The "Spans, not strings" example of Docs/Normalization.md.
  @Test func spansExampleHolds() {
    let normalizer = Normalizer(dictionary: ["prabowo", "gibran"])
    let r = normalizer.normalize("Gak mau pilih 02")
    #expect(r.spans[0].isFolded)
    #expect(r.text(of: 0) == "tidak")
    #expect(r.surface(of: 0) == "gak")
    #expect(r.withUTF8(of: 3) { Array($0) } == [48, 50])
  }
}
