import Foundation
import NetralCore

/// How one file of an input is read.
enum FilePlan {
  /// Interchange JSON Lines.
  case jsonLines
  /// CSV with the documented header.
  case csv
  /// A platform JSON file read record by record.
  case elements(ElementMapper)
  /// A platform JSON document read whole (bounded by the entry limit).
  case document(DocumentMapper)
  /// A data file with no activities: one skipped record says so.
  case notRead
  /// Not data (media, read-me files): no record.
  case ignored

  /// How the file at `path` (relative, `/`-separated) of an input in `format` is read.
  static func plan(format: InputFormat, path: String) -> FilePlan {
    // Files a Mac adds when re-zipping (`__MACOSX/…`, `._name`, `.DS_Store`) are not data.
    if path.hasPrefix("__MACOSX/") || FileName(path).name.hasPrefix(".") { return .ignored }
    switch format {
    case .jsonl: return genericPlan(path, main: .jsonLines)
    case .csv: return genericPlan(path, main: .csv)
    case .x: return XArchive.plan(path: path)
    case .facebook: return FacebookExport.plan(path: path)
    case .instagram: return InstagramExport.plan(path: path)
    case .tiktok: return TikTokExport.plan(path: path)
    }
  }

  /// How a single file given on its own is read: the format's main reader for JSON Lines, CSV
  /// and TikTok whatever the file is called; by name for the others (X files not named like
  /// any archive file are read as tweets).
  static func single(format: InputFormat, path: String) -> FilePlan {
    switch format {
    case .jsonl: .jsonLines
    case .csv: .csv
    case .tiktok: .document(TikTokExport.document)
    case .x:
      // A lone X file not named like one (standard input, a renamed file) is read as tweets.
      plan(format: format, path: path).reads
        ? plan(format: format, path: path) : .elements(XArchive.tweet)
    case .facebook, .instagram: plan(format: format, path: path)
    }
  }

  private static func genericPlan(_ path: String, main: FilePlan) -> FilePlan {
    switch FileName(path).ext {
    case "jsonl", "ndjson", "json", "txt", "": if case .jsonLines = main { return main }
    case "csv", "tsv": if case .csv = main { return main }
    default: break
    }
    return FileName(path).isData ? .notRead : .ignored
  }

  /// Whether the file's bytes are read (and so must be checked when in a zip).
  var reads: Bool {
    switch self {
    case .notRead, .ignored: false
    default: true
    }
  }

  /// Whether the file yields any record.
  var isRecorded: Bool {
    if case .ignored = self { return false }
    return true
  }

  func reader(for file: InputFile, limits: ArchiveLimits, finisher: RecordFinisher) throws
    -> any RecordReader
  {
    switch self {
    case .jsonLines:
      return JSONLinesReader(
        source: file.source, chunks: try file.open(), cap: limits.maxRecordSize, finisher: finisher)
    case .csv:
      return CSVReader(
        source: file.source, chunks: try file.open(), cap: limits.maxRecordSize, finisher: finisher)
    case .elements(let mapper):
      return ElementReader(
        source: file.source, path: file.path, chunks: try file.open(), cap: limits.maxRecordSize,
        mapper: mapper,
        finisher: finisher)
    case .document(let mapper):
      return DocumentReader(
        source: file.source, path: file.path, chunks: try file.open(),
        limit: limits.maxDocumentSize, mapper: mapper,
        finisher: finisher)
    case .notRead, .ignored:
      return NotReadReader(source: file.source, finisher: finisher)
    }
  }
}

/// The parts of a relative path that decide how it is read.
struct FileName {
  /// The last component, lowercased (`tweets-part1.js`).
  let name: String
  /// The extension, lowercased, without the dot (`js`).
  let ext: String
  /// The name without extension and without a `-partN`/`_N` suffix (`tweets`).
  let stem: String
  /// The folders, lowercased (`["data"]`).
  let folders: [String]

  init(_ path: String) {
    let parts = path.lowercased().split(separator: "/").map(String.init)
    name = parts.last ?? ""
    folders = Array(parts.dropLast())
    if let dot = name.lastIndex(of: ".") {
      ext = String(name[name.index(after: dot)...])
      stem = Self.withoutPartSuffix(name[..<dot])
    } else {
      ext = ""
      stem = name
    }
  }

  /// `stem` without a final `-partN` or `_N`, N one or more decimal digits (what the pattern
  /// `(-part\d+|_\d+)$` removes, read without compiling a regular expression: that cost
  /// 10 million instructions, a third of an empty audit's start-up).
  static func withoutPartSuffix(_ stem: Substring) -> String {
    let scalars = stem.unicodeScalars
    var digitsStart = scalars.endIndex
    while digitsStart > scalars.startIndex,
      scalars[scalars.index(before: digitsStart)].properties.generalCategory == .decimalNumber
    {
      digitsStart = scalars.index(before: digitsStart)
    }
    guard digitsStart < scalars.endIndex else { return String(stem) }
    let head = scalars[..<digitsStart]
    if head.last == "_" { return String(String.UnicodeScalarView(head.dropLast())) }
    if head.reversed().starts(with: "trap-".unicodeScalars) {
      return String(String.UnicodeScalarView(head.dropLast(5)))
    }
    return String(stem)
  }

  /// Whether the file holds structured data (as opposed to media or read-me text).
  var isData: Bool { ["js", "json", "jsonl", "ndjson", "csv"].contains(ext) }
}
