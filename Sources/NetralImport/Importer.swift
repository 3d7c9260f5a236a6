import Foundation
import NetralCore

/// Opens exports and interchange files as streams of records.
public enum Importer {
  /// Opens a file, folder or `.zip` (`"-"` = JSON Lines on standard input) and returns a lazy,
  /// streaming sequence of records: every record of every file, in input order.
  ///
  /// - Throws: ``ImportError`` when the whole input must be refused: missing, hostile zip,
  ///   unknown format.
  public static func open(_ path: String, options: ImportOptions = ImportOptions()) throws
    -> RecordStream
  {
    if path == "-" {
      let format = options.format ?? .jsonl
      let stdin = InputFile(
        source: "-", path: "-",
        open: { FileChunks(handle: .standardInput, closesHandle: false) })
      return stream([stdin], format: format, options: options, owner: nil)
    }
    let input = try InputLocation(path, limits: options.limits)
    let format = try options.format ?? sniff(input)
    let wanted = { (relative: String) in FilePlan.plan(format: format, path: relative).reads }
    let files = try input.files(wanted: wanted)
    let owner = ArchiveOwner.find(format: format, files: files, limits: options.limits)
    return stream(files, format: format, options: options, owner: owner)
  }

  /// Tells the format of a file, folder or `.zip` from its name, layout and first bytes.
  ///
  /// - Throws: ``ImportError`` when it cannot be told or the input cannot be read.
  public static func sniff(_ path: String) throws -> InputFormat {
    if path == "-" { return .jsonl }
    return try sniff(InputLocation(path, limits: ArchiveLimits()))
  }

  private static func sniff(_ input: InputLocation) throws -> InputFormat {
    switch input.kind {
    case .file:
      if let format = FormatSniffer.format(fileName: input.path, head: input.head()) {
        return format
      }
    case .folder, .zip:
      if let format = FormatSniffer.format(paths: try input.paths()) { return format }
    }
    throw ImportError(
      source: input.path, reason: "cannot tell the format; name it with --format")
  }

  private static func stream(
    _ files: [InputFile], format: InputFormat, options: ImportOptions, owner: Actor?
  ) -> RecordStream {
    let finisher = RecordFinisher(override: options.actor, owner: owner, platform: format.platform)
    let limits = options.limits
    let planned = files.filter { FilePlan.plan(format: format, path: $0.path).isRecorded }
    return RecordStream(files: planned) { file in
      let plan = FilePlan.plan(format: format, path: file.path)
      return try plan.reader(for: file, limits: limits, finisher: finisher)
    }
  }
}
