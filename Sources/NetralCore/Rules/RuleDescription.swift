/// Identity, documentation and examples of one rule: the single source for `netral rules`,
/// `netral explain`, `Docs/Rules.md` and the rule example tests.
public struct RuleDescription: Sendable, Hashable {
  /// Stable id, `area.kebab-name`, never reused.
  public var id: String
  /// Short title.
  public var title: LocalizedText
  /// One sentence, shown by `netral rules`.
  public var summary: LocalizedText
  /// Why the rule exists and how it decides, shown by `netral explain`.
  public var rationale: LocalizedText
  /// Legal basis.
  public var citations: [Citation]
  /// Sanction per stage, for ASN (PNS/PPPK) actors.
  public var sanctions: [StageSanction]
  /// A suggested fix for drafts.
  public var suggestion: LocalizedText
  /// Activities that must trigger the rule.
  public var triggeringExamples: [RuleExample]
  /// Activities that must not trigger the rule.
  public var nonTriggeringExamples: [RuleExample]

  /// Creates a rule description.
  public init(
    id: String, title: LocalizedText, summary: LocalizedText, rationale: LocalizedText,
    citations: [Citation], sanctions: [StageSanction], suggestion: LocalizedText,
    triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
  ) {
    self.id = id
    self.title = title
    self.summary = summary
    self.rationale = rationale
    self.citations = citations
    self.sanctions = sanctions
    self.suggestion = suggestion
    self.triggeringExamples = triggeringExamples
    self.nonTriggeringExamples = nonTriggeringExamples
  }
}

/// The sanction of a rule in one stage of the election.
public struct StageSanction: Sendable, Hashable {
  /// Before penetapan (bakal calon: ethics) or after (calon: discipline), or outside any window.
  public enum Stage: String, Sendable, Hashable, CaseIterable, Codable {
    case beforeCandidacy = "before_candidacy"
    case afterCandidacy = "after_candidacy"
    case outsideElection = "outside_election"
  }

  /// The stage.
  public var stage: Stage
  /// The sanction.
  public var sanction: Sanction

  /// Creates a stage sanction.
  public init(stage: Stage, sanction: Sanction) {
    self.stage = stage
    self.sanction = sanction
  }
}

/// An example activity for a rule, with the evidence spans it must produce marked `⟦…⟧`
/// in `text`.
public struct RuleExample: Sendable, Hashable {
  /// The activity (its `text` still carries the `⟦…⟧` markers, if any).
  public var activity: Activity
  /// The verdict the example must get.
  public var verdict: Verdict

  /// Creates an example.
  public init(_ activity: Activity, verdict: Verdict) {
    self.activity = activity
    self.verdict = verdict
  }
}
