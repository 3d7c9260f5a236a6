import NetralText
import NetralPacks
import NetralCore

/// Turns findings into a 0–100 score: explainable and monotone (adding a finding or evidence
/// never lowers it).
///
/// - a violation finding scores 70 + its strength (0–20); a review finding 30 + strength/2;
/// - each further violation finding adds 3;
/// - outside any election window the score is multiplied by 0.6 (the content is still reported).
struct Scorer {
  /// The best single finding's score so far.
  private var best = 0
  /// How many violation findings were added.
  private var violations = 0
  /// Whether any finding was added.
  private var any = false

  /// Adds a finding of `severity` whose match had `strength`.
  mutating func add(_ severity: Severity, strength: Int) {
    let violation = severity == .violation
    best = max(best, violation ? 70 + min(20, strength) : 30 + min(20, strength) / 2)
    if violation { violations += 1 }
    any = true
  }

  /// The score of the findings added, 0 for none.
  func total(inWindow: Bool) -> Int {
    guard any else { return 0 }
    var total = best + max(0, violations - 1) * 3
    if !inWindow { total = Int((Double(total) * 0.6).rounded()) }
    return min(100, max(1, total))
  }
}
