/// A failure that stops a whole input: a hostile or unreadable archive, an unknown format, a
/// missing file. Record-level problems never throw; they become unreadable ``SourceRecord``s.
public struct ImportError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input or entry at fault (`export.zip:data/../x.js`, `posts.csv`).
  public var source: String
  /// What is wrong, lowercase, no trailing period.
  public var reason: String

  /// Creates an error.
  public init(source: String, reason: String) {
    self.source = source
    self.reason = reason
  }

  /// `source: reason`.
  public var description: String { "\(source): \(reason)" }
}
