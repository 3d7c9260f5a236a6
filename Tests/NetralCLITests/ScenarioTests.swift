import Foundation
import Testing

/// End-to-end cases in `Fixtures/Scenarios/<name>/`: `args` (one argument per line), optional
/// `stdin`, and the expected `stdout`, `stderr` and `status`. The binary runs in the scenario's
/// folder. `NETRAL_RECORD_SNAPSHOTS=1` rewrites the expectations.
@Suite("CLI scenarios")
struct ScenarioTests {
  static var names: [String] {
    let items =
      (try? FileManager.default.contentsOfDirectory(atPath: FixturePaths.scenarios.path)) ?? []
    return items.filter {
      FileManager.default.fileExists(
        atPath: FixturePaths.scenarios.appendingPathComponent("\($0)/args").path)
    }.sorted()
  }

  @Test("scenario output matches", arguments: names)
  func scenario(_ name: String) throws {
    let folder = FixturePaths.scenarios.appendingPathComponent(name)
    func read(_ file: String) -> String? {
      try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
    let args = (read("args") ?? "").split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init).filter { !$0.isEmpty }
    let result = try NetralBinary.run(args, stdin: read("stdin"), in: folder)
    let actual = ["stdout": result.stdout, "stderr": result.stderr, "status": "\(result.status)\n"]
    if ProcessInfo.processInfo.environment["NETRAL_RECORD_SNAPSHOTS"] == "1" {
      for (file, text) in actual {
        try Data(text.utf8).write(to: folder.appendingPathComponent("expected.\(file)"))
      }
    }
    for (file, text) in actual.sorted(by: { $0.key < $1.key }) {
      #expect(text == read("expected.\(file)"), "\(name): \(file)")
    }
  }
}
