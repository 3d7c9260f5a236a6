public import NetralCore

/// One record as a reporter sees it: where it came from, the activity (when it was readable)
/// and its assessment.
public struct ReportEntry: Sendable {
  /// The input record, when the activity came from an input file.
  public var record: SourceRecord?
  /// The activity, when it could be read.
  public var activity: Activity?
  /// The verdict.
  public var assessment: Assessment

  /// Creates an entry.
  public init(record: SourceRecord?, activity: Activity?, assessment: Assessment) {
    self.record = record
    self.activity = activity
    self.assessment = assessment
  }

  /// Creates an entry from an audited record, taking the activity out of it.
  public init(record: SourceRecord, assessment: Assessment) {
    var activity: Activity?
    if case .activity(let a) = record.content { activity = a }
    self.init(record: record, activity: activity, assessment: assessment)
  }

  /// The file the record came from, or `-`.
  public var source: String { record?.source ?? "-" }

  /// `source:position`, or the activity id when there is no record.
  public var location: String {
    guard let record else { return assessment.id }
    return "\(record.source):\(record.position)"
  }

  /// Whether a document reporter keeps this entry: it has findings or is an error.
  public var isNotable: Bool { !assessment.findings.isEmpty || assessment.verdict == .error }

  /// The reason a skipped record was skipped.
  public var skipReason: String? {
    if case .skipped(let reason)? = record?.content { return reason }
    return nil
  }
}
