import ArgumentParser

/// A command whose failures print `netral: message` on stderr and exit with status 2.
protocol RunningCommand: ParsableCommand {
  /// The work; returns the exit status.
  func execute() throws -> ExitCode
}

extension RunningCommand {
  func run() throws {
    let status: ExitCode
    do {
      status = try execute()
    } catch let error as RunError {
      let prefix = error.located ? "" : "netral: "
      StandardError.write(
        error.description.split(separator: "\n").map { "\(prefix)\($0)\n" }.joined())
      throw ExitStatus.error
    }
    if status != ExitStatus.clean { throw status }
  }
}
