import NetralCore
import Testing

@testable import NetralEvaluation

/// A small labeled set with known outcomes, so every figure can be computed by hand.
private let labeled: [LabeledActivity] = [
  // expected violation, judged violation, rules exact
  LabeledActivity(
    activity: Activity(id: "a", kind: .post, text: "Ayo rekan-rekan coblos 02 Prabowo-Gibran!"),
    expectedVerdict: .violation, expectedRules: ["post.mobilization", "post.campaign-support"],
    tags: ["register:gaul"]),
  // expected violation, judged violation, one rule missing, one extra
  LabeledActivity(
    activity: Activity(
      id: "b", kind: .like, target: Target(author: "Timnas AMIN", text: "Desak Anies malam ini")),
    expectedVerdict: .violation, expectedRules: ["interaction.campaign-content"],
    tags: ["evasion"]),
  // expected violation, judged review: a false negative
  LabeledActivity(
    activity: Activity(id: "c", kind: .post, text: "G4nj4r-M4hfud sat set menang"),
    expectedVerdict: .violation, expectedRules: ["post.campaign-support"], tags: ["evasion"]),
  // expected clean, judged violation: a false positive
  LabeledActivity(
    activity: Activity(id: "d", kind: .post, text: "Semoga lekas sembuh, aamiin"),
    expectedVerdict: .clean, tags: ["hard-negative", "evasion"], note: "prayer"),
  // expected clean, judged clean
  LabeledActivity(
    activity: Activity(id: "e", kind: .post, text: "Timnas Garuda menang 2-0"),
    expectedVerdict: .clean, tags: ["hard-negative"]),
  // expected clean, judged review
  LabeledActivity(
    activity: Activity(id: "f", kind: .post, text: "Nomor antrian 02 ke loket 3"),
    expectedVerdict: .clean, tags: ["hard-negative"]),
  // expected review, judged review, rule found
  LabeledActivity(
    activity: Activity(id: "g", kind: .post, text: "Salam dua jari dari ruang arsip ✌️"),
    expectedVerdict: .review, expectedRules: ["gesture.partisan-symbol"]),
  // expected review, judged clean
  LabeledActivity(
    activity: Activity(id: "h", kind: .share, text: "Debat cawapres malam ini: Gibran, Cak Imin, Mahfud"),
    expectedVerdict: .review, expectedRules: ["content.election-mention"]),
  // expected violation, judged error
  LabeledActivity(
    activity: Activity(id: "i", kind: .follow, target: Target(author: "Relawan RIDO", kind: .page)),
    expectedVerdict: .violation, expectedRules: ["membership.campaign-account"]),
]

private func finding(_ rule: String, _ severity: Severity = .violation) -> Finding {
  Finding(rule: rule, severity: severity, message: "uji")
}

/// The fake checker's answers, by activity id.
private let answers: [String: Assessment] = [
  "a": Assessment(
    id: "a", verdict: .violation, score: 95,
    findings: [finding("post.mobilization"), finding("post.campaign-support")]),
  "b": Assessment(
    id: "b", verdict: .violation, score: 80,
    findings: [finding("membership.campaign-account")]),
  "c": Assessment(
    id: "c", verdict: .review, score: 40,
    findings: [finding("content.election-mention", .review)]),
  "d": Assessment(
    id: "d", verdict: .violation, score: 70, findings: [finding("post.campaign-support")]),
  "e": Assessment(id: "e", verdict: .clean, score: 0),
  "f": Assessment(
    id: "f", verdict: .review, score: 20, findings: [finding("content.election-mention", .review)]),
  "g": Assessment(
    id: "g", verdict: .review, score: 30, findings: [finding("gesture.partisan-symbol", .review)]),
  "h": Assessment(id: "h", verdict: .clean, score: 0),
  "i": Assessment.unreadable(id: "i", error: "x"),
]

private func fakeCheck(_ activity: Activity) -> Assessment {
  answers[activity.id] ?? Assessment(id: activity.id, verdict: .clean, score: 0)
}

@Suite struct EvaluatorTests {
  let report = Evaluator.evaluate(labeled, check: fakeCheck)

  @Test func violationCountsAndRatios() {
    // TP: a, b. FP: d. FN: c, i.
    #expect(report.total == 9)
    #expect(report.truePositives == 2)
    #expect(report.falsePositives == 1)
    #expect(report.falseNegatives == 2)
    #expect(report.precision == 2.0 / 3.0)
    #expect(report.recall == 2.0 / 4.0)
    let f1 = 2 * (2.0 / 3.0) * 0.5 / ((2.0 / 3.0) + 0.5)
    #expect(abs(report.f1 - f1) < 1e-12)
    #expect(abs(report.f1 - 4.0 / 7.0) < 1e-12)
  }

