public import NetralCore
public import NetralEngine

/// Runs a checker over a labeled set and scores it.
public enum Evaluator {
  /// Checks every item with `check` and compares the outcome with its labels.
  ///
  /// A rule counts as found when the assessment has a finding with that rule id. An `error`
  /// verdict counts as neither `violation` nor `clean`.
  public static func evaluate(
    _ set: [LabeledActivity], check: (Activity) -> Assessment
  ) -> EvaluationReport {
    var tp = 0
    var fp = 0
    var fn = 0
    var cleanExpected = 0
    var cleanKept = 0
    var correct = 0
    var confusion: [Verdict: [Verdict: Int]] = [:]
    var rules: [String: EvaluationReport.RuleScore] = [:]
    var groups: [String: EvaluationReport.TagScore] = [:]
    var failures: [EvaluationReport.Failure] = []

    for item in set {
      let assessment = check(item.activity)
      let expected = item.expectedVerdict
      let actual = assessment.verdict
      confusion[expected, default: [:]][actual, default: 0] += 1
      switch (expected == .violation, actual == .violation) {
      case (true, true): tp += 1
      case (false, true): fp += 1
      case (true, false): fn += 1
      case (false, false): break
      }
      if expected == .clean {
        cleanExpected += 1
        if actual == .clean { cleanKept += 1 }
      }
      if expected == actual { correct += 1 }

      let wanted = Set(item.expectedRules)
      let found = Set(assessment.findings.map(\.rule))
      for rule in wanted.union(found) {
        var score = rules[rule] ?? .init(rule: rule, expected: 0, found: 0, unexpected: 0)
        if wanted.contains(rule) { score.expected += 1 }
        if wanted.contains(rule) && found.contains(rule) { score.found += 1 }
        if !wanted.contains(rule) && found.contains(rule) { score.unexpected += 1 }
        rules[rule] = score
      }

      for group in Set(item.groups) {
        var score = groups[group] ?? .init(tag: group)
        score.items += 1
        if expected == actual { score.correct += 1 }
        if expected == .violation {
          score.expectedViolations += 1
          if actual == .violation { score.caughtViolations += 1 }
        } else if actual == .violation {
          score.falseViolations += 1
        }
        if expected == .clean {
          score.expectedClean += 1
          if actual == .clean { score.keptClean += 1 }
        }
        groups[group] = score
      }

      let missing = wanted.subtracting(found).sorted()
      let unexpected = found.subtracting(wanted).sorted()
      if expected != actual || !missing.isEmpty || !unexpected.isEmpty {
        failures.append(
          .init(
            id: item.activity.id, kind: item.activity.kind, expected: expected, actual: actual,
            missingRules: missing, unexpectedRules: unexpected, excerpt: excerpt(item.activity),
            tags: item.tags, note: item.note))
      }
    }

    let precision = ratio(tp, tp + fp)
    let recall = ratio(tp, tp + fn)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    return EvaluationReport(
      total: set.count, truePositives: tp, falsePositives: fp, falseNegatives: fn,
      precision: precision, recall: recall, f1: f1, cleanKept: ratio(cleanKept, cleanExpected),
      verdictAccuracy: ratio(correct, set.count), confusion: confusion,
      perRule: rules.values.sorted { $0.rule < $1.rule },
      perTag: groups.values.sorted { $0.tag < $1.tag }, failures: failures)
  }

  /// Checks every item with `checker`.
  public static func evaluate(_ set: [LabeledActivity], checker: Checker) -> EvaluationReport {
    evaluate(set) { checker.check($0) }
  }

  private static func excerpt(_ activity: Activity) -> String {
    let text =
      activity.text ?? activity.target?.text ?? activity.media.first?.description
      ?? activity.target?.author ?? ""
    return text
  }
}
