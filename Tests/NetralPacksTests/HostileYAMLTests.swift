import Foundation
import NetralCore
import Testing
@testable import NetralPacks

/// YAML bombs and oversize input end in one clear error, never a hang or a crash.
@Suite("Hostile YAML")
struct HostileYAMLTests {
  func messages(_ yaml: String) -> [String] {
    do {
      _ = try PackLoader.load(yaml: yaml, source: "bom.yaml")
      return []
    } catch let error as PackError {
      return error.diagnostics.map(\.description)
    } catch {
      return ["unexpected \(error)"]
    }
  }

  @Test("billion laughs is refused at its first anchor")
  func billionLaughs() {
    #expect(
      PackLoader.validate(file: FixtureLocation.pack("billion-laughs.yaml")).map(\.message) == [
        "anchor '&a' is not allowed: packs may not use anchors or aliases; repeat the value instead"
      ])
  }

  @Test("a recursive alias is refused")
  func recursiveAlias() {
    #expect(
      PackLoader.validate(file: FixtureLocation.pack("recursive-alias.yaml")).map(\.description)
        == [
          "\(FixtureLocation.pack("recursive-alias.yaml").path):4:10: anchor '&loop' is not allowed: packs may not use anchors or aliases; repeat the value instead"
        ])
  }

  @Test("an alias without an anchor is refused too")
  func bareAlias() {
    #expect(
      messages("format: 1\nid: x\ntitle: *judul\n") == [
        "bom.yaml:3:8: alias '*judul' is not allowed: packs may not use anchors or aliases; repeat the value instead"
      ])
  }

  @Test("& and * inside text are not anchors")
  func ampersandInText() throws {
    let pack = try PackLoader.load(
      yaml: """
        format: 1
        id: teks
        title: Tim A & B * catatan
        vocabulary:
          support: [dukung A & B, "*bintang*", 'Ka''bah & *x']
        """, source: "teks.yaml")
    #expect(pack.title == "Tim A & B * catatan")
    #expect(pack.vocabulary[.support]?.map(\.text) == ["dukung A & B", "*bintang*", "Ka'bah & *x"])
  }

  @Test("a file over the size cap is refused before parsing")
  func hugeDocument() {
    let yaml = "format: 1\nid: besar\ntitle: Besar\n# " + String(repeating: "x", count: PackPrescan.maxBytes)
    #expect(
      messages(yaml) == [
        "bom.yaml:1:1: file is \(yaml.utf8.count) bytes; a pack may be at most \(PackPrescan.maxBytes) bytes"
      ])
  }

  @Test("a huge file on disk is refused without reading it all; so is a directory")
  func hugeFile() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("netral-besar-\(UUID()).yaml")
    try Data(repeating: UInt8(ascii: "a"), count: 3 * PackPrescan.maxBytes).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(
      PackLoader.validate(file: url).map(\.message) == [
        "file is too large: a pack may be at most \(PackPrescan.maxBytes) bytes"
      ])
    let folder = PackLoader.validate(file: FixtureLocation.packs)
    #expect(folder.count == 1)
    #expect(folder.first?.message.hasPrefix("cannot read file") == true)
  }

  @Test("deep flow nesting is refused")
  func deepFlowNesting() {
    let yaml = "format: 1\nid: x\ntitle: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
    #expect(
      messages(yaml) == [
        "bom.yaml:3:40: nesting is too deep (more than \(PackPrescan.maxFlowDepth) brackets)"
      ])
  }

  @Test("deep block nesting is refused")
  func deepBlockNesting() {
    var yaml = "format: 1\nid: x\ntitle: y\nvocabulary:\n"
    for depth in 1...200 { yaml += String(repeating: " ", count: depth) + "k\(depth):\n" }
    let found = messages(yaml)
    #expect(found.count == 1)
    #expect(found.first?.contains("nesting is too deep (indented 161 columns") == true)
  }

  @Test("text that is not UTF-8 is refused")
  func notUTF8() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("netral-latin1-\(UUID()).yaml")
    try Data([0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xe9, 0xff, 0x0a]).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    #expect(PackLoader.validate(file: url).map(\.message) == ["file is not valid utf-8 text"])
  }

  @Test("an empty document and a non-mapping root are clear errors")
  func emptyAndScalar() {
    #expect(messages("") == ["bom.yaml:1:1: pack is empty"])
    #expect(messages("# hanya komentar\n") == ["bom.yaml:1:1: pack is empty"])
    #expect(messages("- satu\n- dua\n") == ["bom.yaml:1:1: pack must be a mapping of keys to values"])
  }
}

@Suite("YAML details")
struct YAMLDetailTests {
  @Test("a key written twice in one mapping is an error at the key")
  func duplicateKey() {
    let yaml = "format: 1\nid: dua-kali\ntitle: Satu\ntitle: Dua\n"
    let error = #expect(throws: PackError.self) {
      try PackLoader.load(yaml: yaml, source: "dua.yaml")
    }
    #expect(
      error?.diagnostics.map(\.description) == ["dua.yaml:3:1: duplicate key 'title' in one mapping"])
  }

  @Test("block scalars may hold lines that look like anchors, aliases or comments")
  func blockScalar() throws {
    let yaml = """
      format: 1
      id: blok
      title: |
        * bukan alias
        &bukan anchor # bukan komentar
      regulations: []
      """
    let pack = try PackLoader.load(yaml: yaml, source: "blok.yaml")
    #expect(pack.title == "* bukan alias\n&bukan anchor # bukan komentar")
  }

  @Test("a time zone must be a real IANA zone")
  func timeZone() {
    let yaml = """
      format: 1
      id: zona
      title: Zona
      elections:
        - id: pilkades-zona
          title: Pilkades
          kind: pilkades
          time_zone: WIB
        - id: pilkades-papua
          title: Pilkades Papua
          kind: pilkades
          time_zone: Asia/Jayapura
      """
    let error = #expect(throws: PackError.self) { try PackLoader.load(yaml: yaml, source: "zona.yaml") }
    #expect(
      error?.diagnostics.map(\.description) == [
        "zona.yaml:8:16: 'time_zone' in election 'pilkades-zona' must be an IANA zone like 'Asia/Jakarta', not 'WIB'"
      ])
  }

  @Test("PackSet finds parties, gestures, regulations and tickets by id")
  func lookups() throws {
    let set = PackSet(try PackLoader.bundled())
    #expect(set.party(id: "ppp")?.number == 17)
    #expect(set.gesture(id: "salam-empat-jari")?.fingers == 4)
    #expect(set.regulation(id: "skb-2022/B6")?.citation.confidence == .high)
    let found = try #require(set.ticket(id: "pilgub-banten-2024/02"))
    #expect(found.election.region?.province == "Banten")
    #expect(found.ticket.candidates.map(\.fullName) == ["Andra Soni", "Dimyati Natakusumah"])
  }
}
