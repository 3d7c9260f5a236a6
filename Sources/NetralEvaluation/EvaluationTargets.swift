/// Minimum figures a checker must reach on a labeled set.
public struct EvaluationTargets: Sendable, Hashable {
  /// Minimum precision of the `violation` verdict.
  public var precision: Double
  /// Minimum recall of the `violation` verdict.
  public var recall: Double
  /// Minimum share of clean items kept clean.
  public var cleanKept: Double

  /// Creates targets.
  public init(precision: Double, recall: Double, cleanKept: Double) {
    self.precision = precision
    self.recall = recall
    self.cleanKept = cleanKept
  }

  /// The targets of issue 4: precision ≥ 0.97, recall ≥ 0.93, clean kept ≥ 0.95.
  public static let issue4 = EvaluationTargets(precision: 0.97, recall: 0.93, cleanKept: 0.95)

  /// Whether `report` reaches every target.
  public func areMet(by report: EvaluationReport) -> Bool {
    report.precision >= precision && report.recall >= recall && report.cleanKept >= cleanKept
  }
}
