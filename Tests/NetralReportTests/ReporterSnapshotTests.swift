import Foundation
import NetralCore
import Testing

@testable import NetralReport

/// Every reporter renders the same hand-built audit; the output must match
/// `Fixtures/Scenarios/reporters/expected.<format>`. `NETRAL_RECORD_SNAPSHOTS=1` rewrites them.
@Suite("Reporter snapshots")
struct ReporterSnapshotTests {
  static let folder = FixturePaths.root.appendingPathComponent("Scenarios/reporters")

  @Test("each format matches its snapshot", arguments: ReportFormat.allCases)
  func snapshot(_ format: ReportFormat) throws {
    let out = SampleReport.render(
      format, options: ReportOptions(toolVersion: "test", calendars: [SampleReport.calendar]))
    let file = Self.folder.appendingPathComponent("expected.\(format.rawValue)")
    if ProcessInfo.processInfo.environment["NETRAL_RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(out.utf8).write(to: file)
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(out == expected)
  }
}
