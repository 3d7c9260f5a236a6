/// The accounting of a bulk audit: per input file, what was read, audited, skipped and
/// unreadable, and the verdicts given. For every file,
/// `read == audited + skipped + unreadableCount`.
public struct AuditSummary: Sendable, Hashable {
  /// Counts for one input file.
  public struct FileCounts: Sendable, Hashable {
    /// The file (`export.zip:data/tweets.js`).
    public var source: String
    /// Records read.
    public var read: Int = 0
    /// Records checked.
    public var audited: Int = 0
    /// Records skipped, by reason.
    public var skipped: [String: Int] = [:]
    /// Why records were unreadable, each reason naming the position: the first
    /// ``AuditSummary/reasonsKept`` of them (``unreadableCount`` counts them all), so that a
    /// file of a million broken lines does not hold a million reasons in memory.
    public var unreadable: [String] = []
    /// Unreadable records.
    public var unreadableCount = 0

    /// Creates empty counts for `source`.
    public init(source: String) { self.source = source }

    /// Total skipped.
    public var skippedCount: Int { skipped.values.reduce(0, +) }
  }

  /// How many unreadable reasons a file's counts keep (every record still gets its own `error`
  /// verdict with its reason; only the summary's list is cut).
  public static let reasonsKept = 1_000

  /// Per file, in the order first seen.
  public var files: [FileCounts] = []
  /// Verdict counts over all audited records (and `error` for unreadable ones); a verdict never
  /// given has no entry.
  public var verdicts: [Verdict: Int] {
    get {
      var counts: [Verdict: Int] = [:]
      for v in Verdict.allCases where verdictCounts[v] > 0 { counts[v] = verdictCounts[v] }
      return counts
    }
    set {
      verdictCounts = VerdictCounts()
      for (v, n) in newValue { verdictCounts[v] = n }
    }
  }
  /// The verdict counts, one field per verdict: counted per record without hashing the verdict.
  private var verdictCounts = VerdictCounts()

  /// A count per verdict.
  private struct VerdictCounts: Sendable, Hashable {
    var clean = 0
    var review = 0
    var violation = 0
    var error = 0

    subscript(_ verdict: Verdict) -> Int {
      get {
        switch verdict {
        case .clean: clean
        case .review: review
        case .violation: violation
        case .error: error
        }
      }
      set {
        switch verdict {
        case .clean: clean = newValue
        case .review: review = newValue
        case .violation: violation = newValue
        case .error: error = newValue
        }
      }
    }
  }
  /// Findings per rule id.
  public var findingsByRule: [String: Int] = [:]

  /// Creates an empty summary.
  public init() {}

  /// Adds one record's outcome.
  public mutating func record(_ record: SourceRecord, assessment: Assessment?) {
    count(record)
    if let assessment { count(assessment) }
  }

  /// Adds one record's outcome as an audit gives it: ``record(_:assessment:)`` with
  /// `assessment`'s verdict counted unless the record was skipped (a skipped record's clean
  /// assessment is no verdict). Borrows the assessment: no copy of it per record.
  public mutating func record(_ record: SourceRecord, assessed assessment: borrowing Assessment) {
    // One look at the record's content (each look copies the content's bits to read its case).
    if count(record) { count(assessment) }
  }

  /// Counts the record in its file; `false` when it was skipped.
  @discardableResult
  private mutating func count(_ record: SourceRecord) -> Bool {
    let index: Int
    if let last = files.indices.last, files[last].source == record.source {
      index = last
    } else if let found = files.firstIndex(where: { $0.source == record.source }) {
      index = found
    } else {
      files.append(FileCounts(source: record.source))
      index = files.count - 1
    }
    files[index].read += 1
    switch record.content {
    case .activity:
      files[index].audited += 1
      return true
    case .skipped(let reason):
      files[index].skipped[reason, default: 0] += 1
      return false
    case .unreadable(let reason):
      files[index].unreadableCount += 1
      if files[index].unreadable.count < Self.reasonsKept { files[index].unreadable.append(reason) }
      return true
    }
  }

  /// Counts the assessment's verdict and findings.
  private mutating func count(_ assessment: borrowing Assessment) {
    verdictCounts[assessment.verdict] += 1
    // By index: iterating copied each finding (its sanction, spans and strings) to read its rule.
    for i in assessment.findings.indices {
      findingsByRule[assessment.findings[i].rule, default: 0] += 1
    }
  }

  /// Total records read.
  public var read: Int { files.reduce(0) { $0 + $1.read } }
  /// Total records audited.
  public var audited: Int { files.reduce(0) { $0 + $1.audited } }
  /// Total records skipped.
  public var skipped: Int { files.reduce(0) { $0 + $1.skippedCount } }
  /// Total unreadable records.
  public var unreadable: Int { files.reduce(0) { $0 + $1.unreadableCount } }
}
