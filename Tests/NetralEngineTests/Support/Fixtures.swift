import Foundation
import NetralEngine
import NetralPacks

/// Shared test fixtures: the repository root and a checker over the test packs.
enum Fixtures {
  /// The repository root, found from this file's path.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The bundled packs.
  static let packs: PackSet = {
    do { return PackSet(try PackLoader.bundled()) } catch { preconditionFailure("bundled packs: \(error)") }
  }()

  /// A checker over ``packs``.
  static let checker: Checker = {
    do { return try Checker(packs: packs) } catch { preconditionFailure("checker: \(error)") }
  }()
}
