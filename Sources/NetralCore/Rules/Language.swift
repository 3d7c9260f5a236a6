/// The language findings and reports are written in.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  /// Bahasa Indonesia (default).
  case id
  /// English.
  case en
}

/// A text in Indonesian with an English rendering.
public struct LocalizedText: Sendable, Hashable {
  /// Bahasa Indonesia.
  public var id: String
  /// English.
  public var en: String

  /// Creates a localized text.
  public init(id: String, en: String) {
    self.id = id
    self.en = en
  }

  /// The text in `language`.
  public func callAsFunction(_ language: Language) -> String { language == .en ? en : id }
}
