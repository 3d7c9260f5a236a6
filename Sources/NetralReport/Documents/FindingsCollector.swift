public import NetralCore

/// What document reporters keep of an audit: the records that have findings or errors (not
/// the clean ones), plus per-account tallies over every record.
public struct FindingsCollector: Sendable {
  /// Tallies for one account.
  public struct Account: Sendable, Hashable {
    /// The actor's id or name, or empty when unknown.
    public var key: String
    /// Display name.
    public var name: String?
    /// Category.
    public var type: Actor.Category
    /// Records checked.
    public var activities = 0
    /// Verdict counts.
    public var verdicts: [Verdict: Int] = [:]
    /// The gravest sanction level found.
    public var gravest: SanctionLevel?
  }

  /// Records with findings or errors, in input order.
  public private(set) var notable: [ReportEntry] = []
  /// Accounts in order of first appearance.
  public private(set) var accounts: [Account] = []
  private var accountIndex: [String: Int] = [:]

  /// Creates an empty collector.
  public init() {}

  /// Adds one record.
  public mutating func add(_ entry: ReportEntry) {
    if entry.isNotable { notable.append(entry) }
    guard entry.skipReason == nil else { return }
    let actor = entry.activity?.actor
    let key = actor?.id ?? actor?.name ?? ""
    let index: Int
    if let found = accountIndex[key] {
      index = found
    } else {
      index = accounts.count
      accountIndex[key] = index
      accounts.append(
        Account(key: key, name: actor?.name ?? actor?.id, type: actor?.type ?? .unknown))
    }
    accounts[index].activities += 1
    accounts[index].verdicts[entry.assessment.verdict, default: 0] += 1
    for f in entry.assessment.findings {
      if let level = f.sanction?.level {
        accounts[index].gravest = max(accounts[index].gravest ?? level, level)
      }
    }
  }

  /// Findings per sanction level (`nil` for findings without a sanction).
  public var findingsBySanction: [SanctionLevel?: Int] {
    var result: [SanctionLevel?: Int] = [:]
    for entry in notable {
      for f in entry.assessment.findings { result[f.sanction?.level, default: 0] += 1 }
    }
    return result
  }

  /// Findings per rule id, and their severity, most frequent first.
  public var findingsByRule: [(rule: String, severity: Severity, count: Int)] {
    var counts: [String: (Severity, Int)] = [:]
    for entry in notable {
      for f in entry.assessment.findings {
        let old = counts[f.rule] ?? (f.severity, 0)
        counts[f.rule] = (max(old.0, f.severity), old.1 + 1)
      }
    }
    return counts.map { ($0.key, $0.value.0, $0.value.1) }
      .sorted { ($0.count, $1.rule) > ($1.count, $0.rule) }
  }
}
