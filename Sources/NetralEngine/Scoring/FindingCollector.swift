import NetralCore

/// The findings of one check as its rules match, with what the rest of the check needs from
/// them: the tickets their matches named (for the phase), the score and which rules matched.
///
/// A value the checker owns (not variables captured by a nested function: those made the
/// finished ``NetralCore/Assessment`` be built in a temporary and copied on return).
struct FindingCollector {
  /// The findings, in rule order; sanction and citations are filled in after the phase.
  var findings: [Finding] = []
  /// The tickets the matches named, in order.
  var tickets: [Int32] = []
  /// The score of the findings added.
  var score = Scorer()
  /// The rules that matched, one bit each (their findings are in rule order).
  var matched: UInt32 = 0

  /// Adds the finding of rule `k`'s `match`, worded by `wording` (or as `cache` remembers it).
  mutating func add(_ k: Int, _ match: RuleMatch, _ wording: RuleWording, cache: inout WordingCache) {
    if findings.isEmpty { findings.reserveCapacity(2) }
    findings.append(
      Finding(
        rule: wording.id, severity: wording.severity, message: cache.message(k, wording, match),
        evidence: match.evidence, suggestion: cache.suggestion(k, wording, match)))
    // The first match's tickets are shared, not copied.
    if tickets.isEmpty { tickets = match.tickets } else { tickets += match.tickets }
    score.add(wording.severity, strength: match.strength)
    matched |= 1 << UInt32(k)
  }
}
