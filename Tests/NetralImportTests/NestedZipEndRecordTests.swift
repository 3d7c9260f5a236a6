import Foundation
import NetralTestSupport
import Testing

@testable import NetralImport

/// ZIPFoundation's in-memory archive leaks what it opened when it finds no end record, so the
/// importer refuses such nested zips itself, by the same test (`Docs/Reliability.md`, the fuzz
/// finding of 2026-11-23).
@Suite("Nested zips without an end record")
struct NestedZipEndRecordTests {
  private func zipBytes() throws -> [UInt8] {
    let files = try TestFiles()
    var zip = ZipBuilder()
    zip.add("posts.jsonl", #"{"id":"n1","kind":"post","text":"Apel pagi di halaman kantor"}"# + "\n")
    return try zip.bytes(in: URL(fileURLWithPath: files.path(".")), name: "inner.zip")
  }

  @Test("a whole archive has one; cut, emptied or with a comment running past the end it has none")
  func endRecord() throws {
    let bytes = try zipBytes()
    #expect(ZipInput.hasEndRecord(Data(bytes)))
    #expect(!ZipInput.hasEndRecord(Data(bytes.dropLast(1))))
    #expect(!ZipInput.hasEndRecord(Data()))
    #expect(!ZipInput.hasEndRecord(Data(Array("PK\u{05}\u{06}".utf8))))
    var longComment = bytes
    longComment[longComment.count - 2] = 0x10  // comment length 16 with no comment bytes
    #expect(!ZipInput.hasEndRecord(Data(longComment)))
  }

  @Test("the fuzzer's reproducer: the damaged inner zip is refused with a clear reason")
  func reproducer() throws {
    let path = fixturesRoot.appendingPathComponent("Fuzz/zip/nested-no-end-record.zip").path
    do {
      _ = try Importer.open(path)
      Issue.record("the damaged nested zip was not refused")
    } catch let error as ImportError {
      #expect(error.description.hasSuffix(": not a readable zip archive"))
    }
  }
}
