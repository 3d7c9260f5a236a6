import Foundation
import Testing

@Suite("Exit statuses and streams")
struct ExitStatusTests {
  @Test("a usage error exits 64 and says why on stderr")
  func usage() throws {
    for args in [
      ["check", "--kind", "tweet", "x"], ["check", "--as-of", "kemarin", "x"], ["bogus"], ["audit"],
      ["check", "--fail-on", "maybe", "x"],
    ] {
      let result = try NetralBinary.run(args)
      #expect(result.status == 64, "\(args)")
      #expect(result.stdout.isEmpty, "\(args)")
      #expect(!result.stderr.isEmpty, "\(args)")
    }
  }

  @Test("an unknown rule is a usage error")
  func unknownRule() throws {
    let result = try NetralBinary.run(["explain", "post.no-such-rule"])
    #expect(result.status == 64)
    #expect(result.stderr == "netral: unknown rule 'post.no-such-rule' (see `netral rules`)\n")
  }

  @Test("a missing input file or pack exits 2 with a one-line error")
  func missingFiles() throws {
    let audit = try NetralBinary.run(["audit", "tidak-ada.jsonl"])
    #expect(audit.status == 2)
    #expect(audit.stderr.hasPrefix("netral: "))
    let pack = try NetralBinary.run(["check", "--pack", "tidak-ada.yaml", "Selamat pagi"])
    #expect(pack.status == 2)
    #expect(pack.stderr == "netral: tidak-ada.yaml: no such file\n")
    #expect(pack.stdout.isEmpty)
  }

  @Test("a clean draft from stdin exits 0 and says it is clean")
  func cleanDraft() throws {
    let result = try NetralBinary.run(["check"], stdin: "Selamat pagi\n")
    #expect(result.status == 0)
    #expect(result.stdout == "draft: bersih\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("--output writes the report to a file and nothing to stdout")
  func outputFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(
      "netral-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try NetralBinary.run(
      ["check", "--format", "jsonl", "--output", "out.jsonl", "Selamat pagi"], in: dir)
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: dir.appendingPathComponent("out.jsonl"), encoding: .utf8)
    #expect(written.hasPrefix("{\"id\":\"draft\",\"verdict\":\"clean\""))
  }

  @Test("--color always colours the text report; NO_COLOR does not override it")
  func colour() throws {
    let always = try NetralBinary.run(
      ["check", "--color", "always", "Selamat pagi"], environment: ["NO_COLOR": "1"])
    #expect(always.stdout.contains("\u{1B}[1;32mbersih\u{1B}[0m"))
    let auto = try NetralBinary.run(["check", "Selamat pagi"])
    #expect(!auto.stdout.contains("\u{1B}["))
  }
}
