import NetralText
import NetralPacks
import NetralCore

/// Turns findings into a 0–100 score: explainable and monotone (adding a finding or evidence
/// never lowers it).
///
/// - a violation finding scores 70 + its strength (0–20); a review finding 30 + strength/2;
/// - each further violation finding adds 3;
/// - outside any election window the score is multiplied by 0.6 (the content is still reported).
enum Scorer {
  static func score(_ findings: [(severity: Severity, strength: Int)], inWindow: Bool) -> Int {
    guard !findings.isEmpty else { return 0 }
    var best = 0
    var violations = 0
    for f in findings {
      let s = f.severity == .violation ? 70 + min(20, f.strength) : 30 + min(20, f.strength) / 2
      best = max(best, s)
      if f.severity == .violation { violations += 1 }
    }
    var total = best + max(0, violations - 1) * 3
    if !inWindow { total = Int((Double(total) * 0.6).rounded()) }
    return min(100, max(1, total))
  }
}
