import Netral
import Testing

/// The README's library example, kept compiling and true.
@Suite("README library example")
struct ReadmeExampleTests {
  @Test func draftWithBallotNumberAndGestureIsAViolation() throws {
    let packs = PackSet(try PackLoader.bundled())
    let checker = try Checker(packs: packs)
    let draft = Activity(
      id: "draft-1", kind: .post, text: "Yuk coblos 02, lanjutkan! ✌️",
      at: RFC3339.parse("2024-01-20T08:00:00+07:00"), actor: Actor(type: .pns))
    let assessment = checker.check(draft)
    #expect(assessment.verdict == .violation)
    #expect(assessment.score >= 50)
    let evidence = assessment.findings.flatMap(\.evidence).map(\.text)
    #expect(evidence.contains("coblos") || evidence.contains("02"))
  }
}
