import ArgumentParser
import Foundation
import NetralPacks

/// `netral packs`: the packs in force, or the diagnostics of one pack file.
struct PacksCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "packs",
    abstract: "List the packs in force (bundled and --pack), or validate a pack file.")

  @Option(
    name: .customLong("validate"),
    help: ArgumentHelp(
      "Validate a pack file and print each problem as file:line:column: message.", valueName: "file"
    ))
  var validateFile: String?

  @OptionGroup var run: RunOptions

  func execute() throws -> ExitCode {
    if let validateFile { return try validate(validateFile) }
    let packs = try run.packSet()
    var out = ""
    for pack in packs.packs {
      out += "\(pack.id)  \(pack.title)  (\(pack.source))\n"
      for election in pack.elections {
        let span = [election.calendar.first?.start, election.calendar.last?.end].compactMap { $0 }
        out += "  \(election.id)  \(election.title)  \(span.joined(separator: " … "))\n"
      }
    }
    try OutputStream(path: nil).write(out)
    return ExitStatus.clean
  }

  private func validate(_ path: String) throws -> ExitCode {
    guard FileManager.default.fileExists(atPath: path) else {
      throw RunError("\(path): no such file")
    }
    let diagnostics = PackLoader.validate(file: URL(fileURLWithPath: path))
    guard diagnostics.isEmpty else { throw RunError(diagnostics, path: path) }
    try OutputStream(path: nil).write("\(path): ok\n")
    return ExitStatus.clean
  }
}
