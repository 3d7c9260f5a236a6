public import NetralCore

/// Hides actor names and ids before another reporter sees them, replacing each with a stable
/// pseudonym (`akun-3fa2c1`) so that per-account counts still add up.
public struct RedactingReporter: Reporter {
  private var base: any Reporter

  /// Wraps `base`.
  public init(_ base: any Reporter) { self.base = base }

  /// Forwards to the wrapped reporter.
  public mutating func begin() -> String { base.begin() }

  /// Redacts the entry, then forwards it.
  public mutating func report(_ entry: ReportEntry) -> String {
    base.report(Self.redact(entry))
  }

  /// Forwards to the wrapped reporter.
  public mutating func finish(_ summary: AuditSummary) -> String { base.finish(summary) }

  /// `entry` with its actor's name and id replaced by a pseudonym, and evidence quoting the
  /// actor's name masked.
  public static func redact(_ entry: ReportEntry) -> ReportEntry {
    var entry = entry
    if var activity = entry.activity, var actor = activity.actor {
      let key = actor.id ?? actor.name ?? ""
      if !key.isEmpty {
        let alias = pseudonym(for: key)
        actor.id = actor.id == nil ? nil : alias
        actor.name = actor.name == nil ? nil : alias
      }
      activity.actor = actor
      entry.activity = activity
    }
    for f in entry.assessment.findings.indices {
      for e in entry.assessment.findings[f].evidence.indices
      where entry.assessment.findings[f].evidence[e].field == .actorName {
        entry.assessment.findings[f].evidence[e].text = "***"
      }
    }
    return entry
  }

  /// `akun-` and six hex digits of the FNV-1a hash of `key`.
  public static func pseudonym(for key: String) -> String {
    var hash: UInt32 = 0x811c_9dc5
    for byte in key.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    let hex = String(hash & 0xFF_FFFF, radix: 16)
    return "akun-" + String(repeating: "0", count: 6 - hex.count) + hex
  }
}
