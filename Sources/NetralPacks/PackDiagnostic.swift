/// One problem found in a pack file, at a line and column (both 1-based; columns count Unicode
/// scalars).
public struct PackDiagnostic: Sendable, Hashable, CustomStringConvertible {
  /// The file (path or `bundled:NAME`) the problem is in.
  public var file: String
  /// Line, from 1.
  public var line: Int
  /// Column, from 1.
  public var column: Int
  /// What is wrong: one lowercase line without a trailing period.
  public var message: String

  /// Creates a diagnostic.
  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:column: message`.
  public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// A pack failed to load; `diagnostics` lists every problem found (all at once, in file order).
public struct PackError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Every problem found.
  public var diagnostics: [PackDiagnostic]

  /// Creates an error.
  public init(diagnostics: [PackDiagnostic]) { self.diagnostics = diagnostics }

  /// One diagnostic per line.
  public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
