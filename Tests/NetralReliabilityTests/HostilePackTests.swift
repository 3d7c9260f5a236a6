import Foundation
import Testing

/// The repository's `Fixtures/Packs` folder (the packs helper's broken packs).
private func packFixture(_ name: String) -> String {
  HostileFixtures.root.appendingPathComponent("Packs").appendingPathComponent(name).path
}

/// A hostile pack given with `--pack` must stop the run with status 2 and `file:line:column:
/// message` diagnostics, quickly and without a crash; `packs --validate` must say the same.
private func expectRejected(_ path: String) throws {
  let check = try GuardedRun.netral(
    ["check", "--pack", path, "Coblos nomor 2! Prabowo-Gibran"], timeout: 60)
  #expect(check.endedCleanly, "\(path): signal \(String(describing: check.signal)), timed out \(check.timedOut)")
  #expect(check.status == 2, "\(path): \(check.stderr)")
  #expect(check.stderr.contains("\(path):"), "\(check.stderr)")
  #expect(check.peakMemory(under: 300), "peak RSS \(check.maxRSSKilobytes) kB")

  let validate = try GuardedRun.netral(["packs", "--validate", path], timeout: 60)
  #expect(validate.endedCleanly)
  #expect(validate.status != 0)
  let lines = (validate.stdout + validate.stderr).split(separator: "\n")
  #expect(lines.contains { $0.hasPrefix("\(path):") })
}

@Suite("Hostile packs through the netral binary", .serialized)
struct HostilePackTests {
  @Test("billion laughs (nine levels of aliases) is rejected", arguments: [
    packFixture("billion-laughs.yaml"), HostileFixtures.path("laughs-in-parties.yaml"),
    HostileFixtures.path("laughs-merge-keys.yaml"),
  ])
  func billionLaughs(path: String) throws {
    try expectRejected(path)
  }

  @Test("a recursive alias is rejected")
  func recursiveAlias() throws {
    try expectRejected(packFixture("recursive-alias.yaml"))
  }

  @Test("a pack with invalid UTF-8 is rejected")
  func invalidUTF8() throws {
    try expectRejected(HostileFixtures.path("invalid-utf8-pack.yaml"))
  }

  @Test("YAML nested 10,000 deep is rejected, not a stack overflow")
  func deeplyNested() throws {
    let scratch = try Scratch()
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let path = try scratch.write("deep.yaml", "format: 1\nid: deep\ntitle: Dalam\nelections: \(deep)\n")
    try expectRejected(path)
  }

  @Test("an empty pack and a pack that is only a byte order mark are rejected")
  func empty() throws {
    let scratch = try Scratch()
    try expectRejected(try scratch.write("empty.yaml", ""))
    try expectRejected(try scratch.write("bom.yaml", [0xEF, 0xBB, 0xBF]))
  }
}
