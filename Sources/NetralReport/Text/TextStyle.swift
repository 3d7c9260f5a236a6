/// Plain or ANSI-coloured decoration of the text report. Reporters ask for a role; only this
/// type knows escape codes.
public struct TextStyle: Sendable {
  /// What a piece of text is.
  public enum Role: Sendable {
    /// A violation's label and carets.
    case violation
    /// A review's label and carets.
    case review
    /// An unreadable record.
    case error
    /// A clean verdict.
    case clean
    /// Line numbers and bars.
    case gutter
    /// Sanction, basis and suggestion lines.
    case note
    /// Locations and messages.
    case emphasis
    /// Separators.
    case dim
  }

  /// Whether to emit ANSI escapes.
  public var colored: Bool

  /// Creates a style.
  public init(colored: Bool) { self.colored = colored }

  /// `text` decorated for `role`.
  public func paint(_ text: String, _ role: Role) -> String {
    guard colored, !text.isEmpty else { return text }
    let code =
      switch role {
      case .violation: "1;31"
      case .review: "1;33"
      case .error: "1;35"
      case .clean: "1;32"
      case .gutter: "1;34"
      case .note: "36"
      case .emphasis: "1"
      case .dim: "2"
      }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
