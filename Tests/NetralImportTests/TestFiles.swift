import Foundation
import NetralCore

@testable import NetralImport

/// Temporary files and folders for importer tests, removed when the value is dropped.
final class TestFiles {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "netral-import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  /// Writes `bytes` at `relative` and returns its path.
  @discardableResult
  func write(_ relative: String, _ bytes: [UInt8]) throws -> String {
    let url = root.appendingPathComponent(relative)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Writes `text` as UTF-8 at `relative` and returns its path.
  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, Array(text.utf8))
  }

  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

/// The repository's `Fixtures` folder.
let fixturesRoot = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures")

/// Per-file counts of a record stream, as an audit summary keeps them.
func account(_ records: [SourceRecord]) -> AuditSummary {
  var summary = AuditSummary()
  for record in records { summary.record(record, assessment: nil) }
  return summary
}

extension SourceRecord {
  var activity: Activity? {
    if case .activity(let a) = content { return a }
    return nil
  }
  var skipReason: String? {
    if case .skipped(let r) = content { return r }
    return nil
  }
  var unreadableReason: String? {
    if case .unreadable(let r) = content { return r }
    return nil
  }
}
