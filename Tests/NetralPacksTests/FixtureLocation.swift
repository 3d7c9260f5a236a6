import Foundation

/// Where the repository's test fixtures are, found from this file's path.
enum FixtureLocation {
  /// `Fixtures/Packs` at the repository root.
  static let packs = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Packs")

  /// A pack fixture by file name.
  static func pack(_ name: String) -> URL { packs.appendingPathComponent(name) }

  /// `Docs/Packs.md`.
  static let packsDoc = packs.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Docs/Packs.md")
}
