import Foundation
import NetralCore
import NetralPacks
import NetralReport

/// Builds the reporters' options from the command line and the packs in force.
enum ReportConfiguration {
  static func options(
    output: OutputOptions, run: RunOptions, rules: [RuleDescription], packs: PackSet,
    reportsClean: Bool
  ) -> ReportOptions {
    let environment = ProcessInfo.processInfo.environment
    return ReportOptions(
      language: run.language,
      colored: output.colored(environment: environment, stdoutIsTerminal: isatty(1) == 1),
      redact: output.redact, byteOrderMark: output.bom, rules: rules,
      toolVersion: NetralCommand.version, calendars: calendars(packs.elections),
      reportsClean: reportsClean)
  }

  /// The elections' calendars as timeline bands (each phase from its first day's midnight to
  /// the midnight after its last day, in Western Indonesian Time).
  static func calendars(_ elections: [Election]) -> [ElectionCalendar] {
    elections.compactMap { election in
      let bands = election.calendar.compactMap { phase -> ElectionCalendar.Band? in
        guard let start = DateArgument.parse(phase.start), let last = DateArgument.parse(phase.end)
        else { return nil }
        return ElectionCalendar.Band(
          phase: phase.phase, start: start, end: last.addingTimeInterval(86_400))
      }
      return bands.isEmpty
        ? nil : ElectionCalendar(election: election.id, title: election.title, bands: bands)
    }
  }
}

/// Feeds records to a reporter and writes what it returns, buffered: the text reaches the
/// output when ``flush()`` is called (an audit flushes after every chunk), when the buffer
/// fills, and at the end. Unbuffered writes go straight through (a terminal that also shows a
/// progress line).
final class ReportWriter {
  private var reporter: any Reporter
  /// Renders one record's text on any thread, for the formats whose record texts depend on the
  /// record alone (``NetralReport/RecordRenderer``); `nil` for the others.
  let renderer: (any RecordRenderer)?
  private let stream: OutputStream
  private let buffered: Bool
  // Unchecked: only the audit's emitting thread touches it (`write`, `flush`, `finish`), and
  // the dynamic exclusivity check cost ~90 instructions a record.
  @exclusivity(unchecked) private var buffer: [UInt8] = []
  private static let bufferLimit = 1 << 16

  init(format: ReportFormat, options: ReportOptions, path: String?, buffered: Bool = true) throws {
    reporter = format.makeReporter(options: options)
    renderer = format.makeRenderer(options: options)
    stream = try OutputStream(path: path)
    self.buffered = buffered
    if buffered { buffer.reserveCapacity(Self.bufferLimit + 4096) }
    try stream.write(reporter.begin())
  }

  /// Writes the entry's text (`rendered`, the UTF-8 the renderer made already, when it did);
  /// `beforeOutput` runs first when there is text to write.
  func write(
    _ entry: @autoclosure () -> ReportEntry, rendered: [UInt8]? = nil,
    beforeOutput: () -> Void = {}
  ) throws {
    let text = rendered ?? Array(reporter.report(entry()).utf8)
    guard !text.isEmpty else { return }
    beforeOutput()
    guard buffered else { return try stream.write(bytes: text) }
    buffer.append(contentsOf: text)
    if buffer.count >= Self.bufferLimit { try flush() }
  }

  /// Writes what is buffered.
  func flush() throws {
    guard !buffer.isEmpty else { return }
    try stream.write(bytes: buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  func finish(_ summary: AuditSummary) throws {
    try flush()
    try stream.write(reporter.finish(summary))
    try stream.close()
  }
}
