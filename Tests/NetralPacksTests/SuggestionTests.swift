import Testing
@testable import NetralPacks

@Suite("Did-you-mean suggestions")
struct SuggestionTests {
  @Test("a swapped pair of letters is one edit")
  func transposition() {
    #expect(Suggestion.editDistance("titel", "title") == 1)
    #expect(Suggestion.editDistance("kampanye", "kampanye") == 0)
    #expect(Suggestion.editDistance("", "abc") == 3)
  }

  @Test("far words get no suggestion; ties prefer the longer shared prefix")
  func closest() {
    #expect(Suggestion.closest(to: "gestures_meaning", in: ["gesture_meanings", "tickets"]) == "gesture_meanings")
    #expect(Suggestion.closest(to: "banteng", in: ["pkb", "golkar"]) == nil)
    #expect(Suggestion.closest(to: "pdi", in: ["pda", "pdip"]) == "pdip")
  }
}
