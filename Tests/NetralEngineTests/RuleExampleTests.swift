import Foundation
import NetralCore
import NetralEngine
import Testing

/// Runs every rule's marked examples: triggering ones must get the verdict and produce evidence
/// covering each ⟦…⟧ span; non-triggering ones must not produce the rule.
@Suite("Rule examples")
struct RuleExampleTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var rule: String
    var example: RuleExample
    var triggers: Bool
    var testDescription: String { "\(rule): \(example.activity.text ?? example.activity.target?.author ?? "")" }
  }

  static let cases: [Case] = Fixtures.checker.rules.flatMap { r in
    r.triggeringExamples.map { Case(rule: r.id, example: $0, triggers: true) }
      + r.nonTriggeringExamples.map { Case(rule: r.id, example: $0, triggers: false) }
  }

  /// Strips ⟦…⟧ from `text`, returning the plain text and the marked scalar ranges.
  static func unmark(_ text: String) -> (String, [Range<Int>]) {
    var out = String.UnicodeScalarView()
    var ranges: [Range<Int>] = []
    var start = 0
    for s in text.unicodeScalars {
      if s == "⟦" { start = out.count } else if s == "⟧" { ranges.append(start..<out.count) } else { out.append(s) }
    }
    return (String(out), ranges)
  }

  @Test("example", arguments: cases)
  func example(_ c: Case) throws {
    var activity = c.example.activity
    let (plain, marks) = Self.unmark(activity.text ?? "")
    if activity.text != nil { activity.text = plain }
    let assessment = Fixtures.checker.check(activity)
    let findings = assessment.findings.filter { $0.rule == c.rule }
    if !c.triggers {
      #expect(findings.isEmpty, "unexpected \(c.rule): \(findings.map(\.message))")
      #expect(assessment.verdict == c.example.verdict)
      return
    }
    #expect(assessment.verdict == c.example.verdict)
    let finding = try #require(findings.first, "no \(c.rule) finding; got \(assessment.findings.map(\.rule))")
    let spans = finding.evidence.filter { $0.field == .text }
    for mark in marks {
      #expect(spans.contains { $0.start < mark.upperBound && mark.lowerBound < $0.end }, "marked \(mark) not in evidence \(spans.map { ($0.start, $0.end, $0.text) })")
    }
    for e in finding.evidence {
      #expect(e.field.value(in: activity).map { Array($0.unicodeScalars)[e.start..<e.end].map(String.init).joined() } == e.text)
    }

    // The same example behind an emoji ZWJ sequence and a combining mark: spans shift exactly.
    guard let text = activity.text else { return }
    let prefix = "👩‍💻 e\u{301} "
    var shifted = activity
    shifted.text = prefix + text
    let again = Fixtures.checker.check(shifted).findings.first { $0.rule == c.rule }
    let delta = prefix.unicodeScalars.count
    let moved = try #require(again).evidence.filter { $0.field == .text }
    #expect(moved.map { $0.start - delta } == spans.map(\.start))
    #expect(moved.map(\.text) == spans.map(\.text))
  }

  @Test("every rule has examples both ways and cites its basis")
  func everyRuleDocumented() {
    #expect(Fixtures.checker.rules.count == 13)
    for r in Fixtures.checker.rules {
      #expect(!r.triggeringExamples.isEmpty, "\(r.id)")
      #expect(!r.nonTriggeringExamples.isEmpty, "\(r.id)")
      if r.id != "content.election-mention" { #expect(!r.citations.isEmpty, "\(r.id)") }
    }
  }
}
