/// An interchange record that could not be read, located by source, line and field.
public struct InterchangeError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file name (or `-` for standard input).
  public var source: String
  /// 1-based line number.
  public var line: Int
  /// The field at fault (`kind`, `actor.type`, `media[0].type`), if any.
  public var field: String?
  /// What is wrong, lowercase, no trailing period.
  public var reason: String

  /// Creates an error.
  public init(source: String, line: Int, field: String? = nil, reason: String) {
    self.source = source
    self.line = line
    self.field = field
    self.reason = reason
  }

  /// `file:line: field: reason`.
  public var description: String {
    if let field { return "\(source):\(line): '\(field)': \(reason)" }
    return "\(source):\(line): \(reason)"
  }
}
