public import NetralCore

/// One activity of an evaluation set together with the outcome a careful reader expects.
public struct LabeledActivity: Sendable, Hashable {
  /// The activity, as the checker sees it.
  public var activity: Activity
  /// The verdict the activity should get (`clean`, `review` or `violation`).
  public var expectedVerdict: Verdict
  /// Every rule id that should fire (empty for `clean`).
  public var expectedRules: [String]
  /// Free labels for breakdowns: `evasion`, `hard-negative`, `generic-layer`, `register:jawa`, …
  public var tags: [String]
  /// Why the label is what it is, when that is not obvious.
  public var note: String?

  /// Creates a labeled activity.
  public init(
    activity: Activity, expectedVerdict: Verdict, expectedRules: [String] = [],
    tags: [String] = [], note: String? = nil
  ) {
    self.activity = activity
    self.expectedVerdict = expectedVerdict
    self.expectedRules = expectedRules
    self.tags = tags
    self.note = note
  }

  /// The groups this item is counted in by the per-tag breakdown: its own tags, then
  /// `kind=<kind>` and `actor=<type>`.
  public var groups: [String] {
    tags + ["kind=\(activity.kind.rawValue)", "actor=\((activity.actor?.type ?? .unknown).rawValue)"]
  }
}
