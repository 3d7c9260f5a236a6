public import NetralCore

/// A word or phrase from a pack, as an officer wrote it (the engine normalizes it).
public struct Term: Sendable, Hashable {
  /// The surface form, e.g. `Cak Imin`, `#AMINajaDulu`, `banteng moncong putih`, `🐃`.
  public var text: String
  /// Whether the term is an ordinary word too ("perubahan", "amin", "garuda", "gemoy") and
  /// counts only with other election context.
  public var ambiguous: Bool
  /// How sure the sources are; `unconfirmed` terms are reported as such, never as certain.
  public var confidence: Confidence

  /// Creates a term.
  public init(_ text: String, ambiguous: Bool = false, confidence: Confidence = .high) {
    self.text = text
    self.ambiguous = ambiguous
    self.confidence = confidence
  }
}
