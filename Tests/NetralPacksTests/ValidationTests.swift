import Foundation
import Testing
@testable import NetralPacks

/// Every validation error kind, on a broken fixture in `Fixtures/Packs`, with its exact
/// `file:line:column: message`.
@Suite("Pack validation")
struct ValidationTests {
  /// The diagnostics of a fixture as `line:column: message`, with the file checked separately.
  func diagnostics(_ name: String) -> [String] {
    let url = FixtureLocation.pack(name)
    let found = PackLoader.validate(file: url)
    #expect(found.allSatisfy { $0.file == url.path }, "every diagnostic names the file")
    #expect(found.allSatisfy { $0.description.hasPrefix("\(url.path):\($0.line):\($0.column): ") })
    return found.map { "\($0.line):\($0.column): \($0.message)" }
  }

  @Test("an unknown key gets a did-you-mean, and the missing key it meant is reported too")
  func unknownKey() {
    #expect(
      diagnostics("unknown-key.yaml") == [
        "1:1: missing required key 'title' in pack",
        "3:1: unknown key 'titel' in pack; did you mean 'title'?",
      ])
  }

  @Test("wrong types: text for a number, a mapping for a list")
  func wrongType() {
    #expect(
      diagnostics("wrong-type.yaml") == [
        "10:17: 'number' in ticket 'pilkades-sukamaju-2025/01' must be a whole number, not 'satu'",
        "12:11: 'names' in ticket 'pilkades-sukamaju-2025/01' must be a list, not a mapping",
      ])
  }

  @Test("a duplicate id points at the first definition")
  func duplicateID() {
    #expect(
      diagnostics("duplicate-id.yaml") == [
        "7:9: duplicate party id 'partai-maju-desa' (first defined at 5:9)"
      ])
  }

  @Test("dates out of order: a phase ending before it starts, overlapping, listed out of order")
  func datesOutOfOrder() {
    #expect(
      diagnostics("dates-out-of-order.yaml") == [
        "11:14: phase 'campaign' of election 'pilkades-sukamaju-2025' ends (2025-06-01) before it starts (2025-06-10)",
        "13:16: phase 'quiet_period' of election 'pilkades-sukamaju-2025' starts (2025-06-05) before 'campaign' ends",
        "15:16: phase 'registration' comes after 'quiet_period' in the calendar of election 'pilkades-sukamaju-2025'; list phases in order (pre_registration, registration, verification, candidacy, campaign, quiet_period, voting, recapitulation, after)",
      ])
  }

  @Test("malformed dates: a day that does not exist, another format")
  func malformedDate() {
    #expect(
      diagnostics("malformed-date.yaml") == [
        "10:16: 'start' in phase 'voting' of election 'pilkades-sukamaju-2025' must be a real date written YYYY-MM-DD, not '2025-02-30'",
        "11:14: 'end' in phase 'voting' of election 'pilkades-sukamaju-2025' must be a real date written YYYY-MM-DD, not '30/06/2025'",
      ])
  }

  @Test("a ballot number used twice in one election")
  func ballotNumberReused() {
    #expect(
      diagnostics("ballot-number-reused.yaml") == [
        "12:17: ballot number 1 is used twice in election 'pilkades-sukamaju-2025': by 'pilkades-sukamaju-2025/01' and 'pilkades-sukamaju-2025/02'"
      ])
  }

  @Test("empty names, as a field and as a list item")
  func emptyName() {
    #expect(
      diagnostics("empty-name.yaml") == [
        "13:24: 'full_name' in candidate 'budi-santoso-contoh' must not be empty",
        "15:31: 'names' in candidate 'budi-santoso-contoh' must not be empty",
      ])
  }

  @Test("an unknown vocabulary category")
  func unknownVocabularyCategory() {
    #expect(
      diagnostics("unknown-vocabulary-category.yaml") == [
        "7:3: unknown vocabulary category 'suport'; did you mean 'support'?"
      ])
  }

  @Test("a ticket naming a party no pack defines (bundled parties are known)")
  func unknownParty() {
    #expect(
      diagnostics("unknown-party.yaml") == [
        "12:19: unknown party 'pdi' in ticket 'pilbup-contoh-2029/01'; did you mean 'pdip'?"
      ])
  }

  @Test("gesture meanings naming an unknown gesture or a ticket of no such number")
  func unknownGesture() {
    #expect(
      diagnostics("unknown-gesture.yaml") == [
        "12:18: unknown gesture 'salam-satu-jary' in gesture meaning of election 'pilbup-contoh-2029'; did you mean 'salam-satu-jari'?",
        "16:17: unknown ticket 'pilbup-contoh-2029/02' in gesture meaning of election 'pilbup-contoh-2029'; did you mean 'pilbup-contoh-2029/01'?",
      ])
  }

  @Test("an unknown phase name lists the phases")
  func unknownPhase() {
    #expect(
      diagnostics("unknown-phase.yaml") == [
        "9:16: unknown phase 'kampanye' in calendar of election 'pilkades-sukamaju-2025' (expected one of: pre_registration, registration, verification, candidacy, campaign, quiet_period, voting, recapitulation, after)"
      ])
  }

  @Test("every problem at once, in file order")
  func manyErrors() {
    #expect(
      diagnostics("many-errors.yaml") == [
        "1:9: unsupported pack format 2 (this version of netral reads format 1)",
        "2:5: 'id' in pack must not contain spaces: 'pilkades contoh'",
        "7:11: unknown kind 'pilkadez' in election 'pilkades-sukamaju-2025'; did you mean 'pilkades'?",
        "14:19: unknown role 'kades' in candidate 'siti-contoh' (expected one of: capres, cawapres, cagub, cawagub, cabup, cawabup, cawalkot, cawawalkot, caleg, calon)",
        "17:14: 'fingers' in gesture 'salam-jempol-desa' must be between 0 and 10, not 11",
      ])
  }

  @Test("a yaml syntax error keeps libyaml's position")
  func syntaxError() {
    #expect(
      diagnostics("syntax-error.yaml") == [
        "6:11: invalid yaml: mapping values are not allowed in this context"
      ])
  }

  @Test("load throws a PackError carrying the same diagnostics")
  func loadThrows() throws {
    let url = FixtureLocation.pack("duplicate-id.yaml")
    let error = try #require(throws: PackError.self) { try PackLoader.load(file: url) }
    #expect(error.description == "\(url.path):7:9: duplicate party id 'partai-maju-desa' (first defined at 5:9)")
  }

  @Test("a missing file is one clear diagnostic")
  func missingFile() {
    let url = FixtureLocation.pack("tidak-ada.yaml")
    let found = PackLoader.validate(file: url)
    #expect(found.count == 1)
    #expect(found.first?.line == 1)
    #expect(found.first?.message.hasPrefix("cannot read file") == true)
  }
}
