/// The outcome for one activity.
public enum Verdict: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Nothing election-related.
  case clean
  /// Election-related; a person should look.
  case review
  /// Meets a ban as described.
  case violation
  /// The input could not be read.
  case error

  private var rank: Int {
    switch self {
    case .clean: 0
    case .review: 1
    case .violation: 2
    case .error: 3
    }
  }

  /// Orders verdicts by gravity: clean < review < violation < error.
  public static func < (lhs: Verdict, rhs: Verdict) -> Bool { lhs.rank < rhs.rank }
}
