/// One rule's finding on one activity.
public struct Finding: Sendable, Hashable {
  /// Stable rule id, e.g. `interaction.campaign-content`.
  public var rule: String
  /// Whether it meets a ban or asks for review.
  public var severity: Severity
  /// What was found and why, in the report language.
  public var message: String
  /// The sanction that applies in the activity's phase for its actor.
  public var sanction: Sanction?
  /// Legal basis.
  public var citations: [Citation]
  /// Exact spans in the original text.
  public var evidence: [Evidence]
  /// A suggested fix for a draft ("hapus tagar #…").
  public var suggestion: String?

  /// Creates a finding (inlinable: built in place by the checker, not copied).
  @inlinable
  public init(
    rule: String, severity: Severity, message: String, sanction: Sanction? = nil,
    citations: [Citation] = [], evidence: [Evidence] = [], suggestion: String? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.sanction = sanction
    self.citations = citations
    self.evidence = evidence
    self.suggestion = suggestion
  }
}
