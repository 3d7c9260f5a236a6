import ArgumentParser
import Foundation
import NetralAudit
import NetralCore
import NetralEngine
import NetralImport
import NetralReport

/// `netral audit PATH…`: bulk, streaming.
struct AuditCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract:
      "Audit activity in bulk: JSON Lines (- for standard input), CSV, or platform exports (X, Facebook, Instagram, TikTok) as files, folders or .zip."
  )

  @Argument(
    help: ArgumentHelp(
      "Files, folders or .zip archives; - reads JSON Lines from standard input.", valueName: "path")
  )
  var paths: [String]

  @Option(
    name: .customLong("input-format"), help: "Input format when it cannot be told from the file.")
  var inputFormat: InputFormat?

  @Option(help: ArgumentHelp("Worker threads (default: all cores).", valueName: "n"))
  var workers: Int?

  @OptionGroup var run: RunOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if paths.isEmpty {
      throw ValidationError("audit: give at least one path (- for standard input)")
    }
    if let workers, workers < 1 { throw ValidationError("--workers: must be at least 1") }
    if paths.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("audit: - given more than once")
    }
  }

  func execute() throws -> ExitCode {
    let (checker, packs) = try run.checker()
    let options = ReportConfiguration.options(
      output: output, run: run, rules: checker.rules, packs: packs, reportsClean: false)
    let records = try AuditInput.records(paths: paths, format: inputFormat, actor: defaultActor)
    let progress = ProgressBar(
      total: StandardError.isTerminal ? ProgressBar.estimateTotal(paths) : nil,
      enabled: StandardError.isTerminal)
    let sharesTerminal = output.output == nil && isatty(1) == 1 && StandardError.isTerminal
    let writer = try ReportWriter(
      format: output.format, options: options, path: output.output, buffered: !sharesTerminal)
    let auditor = Auditor(options: AuditOptions(workers: workers))
    // Unwrapped once: `renderer?.renderBytes` in `prepare` copied the optional existential for
    // every record (~180 instructions a line).
    var render: (@Sendable (SourceRecord, Assessment) -> [UInt8])? = nil
    if let renderer = writer.renderer {
      render = { record, assessment in renderer.renderBytes(record: record, assessment: assessment) }
    }
    let renderRecord = render
    let summary: AuditSummary
    do {
      summary = try auditor.run(
        pending: records, state: { Checker.Workspace() }, check: { checker.check($0, reusing: &$1) },
        prepare: { record, assessment in renderRecord?(record, assessment) },
        emit: { record, assessment, rendered in
          // The entry is built only when the reporter must see it (nothing was rendered).
          try writer.write(
            ReportEntry(record: record, assessment: assessment), rendered: rendered
          ) {
            if sharesTerminal { progress.clear() }
          }
          progress.advance()
        },
        flush: { try writer.flush() })
    } catch let error as RunError {
      progress.finish()
      throw error
    } catch {
      progress.finish()
      throw RunError(String(describing: error))
    }
    progress.finish()
    try writer.finish(summary)
    for file in summary.files {
      for reason in file.unreadable { StandardError.write("netral: \(reason)\n") }
      if file.unreadableCount > file.unreadable.count {
        StandardError.write(
          "netral: \(file.source): \(file.unreadableCount - file.unreadable.count) more unreadable records; each has its error verdict in the report\n"
        )
      }
    }
    return ExitStatus.of(summary, failOn: output.failOn)
  }

  /// The actor assumed for records that do not name one.
  private var defaultActor: Actor? {
    guard run.actor != nil || run.actorName != nil else { return nil }
    return Actor(name: run.actorName, type: run.actor ?? .unknown)
  }
}
