import Testing
import NetralText

/// The example at the top of Docs/Normalization.md.
@Suite struct DocumentationExampleTests {
  @Test func readmeExampleHolds() {
    let normalizer = Normalizer(dictionary: ["prabowo", "gibran"])
    let result = normalizer.normalize("Ayo dukung Рrabowo ✌🏽️ #PrabowoGibran2024 gak pake lama")
    #expect(result.text == "ayo dukung prabowo ✌ prabowogibran2024 prabowo gibran 2024 tidak pakai lama")
    #expect(result.tokens[2].original == 11..<18)
    #expect(result.originalText(result.tokens[2].original) == "Рrabowo")
    #expect(result.tokens[8].surface == "gak")
  }
}
