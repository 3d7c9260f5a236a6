public import NetralCore

/// How a checker did on a labeled set: the `violation` verdict's precision and recall, how many
/// clean items stayed clean, the verdict confusion matrix, per-rule and per-tag figures, and
/// every item it got wrong.
///
/// Ratios whose denominator is zero are 1 (nothing was there to get wrong).
public struct EvaluationReport: Sendable, Hashable {
  /// Number of labeled items.
  public var total: Int
  /// Items expected `violation` and judged `violation`.
  public var truePositives: Int
  /// Items expected `clean` or `review` but judged `violation`.
  public var falsePositives: Int
  /// Items expected `violation` but judged something else.
  public var falseNegatives: Int
  /// Share of `violation` verdicts that were expected: TP / (TP + FP).
  public var precision: Double
  /// Share of expected violations judged `violation`: TP / (TP + FN).
  public var recall: Double
  /// Harmonic mean of precision and recall (0 when both are 0).
  public var f1: Double
  /// Share of items expected `clean` that were judged `clean`.
  public var cleanKept: Double
  /// Share of items whose verdict matched exactly.
  public var verdictAccuracy: Double
  /// `confusion[expected][actual]`: how many items expected one verdict got another.
  public var confusion: [Verdict: [Verdict: Int]]
  /// One entry per rule id that was expected or found, sorted by id.
  public var perRule: [RuleScore]
  /// One entry per group (tags, `kind=…`, `actor=…`), sorted by name.
  public var perTag: [TagScore]
  /// Items with a wrong verdict, a missing rule or an unexpected rule, in set order.
  public var failures: [Failure]

  /// Creates a report from its parts (``Evaluator`` computes them).
  public init(
    total: Int, truePositives: Int, falsePositives: Int, falseNegatives: Int,
    precision: Double, recall: Double, f1: Double, cleanKept: Double, verdictAccuracy: Double,
    confusion: [Verdict: [Verdict: Int]], perRule: [RuleScore], perTag: [TagScore],
    failures: [Failure]
  ) {
    self.total = total
    self.truePositives = truePositives
    self.falsePositives = falsePositives
    self.falseNegatives = falseNegatives
    self.precision = precision
    self.recall = recall
    self.f1 = f1
    self.cleanKept = cleanKept
    self.verdictAccuracy = verdictAccuracy
    self.confusion = confusion
    self.perRule = perRule
    self.perTag = perTag
    self.failures = failures
  }

  /// How often one rule was expected and found.
  public struct RuleScore: Sendable, Hashable {
    /// The rule id.
    public var rule: String
    /// Items that expect this rule.
    public var expected: Int
    /// Items that expect it and have a finding with it.
    public var found: Int
    /// Items that have a finding with it without expecting it.
    public var unexpected: Int
    /// found / (found + unexpected).
    public var precision: Double { ratio(found, found + unexpected) }
    /// found / expected.
    public var recall: Double { ratio(found, expected) }

    /// Creates a rule score.
    public init(rule: String, expected: Int, found: Int, unexpected: Int) {
      self.rule = rule
      self.expected = expected
      self.found = found
      self.unexpected = unexpected
    }
  }

  /// Verdict figures for one group of items.
  public struct TagScore: Sendable, Hashable {
    /// The group: a tag, `kind=…` or `actor=…`.
    public var tag: String
    /// Items in the group.
    public var items: Int
    /// Items whose verdict matched exactly.
    public var correct: Int
    /// Items expected `violation`.
    public var expectedViolations: Int
    /// Of those, judged `violation`.
    public var caughtViolations: Int
    /// Items expected `clean`.
    public var expectedClean: Int
    /// Of those, judged `clean`.
    public var keptClean: Int
    /// Items not expected `violation` but judged `violation`.
    public var falseViolations: Int
    /// correct / items.
    public var accuracy: Double { ratio(correct, items) }
    /// caughtViolations / expectedViolations.
    public var recall: Double { ratio(caughtViolations, expectedViolations) }
    /// keptClean / expectedClean.
    public var cleanKept: Double { ratio(keptClean, expectedClean) }

    /// Creates an empty group.
    public init(tag: String) {
      self.tag = tag
      items = 0
      correct = 0
      expectedViolations = 0
      caughtViolations = 0
      expectedClean = 0
      keptClean = 0
      falseViolations = 0
    }
  }

  /// One item the checker got wrong.
  public struct Failure: Sendable, Hashable {
    /// The activity's id.
    public var id: String
    /// The activity's kind.
    public var kind: Activity.Kind
    /// The expected verdict.
    public var expected: Verdict
    /// The checker's verdict.
    public var actual: Verdict
    /// Expected rules without a finding.
    public var missingRules: [String]
    /// Findings' rules that were not expected.
    public var unexpectedRules: [String]
    /// The activity's own text, else its target's text, else its first media description.
    public var excerpt: String
    /// The item's tags.
    public var tags: [String]
    /// The label's note.
    public var note: String?

    /// Creates a failure.
    public init(
      id: String, kind: Activity.Kind, expected: Verdict, actual: Verdict,
      missingRules: [String], unexpectedRules: [String], excerpt: String, tags: [String],
      note: String?
    ) {
      self.id = id
      self.kind = kind
      self.expected = expected
      self.actual = actual
      self.missingRules = missingRules
      self.unexpectedRules = unexpectedRules
      self.excerpt = excerpt
      self.tags = tags
      self.note = note
    }

    /// Whether the verdict itself was wrong (not only the rules).
    public var isVerdictWrong: Bool { expected != actual }
  }
}

/// `part / whole`, or 1 when `whole` is 0.
func ratio(_ part: Int, _ whole: Int) -> Double {
  whole == 0 ? 1 : Double(part) / Double(whole)
}
