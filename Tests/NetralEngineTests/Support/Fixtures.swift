import Foundation
import NetralCore
import NetralEngine
import NetralEvaluation
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

  /// The activities of the dev evaluation set (empty when it cannot be read: tests require a
  /// count, so that fails them).
  static let devActivities: [Activity] = {
    let url = root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    return (try? EvaluationSet.load(url).map(\.activity)) ?? []
  }()
}
