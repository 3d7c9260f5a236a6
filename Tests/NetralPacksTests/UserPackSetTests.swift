import Foundation
import Testing
@testable import NetralPacks

/// User packs given together (`--pack A --pack B`) build on the bundled packs and on each other.
@Suite("Several user packs")
struct UserPackSetTests {
  @Test("a later pack may use the parties of an earlier one")
  func laterUsesEarlier() throws {
    let packs = try PackLoader.load(files: [
      FixtureLocation.pack("local-parties.yaml"),
      FixtureLocation.pack("pilkades-uses-local-parties.yaml"),
    ])
    #expect(packs.map(\.id) == ["partai-lokal-sukamaju", "pilkades-sukamaju-2030"])
  }

  @Test("alone, the same pack names an unknown party")
  func aloneFails() {
    let file = FixtureLocation.pack("pilkades-uses-local-parties.yaml")
    #expect(
      PackLoader.validate(file: file).map(\.description) == [
        "\(file.path):11:19: unknown party 'partai-sukamaju-bersatu' in ticket 'pilkades-sukamaju-2030/01'"
      ])
  }

  @Test("election and ticket ids of the bundled packs cannot be reused by another pack")
  func reusedIDs() {
    let file = FixtureLocation.pack("reused-election-id.yaml")
    #expect(
      PackLoader.validate(file: file).map { "\($0.line):\($0.column): \($0.message)" } == [
        "5:9: election id 'pilpres-2024' is already used by bundled:pemilu-2024",
        "9:13: ticket id 'pilpres-2024/01' is already used by bundled:pemilu-2024",
      ])
  }

  @Test("the same user pack given twice reuses its own pack id")
  func samePackTwice() {
    let file = FixtureLocation.pack("local-parties.yaml")
    let error = #expect(throws: PackError.self) { try PackLoader.load(files: [file, file]) }
    #expect(
      error?.diagnostics.map(\.message) == [
        "pack id 'partai-lokal-sukamaju' is already used by \(file.path)"
      ])
  }

  @Test("a corrected copy of a bundled pack validates and replaces the bundled one")
  func replacesBundled() throws {
    let bundledFile = FixtureLocation.packs.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/NetralPacks/Packs/pemilu-2024.yaml")
    let original = try String(contentsOf: bundledFile, encoding: .utf8)
    let corrected = original.replacingOccurrences(
      of: "title: Pemilu 2024 (Pilpres dan Pileg)", with: "title: Pemilu 2024 (koreksi petugas)")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("pemilu-2024-\(UUID()).yaml")
    try corrected.write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    #expect(PackLoader.validate(file: file).isEmpty)
    let set = try PackLoader.packSet(adding: [file])
    #expect(set.packs.filter { $0.id == "pemilu-2024" }.map(\.title) == ["Pemilu 2024 (koreksi petugas)"])
    #expect(set.packs.count == PackLoader.bundledNames.count)
  }

  @Test("problems of every file come back together")
  func allFilesReported() {
    let error = #expect(throws: PackError.self) {
      try PackLoader.load(files: [
        FixtureLocation.pack("duplicate-id.yaml"), FixtureLocation.pack("unknown-phase.yaml"),
      ])
    }
    #expect(
      error?.diagnostics.map { URL(fileURLWithPath: $0.file).lastPathComponent + ":\($0.line)" }
        == ["duplicate-id.yaml:7", "unknown-phase.yaml:9"])
  }
}
