import Foundation

/// Runs the built `netral` executable, found in the products directory next to the test bundle.
enum NetralBinary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static var url: URL {
    var dir = Bundle.main.bundleURL
    if dir.pathExtension == "xctest" { dir.deleteLastPathComponent() }
    let candidate = dir.appendingPathComponent("netral")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
      let other = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("netral")
      if FileManager.default.isExecutableFile(atPath: other.path) { return other }
    }
    return candidate
  }

  /// Runs `netral arguments` in `directory` with `stdin` piped in; NO_COLOR is cleared and
  /// TERM set to dumb unless `environment` says otherwise.
  static func run(
    _ arguments: [String], stdin: String? = nil, in directory: URL? = nil,
    environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = nil
    env["TERM"] = "dumb"
    for (k, v) in environment { env[k] = v }
    process.environment = env
    let input = Pipe()
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }
}

/// The repository's `Fixtures/` folder.
enum FixturePaths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
  static let examples = root.appendingPathComponent("Examples")
  static let scenarios = root.appendingPathComponent("Scenarios")
}
