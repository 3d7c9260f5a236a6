import Foundation
import NetralEngine
import NetralPacks

/// Shared test fixtures: the repository root and a checker over the test packs.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The packs the tests use: the bundled packs when they hold elections, else the Swift ones.
  static let packs: PackSet = {
    if let bundled = try? PackLoader.bundled(), bundled.contains(where: { !$0.elections.isEmpty }) {
      return PackSet(bundled)
    }
    return TestPacks.all
  }()

  /// A checker over ``packs``.
  static let checker: Checker = {
    do { return try Checker(packs: packs) } catch { preconditionFailure("checker: \(error)") }
  }()
}
