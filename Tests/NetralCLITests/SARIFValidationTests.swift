import Foundation
import Testing

/// The SARIF the binary writes for the example audit passes `Scripts/validate-sarif.py`
/// (the 2.1.0 schema's required properties and rule indexes; the schema file itself is not on
/// the build machines, see Docs/CLI.md).
@Suite("SARIF validation", .enabled(if: PythonAvailability.present, "needs python3"))
struct SARIFValidationTests {
  @Test("the example audit's SARIF log passes the validator script")
  func exampleAudit() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "netral-sarif-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let log = dir.appendingPathComponent("example.sarif")
    let audit = try NetralBinary.run([
      "audit", FixturePaths.examples.appendingPathComponent("activities.jsonl").path,
      "--format", "sarif", "--output", log.path,
    ])
    #expect(audit.status == 0 || audit.status == 1)
    let script = FixturePaths.root.deletingLastPathComponent().appendingPathComponent(
      "Scripts/validate-sarif.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: PythonAvailability.path)
    process.arguments = [script.path, log.path]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let problems = String(
      decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(problems)")
    #expect(problems.isEmpty)
  }
}

enum PythonAvailability {
  static let path = "/usr/bin/python3"
  static var present: Bool { FileManager.default.isExecutableFile(atPath: path) }
}
