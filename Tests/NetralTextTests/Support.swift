@testable import NetralText

/// Units of `text` after the character-level steps.
func foldedUnits(_ text: String) -> UnitText {
  let scalars = text.unicodeScalars.map(\.value)
  return scalars.withUnsafeBufferPointer { CaseFolder.units($0) }
}

/// Word units of an ASCII or Unicode string with identity offsets (for word-level steps).
func wordUnits(_ text: String) -> [Unit] {
  text.unicodeScalars.enumerated().map { Unit(scalar: $1.value, start: Int32($0), end: Int32($0 + 1)) }
}

/// The string of units, lowercased.
func string(_ units: some Collection<Unit>) -> String {
  Tokenizer.string(ArraySlice(units), lower: true).0
}

/// Normalizer used by the tests: knows the 2024 candidates like the election packs do.
let testNormalizer = Normalizer(dictionary: [
  "prabowo", "gibran", "ganjar", "mahfud", "anies", "muhaimin", "pdip", "gerindra", "tkn",
])

/// (kind, text) pairs of the tokens of `text`.
func kindsAndTexts(_ text: String) -> [String] {
  testNormalizer.normalize(text).tokens.map { "\($0.kind.rawValue):\($0.text)" }
}

/// Deterministic generator for property tests (xorshift64*).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(state: UInt64) { self.state = state == 0 ? 0x2545_F491_4F6C_DD1D : state }
  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_F491_4F6C_DD1D
  }
}
