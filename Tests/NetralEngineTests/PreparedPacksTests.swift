import Foundation
import NetralCore
import NetralPacks
import Testing

@testable import NetralEngine

/// A checker built from prepared packs is the checker built from the packs themselves, whatever
/// its options, and one preparation serves several checkers.
@Suite("Prepared packs")
struct PreparedPacksTests {
  @Test(
    "checkers from one preparation assess the dev set as checkers compiled from the packs",
    arguments: [
      CheckOptions(),
      CheckOptions(language: .en),
      CheckOptions(
        language: .id, asOf: ISO8601DateFormatter().date(from: "2024-02-10T00:00:00Z"),
        defaultActor: .pppk),
    ])
  func sameAssessments(options: CheckOptions) throws {
    try #require(Fixtures.devActivities.count > 100)
    let prepared = PreparedPacks(Fixtures.packs)
    #expect(prepared.packs == Fixtures.packs)
    let fromPrepared = Checker(prepared: prepared, options: options)
    let fromPacks = try Checker(packs: Fixtures.packs, options: options)
    #expect(fromPrepared.rules == fromPacks.rules)
    var violations = 0
    for activity in Fixtures.devActivities {
      let assessment = fromPrepared.check(activity)
      #expect(assessment == fromPacks.check(activity), "\(activity.id)")
      if assessment.verdict == .violation { violations += 1 }
    }
    // The set has violations, so the comparison covered findings, citations and sanctions.
    #expect(violations > 20)
  }

  @Test("the language of a checker from prepared packs is the language of its options")
  func languageFollowsOptions() throws {
    let prepared = PreparedPacks(Fixtures.packs)
    let draft = Activity(
      id: "d1", kind: .post, text: "Ayo coblos nomor 2, lanjutkan! #PrabowoGibran2024",
      actor: Actor(type: .pns))
    let indonesian = Checker(prepared: prepared).check(draft)
    let english = Checker(prepared: prepared, options: CheckOptions(language: .en)).check(draft)
    #expect(indonesian.verdict == .violation)
    #expect(english.verdict == .violation)
    let messages = (indonesian.findings.map(\.message), english.findings.map(\.message))
    #expect(messages.0 != messages.1)
    #expect(english.findings.map(\.rule) == indonesian.findings.map(\.rule))
  }
}
