import Foundation
import NetralCore
import Testing
import ZIPFoundation

@testable import NetralImport

/// One golden line per record: the interchange line for an activity, otherwise the record's
/// id, source and reason, with the fixture folder's path removed so lines are portable.
func goldenLines(_ records: [SourceRecord], root: String) -> [String] {
  func portable(_ s: String) -> String { s.replacingOccurrences(of: root + "/", with: "") }
  return records.map { record in
    switch record.content {
    case .activity(let activity):
      return ActivityEncoder.line(activity)
    case .skipped(let reason):
      return
        "{\"id\":\(JSONWriter.quoted(portable(record.id))),\"source\":\(JSONWriter.quoted(portable(record.source))),\"skipped\":\(JSONWriter.quoted(reason))}"
    case .unreadable(let reason):
      return
        "{\"id\":\(JSONWriter.quoted(portable(record.id))),\"source\":\(JSONWriter.quoted(portable(record.source))),\"unreadable\":\(JSONWriter.quoted(portable(reason)))}"
    }
  }
}

/// Zips `folder` (entries relative to it) into `zip`.
func zipFolder(_ folder: URL, to zip: URL) throws {
  let archive = try Archive(url: zip, accessMode: .create)
  let walker = FileManager.default.enumerator(
    at: folder, includingPropertiesForKeys: [.isRegularFileKey])
  var paths: [String] = []
  while let url = walker?.nextObject() as? URL {
    guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else {
      continue
    }
    paths.append(
      String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1)))
  }
  for path in paths.sorted(by: InputLocation.readingOrder) {
    try archive.addEntry(with: path, relativeTo: folder, compressionMethod: .deflate)
  }
}

@Suite("Golden exports: fixture → interchange JSON Lines")
struct GoldenTests {
  static let cases: [(name: String, input: String, format: InputFormat, actor: Actor?)] = [
    ("x", "x", .x, Actor(type: .pns)),
    ("facebook", "facebook", .facebook, Actor(type: .pns)),
    ("instagram", "instagram", .instagram, Actor(type: .pppk)),
    ("tiktok", "tiktok/user_data_tiktok.json", .tiktok, Actor(type: .nonASN)),
    ("csv", "csv/activities.csv", .csv, nil),
    ("jsonl", "jsonl/activities.jsonl", .jsonl, nil),
  ]

  @Test(
    "each fixture sniffs as its format and yields exactly the expected lines",
    arguments: cases.map(\.name))
  func golden(_ name: String) throws {
    let item = try #require(Self.cases.first { $0.name == name })
    let root = fixturesRoot.appendingPathComponent("Exports")
    let input = root.appendingPathComponent(item.input).path
    #expect(try Importer.sniff(input) == item.format)
    let records = Array(try Importer.open(input, options: ImportOptions(actor: item.actor)))
    let lines = goldenLines(records, root: root.path)
    let expectedURL = root.appendingPathComponent("\(name).expected.jsonl")
    if ProcessInfo.processInfo.environment["NETRAL_UPDATE_GOLDEN"] != nil {
      try (lines.joined(separator: "\n") + "\n").write(
        to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8).split(separator: "\n").map(
      String.init)
    #expect(lines.count == expected.count)
    for (got, want) in zip(lines, expected) { #expect(got == want) }
    // Every activity line reads back as the same activity.
    for record in records {
      guard let activity = record.activity else { continue }
      let line = ActivityEncoder.line(activity)
      #expect(
        try ActivityDecoder().decode(line: Array(line.utf8), source: name, line: 1) == activity)
    }
  }

  @Test(
    "a platform folder zipped gives the same records, read straight from the zip",
    arguments: ["x", "facebook", "instagram"])
  func zipped(_ name: String) throws {
    let files = try TestFiles()
    let folder = fixturesRoot.appendingPathComponent("Exports/\(name)")
    let zip = files.root.appendingPathComponent("\(name)-export.zip")
    try zipFolder(folder, to: zip)
    #expect(try Importer.sniff(zip.path) == InputFormat(rawValue: name))
    let fromFolder = Array(try Importer.open(folder.path, options: ImportOptions()))
    let fromZip = Array(try Importer.open(zip.path, options: ImportOptions()))
    #expect(fromZip.map(\.content.kindName) == fromFolder.map(\.content.kindName))
    #expect(fromZip.compactMap(\.activity) == fromFolder.compactMap(\.activity))
    #expect(fromZip.allSatisfy { $0.source.hasPrefix(zip.path + ":") })
  }
}

extension SourceRecord.Content {
  var kindName: String {
    switch self {
    case .activity: "activity"
    case .skipped(let r): "skipped: \(r)"
    case .unreadable: "unreadable"
    }
  }
}
