/// How a finding weighs on the verdict: `violation` findings make the activity a violation,
/// `review` findings ask a person to look.
public enum Severity: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Worth a person's look; does not by itself meet a ban.
  case review
  /// Meets a ban as described.
  case violation

  /// Orders severities: review < violation.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs == .review && rhs == .violation
  }
}
