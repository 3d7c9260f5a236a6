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

/// Feeds records to a reporter and writes what it returns as it comes.
final class ReportWriter {
  private var reporter: any Reporter
  private let stream: OutputStream

  init(format: ReportFormat, options: ReportOptions, path: String?) throws {
    reporter = format.makeReporter(options: options)
    stream = try OutputStream(path: path)
    try stream.write(reporter.begin())
  }

  /// Writes the entry's text; `beforeOutput` runs first when there is text to write.
  func write(_ entry: ReportEntry, beforeOutput: () -> Void = {}) throws {
    let text = reporter.report(entry)
    guard !text.isEmpty else { return }
    beforeOutput()
    try stream.write(text)
  }

  func finish(_ summary: AuditSummary) throws {
    try stream.write(reporter.finish(summary))
    try stream.close()
  }
}
