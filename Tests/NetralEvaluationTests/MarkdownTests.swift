import NetralCore
import Testing

@testable import NetralEvaluation

@Suite struct MarkdownTests {
  private let set = [
    LabeledActivity(
      activity: Activity(id: "m1", kind: .post, text: "Coblos 01 | AMIN menang"),
      expectedVerdict: .violation, expectedRules: ["post.campaign-support"], tags: ["evasion"]),
    LabeledActivity(
      activity: Activity(id: "m2", kind: .post, text: "Aamiin ya rabbal alamin\nsemoga sehat"),
      expectedVerdict: .clean, tags: ["hard-negative"]),
    LabeledActivity(
      activity: Activity(id: "m3", kind: .post, text: "Pohon beringin di alun-alun"),
      expectedVerdict: .clean, tags: ["hard-negative"]),
  ]

  @Test func rendersFiguresTablesAndFailures() {
    let report = Evaluator.evaluate(set) { activity in
      Assessment(
        id: activity.id, verdict: activity.id == "m3" ? .clean : .violation, score: 90,
        findings: [Finding(rule: "post.campaign-support", severity: .violation, message: "uji")])
    }
    #expect(
      report.summary
        == "3 items: precision 0.500, recall 1.000, F1 0.667, clean kept 0.500, exact verdict 0.667, 2 failures"
    )
    let text = report.markdown(title: "Dev set")
    #expect(text.hasPrefix("## Dev set\n"))
    #expect(text.contains("| violation precision | 0.500 (1 of 2) | ≥ 0.97 ❌ |"))
    #expect(text.contains("| violation recall | 1.000 (1 of 1) | ≥ 0.93 ✅ |"))
    #expect(text.contains("| violation F1 | 0.667 | |"))
    #expect(text.contains("| clean kept clean | 0.500 (1 of 2) | ≥ 0.95 ❌ |"))
    #expect(text.contains("| clean | 1 | 0 | 1 | 0 | 2 |"))
    #expect(text.contains("| violation | 0 | 0 | 1 | 0 | 1 |"))
    #expect(text.contains("| `post.campaign-support` | 1 | 1 | 2 | 0.333 | 1.000 |"))
    #expect(text.contains("| hard-negative | 2 | 0.500 | – | 1/2 | 1 |"))
    #expect(text.contains("### Failures (2, 1 with a wrong verdict)"))
    // the prayer's newline is flattened into one table cell
    #expect(text.contains("| m2 | post | clean | violation |  | post.campaign-support | Aamiin ya rabbal alamin semoga sehat |"))
    // m3 gets the right verdict but an unexpected rule
    #expect(text.contains("| m3 | post | clean | clean |  | post.campaign-support | Pohon beringin di alun-alun |"))
  }

  @Test func escapesPipesAndCapsTheFailureList() {
    let report = Evaluator.evaluate(set) { Assessment(id: $0.id, verdict: .review, score: 10) }
    let text = report.markdown(targets: nil, maxFailures: 1)
    #expect(text.contains("Coblos 01 \\| AMIN menang"))
    #expect(text.contains("… and 2 more."))
    #expect(!text.contains("✅") && !text.contains("❌"))
  }

  @Test func fixedDecimalsDoNotDependOnLocale() {
    #expect(fixed(0.97) == "0.970")
    #expect(fixed(2.0 / 3.0) == "0.667")
    #expect(fixed(1) == "1.000")
    #expect(fixed(0.0049) == "0.005")
    #expect(fixed(0.95, digits: 2) == "0.95")
    #expect(fixed(0.4, digits: 0) == "0")
  }
}

@Suite struct MarkdownRuleTableTests {
  @Test func ruleNeverFoundOrNeverExpectedShowsADash() {
    let set = [
      LabeledActivity(
        activity: Activity(id: "r1", kind: .join, target: Target(author: "Relawan Ganjar Kab. Purbalingga", kind: .group)),
        expectedVerdict: .violation, expectedRules: ["membership.campaign-account"]),
      LabeledActivity(
        activity: Activity(id: "r2", kind: .post, text: "Nomor antrian 02 ke loket 3"),
        expectedVerdict: .clean),
    ]
    let report = Evaluator.evaluate(set) { activity in
      activity.id == "r2"
        ? Assessment(
          id: "r2", verdict: .review, score: 20,
          findings: [Finding(rule: "content.election-mention", severity: .review, message: "uji")])
        : Assessment(id: activity.id, verdict: .clean, score: 0)
    }
    let text = report.markdown()
    #expect(text.contains("| `membership.campaign-account` | 1 | 0 | 0 | – | 0.000 |"))
    #expect(text.contains("| `content.election-mention` | 0 | 0 | 1 | 0.000 | – |"))
  }
}
