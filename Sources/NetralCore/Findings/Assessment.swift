/// The result of checking one activity: verdict, score and findings.
public struct Assessment: Sendable, Hashable {
  /// The activity's id.
  public var id: String
  /// The verdict.
  public var verdict: Verdict
  /// 0 to 100: risk that the activity breaks a ban.
  public var score: Int
  /// What the rules found, most severe first.
  public var findings: [Finding]
  /// The election phase the activity fell in, when known (e.g. `pemilu-2024:campaign`).
  public var phase: PhaseContext?
  /// For `error` verdicts: what could not be read, naming file, line and field.
  public var error: String?

  /// Creates an assessment (inlinable: the checker builds one per activity, and an opaque
  /// initializer made it copy the finished value once more).
  @inlinable
  public init(
    id: String, verdict: Verdict, score: Int, findings: [Finding] = [],
    phase: PhaseContext? = nil, error: String? = nil
  ) {
    self.id = id
    self.verdict = verdict
    self.score = score
    self.findings = findings
    self.phase = phase
    self.error = error
  }

  /// An `error` verdict for an unreadable input record.
  public static func unreadable(id: String, error: String) -> Assessment {
    Assessment(id: id, verdict: .error, score: 0, error: error)
  }
}
