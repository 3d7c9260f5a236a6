import NetralCore

extension Scene {
  /// Whether `test` holds for one of the actor's own fields (``firstOwnField(_:)``'s order):
  /// the cheap test a rule makes before it sets up a match.
  func anyOwnField(_ test: (FieldAnalysis) -> Bool) -> Bool {
    firstOwnField { test($0) ? true : nil } ?? false
  }

  /// Whether an own field takes a stance of `kind`.
  func ownStance(_ kind: Stance.Kind) -> Bool {
    anyOwnField { f in f.stances.contains { $0.kind == kind } }
  }
}
