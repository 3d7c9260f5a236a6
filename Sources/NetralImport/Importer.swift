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
      return try stream(
        [stdin], format: format, options: options, owner: nil, single: true, source: "-")
    }
    let input = try InputLocation(path, limits: options.limits)
    let format = try options.format ?? sniff(input)
    let wanted = { (relative: String) in FilePlan.plan(format: format, path: relative).reads }
    let files = try input.files(wanted: wanted)
    let owner = ArchiveOwner.find(format: format, files: files, limits: options.limits)
    return try stream(
      files, format: format, options: options, owner: owner, single: input.kind == .file,
      source: path)
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
      // A pipe cannot be peeked at without consuming it: it is JSON Lines unless named.
      guard InputLocation.isRegularFile(input.path) else { return .jsonl }
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
    _ files: [InputFile], format: InputFormat, options: ImportOptions, owner: Actor?, single: Bool,
    source: String
  ) throws -> RecordStream {
    let plan = { (path: String) in
      single
        ? FilePlan.single(format: format, path: path) : FilePlan.plan(format: format, path: path)
    }
    let finisher = RecordFinisher(override: options.actor, owner: owner, platform: format.platform)
    let limits = options.limits
    let planned = files.filter { plan($0.path).isRecorded }
    if planned.isEmpty {
      throw ImportError(
        source: source,
        reason:
          "no \(format.rawValue) data files inside; Facebook and Instagram exports must be requested in JSON, not HTML"
      )
    }
    return RecordStream(files: planned) { file in
      try plan(file.path).reader(for: file, limits: limits, finisher: finisher)
    }
  }
}
