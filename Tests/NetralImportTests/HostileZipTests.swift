import Foundation
import NetralCore
import NetralTestSupport
import Testing

@testable import NetralImport

/// Lines of varied text that compress only modestly (ratio well under the bound).
private func plainLines(_ count: Int) -> String {
  (0..<count).map { i in
    #"{"id":"h\#(i)","kind":"post","text":"Laporan harian \#(i * 7919 % 10007) dari kelurahan \#(i * 31 % 97)"}"#
  }.joined(separator: "\n") + "\n"
}

@Suite("Hostile zips are refused before any record is read")
struct HostileZipTests {
  /// Opens `zip` and returns the refusal.
  private func refusal(_ path: String, limits: ArchiveLimits = ArchiveLimits()) throws
    -> ImportError
  {
    do {
      _ = try Importer.open(path, options: ImportOptions(format: .jsonl, limits: limits))
    } catch let error as ImportError {
      return error
    }
    Issue.record("\(path) was not refused")
    throw ImportError(source: path, reason: "not refused")
  }

  @Test("an entry climbing out with '..'")
  func dotDot() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("data/ok.jsonl", plainLines(2))
    zip.add("data/../../etc/cron.d/evil.jsonl", plainLines(1))
    let path = files.path("dotdot.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    let error = try refusal(path)
    #expect(
      error.description
        == "\(path):data/../../etc/cron.d/evil.jsonl: refused: entry path climbs out with '..'")
  }

  @Test("an entry with an absolute path")
  func absolute() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("/tmp/evil.jsonl", plainLines(1))
    let path = files.path("absolute.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    #expect(try refusal(path).reason == "refused: absolute path entry")
  }

  @Test("a symlink entry")
  func symlink() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("activities.jsonl", plainLines(1))
    zip.addSymlink("data/link.jsonl", to: "/etc/passwd")
    let path = files.path("symlink.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    let error = try refusal(path)
    #expect(error.source == "\(path):data/link.jsonl" && error.reason == "refused: symlink entry")
  }

  @Test("a bomb: compression ratio past the bound")
  func ratioBomb() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("bomb.jsonl", bytes: [UInt8](repeating: UInt8(ascii: " "), count: 4 << 20))
    let path = files.path("bomb.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    let error = try refusal(path)
    #expect(error.source == "\(path):bomb.jsonl")
    #expect(error.reason.hasPrefix("refused: compression ratio"))
  }

  @Test("declared size over the entry limit")
  func declaredTooLarge() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("big.jsonl", plainLines(400))
    let path = files.path("big.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    var limits = ArchiveLimits()
    limits.maxEntrySize = 4096
    let error = try refusal(path, limits: limits)
    #expect(
      error.reason.hasPrefix("refused: declared size")
        && error.reason.hasSuffix("exceeds the limit of 4096"))
  }

  @Test("a size lie: the entry inflates past what it declares")
  func sizeLie() throws {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("lie.jsonl", plainLines(400))
    var bytes = try zip.bytes(in: files.root)
    patchZipField(&bytes, signature: 0x0403_4B50, offset: 22, value: 100)
    patchZipField(&bytes, signature: 0x0201_4B50, offset: 24, value: 100)
    let path = try files.write("lie.zip", bytes)
    let error = try refusal(path)
    #expect(error.source == "\(path):lie.jsonl")
    #expect(error.reason == "refused: inflates past its declared size of 100 bytes")
  }

  @Test("zips nested one deep are read; two deep are refused")
  func nesting() throws {
    let files = try TestFiles()
    var inner = ZipBuilder()
    inner.add("activities.jsonl", plainLines(3))
    let innerBytes = try inner.bytes(in: files.root, name: "inner.zip")
    var outer = ZipBuilder()
    outer.add("export/inner.zip", bytes: innerBytes)
    let onePath = files.path("one.zip")
    try outer.write(to: URL(fileURLWithPath: onePath))
    let records = Array(try Importer.open(onePath, options: ImportOptions(format: .jsonl)))
    #expect(records.count == 3)
    #expect(records.allSatisfy { $0.source == "\(onePath):export/inner.zip:activities.jsonl" })
    #expect(records.compactMap(\.activity).map(\.id) == ["h0", "h1", "h2"])

    let oneBytes = try outer.bytes(in: files.root, name: "middle.zip")
    var outermost = ZipBuilder()
    outermost.add("middle.zip", bytes: oneBytes)
    let twoPath = files.path("two.zip")
    try outermost.write(to: URL(fileURLWithPath: twoPath))
    let error = try refusal(twoPath)
    #expect(error.source == "\(twoPath):middle.zip:export/inner.zip")
    #expect(error.reason == "refused: zip nested deeper than 1")
  }

  @Test("a file that is not a zip but named .zip")
  func notAZip() throws {
    let files = try TestFiles()
    let path = try files.write("export.zip", "Pemberitahuan: arsip sedang disiapkan")
    #expect(try refusal(path).reason == "not a readable zip archive")
  }
}
