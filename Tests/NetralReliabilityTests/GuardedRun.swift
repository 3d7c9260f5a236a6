import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `netral` executable under a watchdog: output goes to files (so a huge report
/// cannot dead-lock a pipe), the child is killed after `timeout` seconds, and `wait4` reports how
/// it ended (exit status or signal) and its peak resident memory.
enum GuardedRun {
  struct Result {
    /// Exit status, or nil when a signal ended it.
    var status: Int32?
    /// The signal that ended it (SIGSEGV, SIGILL for a Swift trap, SIGKILL from the watchdog).
    var signal: Int32?
    var timedOut: Bool
    var stdout: String
    var stderr: String
    /// Peak resident set size in kilobytes.
    var maxRSSKilobytes: Int

    /// The verdict lines of a `--format jsonl` report, parsed.
    var verdicts: [[String: Any]] {
      stdout.split(separator: "\n").compactMap {
        (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
      }
    }

    /// Lines of standard output that are not JSON objects (must be none for jsonl reports).
    var unparsableLines: Int {
      stdout.split(separator: "\n").count - verdicts.count
    }

    /// It ended by itself with a status (no crash, no watchdog).
    var endedCleanly: Bool { status != nil && signal == nil && !timedOut }

    /// Whether its peak memory stayed under `megabytes`. Always true under AddressSanitizer
    /// (`Scripts/sanitize.sh` sets `ASAN_OPTIONS`): shadow memory and the quarantine multiply
    /// the resident size, so a bound there says nothing about netral.
    func peakMemory(under megabytes: Int) -> Bool {
      ProcessInfo.processInfo.environment["ASAN_OPTIONS"] != nil || maxRSSKilobytes < megabytes * 1024
    }
  }

  static var binary: URL {
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

  /// Runs `netral arguments` (stdin from `stdinFile` or /dev/null), killed after `timeout`.
  static func netral(
    _ arguments: [String], stdinFile: String? = nil, timeout: Double = 120,
    environment: [String: String] = [:]
  ) throws -> Result {
    try run(binary.path, arguments, stdinFile: stdinFile, timeout: timeout, environment: environment)
  }

  /// Runs any executable the same way.
  static func run(
    _ executable: String, _ arguments: [String], stdinFile: String? = nil, timeout: Double = 120,
    environment: [String: String] = [:]
  ) throws -> Result {
    let scratch = try Scratch()
    let outPath = scratch.path("stdout")
    let errPath = scratch.path("stderr")

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinFile ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TERM"] = "dumb"
    for (k, v) in environment { env[k] = v }
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp: [UnsafeMutablePointer<CChar>?] = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }

    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, envp)
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable])
    }

    var status: Int32 = 0
    var usage = rusage()
    let deadline = Date().addingTimeInterval(timeout)
    var timedOut = false
    // Linux carries the spawning process's own high-water mark into a child that is started with
    // posix_spawn (vfork + exec), so `ru_maxrss` would report the test process's memory. The
    // child's own peak is its mm's VmHWM, read from /proc while it runs.
    var polledPeakKilobytes: Int?
    while true {
      if let hwm = Self.highWaterMarkKilobytes(of: pid) {
        polledPeakKilobytes = max(polledPeakKilobytes ?? 0, hwm)
      }
      let reaped = wait4(pid, &status, WNOHANG, &usage)
      if reaped == pid { break }
      if reaped < 0 && errno != EINTR { break }
      if Date() > deadline, !timedOut {
        timedOut = true
        kill(pid, SIGKILL)
      }
      usleep(5_000)
    }
    let signal = status & 0x7F
    return Result(
      status: signal == 0 ? (status >> 8) & 0xFF : nil,
      signal: signal == 0 ? nil : signal,
      timedOut: timedOut,
      stdout: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: outPath))) ?? Data(), as: UTF8.self),
      stderr: String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: errPath))) ?? Data(), as: UTF8.self),
      maxRSSKilobytes: polledPeakKilobytes ?? Int(usage.ru_maxrss))
  }

  /// The `VmHWM` line of `/proc/PID/status` (peak resident size of the process's own memory).
  static func highWaterMarkKilobytes(of pid: pid_t) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "")
    }
    return nil
  }
}

/// A temporary folder for one test, removed when the value is dropped.
final class Scratch {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "netral-hostile-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: root) }

  func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

  /// Writes `bytes` at `relative` (creating folders) and returns its path.
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
}

/// The repository's `Fixtures/Hostile` folder.
enum HostileFixtures {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")
  static func path(_ name: String) -> String {
    root.appendingPathComponent("Hostile").appendingPathComponent(name).path
  }
}