  @Test func cleanKeptAndExactVerdicts() {
    // clean expected: d, e, f; only e stays clean.
    #expect(report.cleanKept == 1.0 / 3.0)
    // exact: a, b, e, g.
    #expect(report.verdictAccuracy == 4.0 / 9.0)
  }

  @Test func confusionMatrix() {
    #expect(report.confusion[.violation]?[.violation] == 2)
    #expect(report.confusion[.violation]?[.review] == 1)
    #expect(report.confusion[.violation]?[.error] == 1)
    #expect(report.confusion[.clean]?[.violation] == 1)
    #expect(report.confusion[.clean]?[.clean] == 1)
    #expect(report.confusion[.clean]?[.review] == 1)
    #expect(report.confusion[.review]?[.review] == 1)
    #expect(report.confusion[.review]?[.clean] == 1)
    let cells = report.confusion.values.flatMap(\.values).reduce(0, +)
    #expect(cells == 9)
  }

  @Test func perRuleFigures() throws {
    let rules = Dictionary(uniqueKeysWithValues: report.perRule.map { ($0.rule, $0) })
    let support = try #require(rules["post.campaign-support"])
    // expected by a and c, found in a; found unexpectedly in d.
    #expect(support.expected == 2)
    #expect(support.found == 1)
    #expect(support.unexpected == 1)
    #expect(support.precision == 0.5)
    #expect(support.recall == 0.5)
    let membership = try #require(rules["membership.campaign-account"])
    // expected by i (error verdict, no findings); found unexpectedly in b.
    #expect(membership.expected == 1)
    #expect(membership.found == 0)
    #expect(membership.unexpected == 1)
    #expect(membership.precision == 0)
    #expect(membership.recall == 0)
    let mention = try #require(rules["content.election-mention"])
    // expected by h (not found); found unexpectedly in c and f.
    #expect(mention.expected == 1)
    #expect(mention.found == 0)
    #expect(mention.unexpected == 2)
    let gesture = try #require(rules["gesture.partisan-symbol"])
    #expect(gesture.precision == 1 && gesture.recall == 1)
    let interaction = try #require(rules["interaction.campaign-content"])
    #expect(interaction.expected == 1 && interaction.found == 0 && interaction.unexpected == 0)
    #expect(interaction.precision == 1, "nothing found wrongly: precision of an empty set is 1")
    #expect(report.perRule.map(\.rule) == report.perRule.map(\.rule).sorted())
  }

  @Test func perGroupFigures() throws {
    let groups = Dictionary(uniqueKeysWithValues: report.perTag.map { ($0.tag, $0) })
    let evasion = try #require(groups["evasion"])
    // b (violation, caught), c (violation, missed), d (clean, judged violation)
    #expect(evasion.items == 3)
    #expect(evasion.correct == 1)
    #expect(evasion.expectedViolations == 2)
    #expect(evasion.caughtViolations == 1)
    #expect(evasion.expectedClean == 1)
    #expect(evasion.keptClean == 0)
    #expect(evasion.falseViolations == 1)
    let negatives = try #require(groups["hard-negative"])
    #expect(negatives.items == 3 && negatives.keptClean == 1 && negatives.falseViolations == 1)
    #expect(negatives.cleanKept == 1.0 / 3.0)
    let posts = try #require(groups["kind=post"])
    #expect(posts.items == 6)
    #expect(groups["kind=share"]?.items == 1)
    #expect(groups["actor=unknown"]?.items == 9)
  }

  @Test func failuresListEveryMiss() throws {
    // a is right in verdict and rules; e and g too. Everything else fails.
    #expect(report.failures.map(\.id) == ["b", "c", "d", "f", "h", "i"])
    let b = try #require(report.failures.first { $0.id == "b" })
    #expect(!b.isVerdictWrong)
    #expect(b.missingRules == ["interaction.campaign-content"])
    #expect(b.unexpectedRules == ["membership.campaign-account"])
    #expect(b.excerpt == "Desak Anies malam ini")
    let d = try #require(report.failures.first { $0.id == "d" })
    #expect(d.expected == .clean && d.actual == .violation && d.note == "prayer")
  }

  @Test func emptySetHasNothingToGetWrong() {
    let empty = Evaluator.evaluate([], check: fakeCheck)
    #expect(empty.total == 0 && empty.precision == 1 && empty.recall == 1 && empty.cleanKept == 1)
    #expect(empty.failures.isEmpty)
  }

  @Test func targetsOfIssue4() {
    #expect(!EvaluationTargets.issue4.areMet(by: report))
    let perfect = Evaluator.evaluate(labeled) { activity in
      let item = labeled.first { $0.activity.id == activity.id }
      return Assessment(
        id: activity.id, verdict: item?.expectedVerdict ?? .clean, score: 0,
        findings: (item?.expectedRules ?? []).map { finding($0) })
    }
    #expect(EvaluationTargets.issue4.areMet(by: perfect))
    #expect(perfect.failures.isEmpty)
    #expect(perfect.f1 == 1)
  }
}
