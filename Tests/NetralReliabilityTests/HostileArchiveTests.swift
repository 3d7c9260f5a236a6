import Foundation
import NetralTestSupport
import Testing

/// Lines of ordinary activity text.
private func activityLines(_ count: Int, prefix: String = "a") -> String {
  (0..<count).map { i in
    #"{"id":"\#(prefix)\#(i)","kind":"post","text":"Laporan kegiatan \#(i * 7919 % 10007) di kelurahan \#(i * 31 % 97)"}"#
  }.joined(separator: "\n") + "\n"
}

/// `netral audit ZIP --format jsonl` must refuse the archive: status 2, no verdicts, and one
/// clear line on standard error naming the archive (and the entry).
private func expectRefused(_ path: String, reason: String) throws {
  let result = try GuardedRun.netral(["audit", "--format", "jsonl", path], timeout: 120)
  #expect(result.endedCleanly, "\(path): signal \(String(describing: result.signal)), timed out \(result.timedOut)")
  #expect(result.status == 2)
  #expect(result.stdout.isEmpty)
  #expect(result.stderr.contains(path) && result.stderr.contains(reason), "\(result.stderr)")
}

@Suite("Hostile archives through the netral binary", .serialized)
struct HostileArchiveTests {
  @Test("a zip bomb (compression ratio past the bound) is refused")
  func ratioBomb() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("activities.jsonl", bytes: [UInt8](repeating: 0x20, count: 8 << 20))
    let path = scratch.path("bomb.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    try expectRefused(path, reason: "refused: compression ratio")
  }

  @Test("a bomb lying about its size (declares 100 bytes, inflates to megabytes) is refused")
  func sizeLie() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("activities.jsonl", activityLines(20_000))
    var bytes = try zip.bytes(in: scratch.root)
    patchZipField(&bytes, signature: 0x0403_4B50, offset: 22, value: 100)
    patchZipField(&bytes, signature: 0x0201_4B50, offset: 24, value: 100)
    let path = try scratch.write("lie.zip", bytes)
    try expectRefused(path, reason: "inflates past its declared size")
  }

  @Test("zips nested three deep (42.zip style) are refused")
  func nestedBomb() throws {
    let scratch = try Scratch()
    var level = ZipBuilder()
    level.add("activities.jsonl", activityLines(5))
    var bytes = try level.bytes(in: scratch.root, name: "l0.zip")
    for depth in 1...3 {
      var outer = ZipBuilder()
      for copy in 0..<4 { outer.add("part\(copy).zip", bytes: bytes) }
      bytes = try outer.bytes(in: scratch.root, name: "l\(depth).zip")
    }
    let path = try scratch.write("nested.zip", bytes)
    try expectRefused(path, reason: "refused: zip nested deeper than 1")
  }

  @Test("an entry climbing out with '..' is refused and nothing is written outside")
  func dotDot() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("data/ok.jsonl", activityLines(2))
    zip.add("../../escaped.jsonl", activityLines(1))
    let path = scratch.path("dotdot.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    try expectRefused(path, reason: "refused: entry path climbs out with '..'")
    #expect(!FileManager.default.fileExists(atPath: scratch.root.deletingLastPathComponent().appendingPathComponent("escaped.jsonl").path))
  }

  @Test("a symlink entry is refused")
  func symlink() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("activities.jsonl", activityLines(2))
    zip.addSymlink("data/passwd.jsonl", to: "/etc/passwd")
    let path = scratch.path("symlink.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    try expectRefused(path, reason: "refused: symlink entry")
  }

  @Test("truncated archives end in an error or accounted records, never a crash")
  func truncated() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("a.jsonl", activityLines(300, prefix: "a"))
    zip.add("b.jsonl", activityLines(300, prefix: "b"), deflate: false)
    zip.add("c.jsonl", activityLines(300, prefix: "c"))
    let whole = try zip.bytes(in: scratch.root)
    for keep in [0, 4, 30, whole.count / 4, whole.count / 2, whole.count * 9 / 10, whole.count - 23, whole.count - 1] {
      let path = try scratch.write("cut-\(keep).zip", Array(whole.prefix(keep)))
      let result = try GuardedRun.netral(["audit", "--format", "jsonl", path], timeout: 60)
      #expect(result.endedCleanly, "cut at \(keep): signal \(String(describing: result.signal))")
      #expect(result.status == 2, "cut at \(keep): \(result.stderr)")
      #expect(result.stderr.contains(path))
      #expect(result.unparsableLines == 0)
    }
  }

  @Test("a corrupted deflate stream: records before the damage are read, the rest accounted")
  func corruptedData() throws {
    let scratch = try Scratch()
    var zip = ZipBuilder()
    zip.add("activities.jsonl", activityLines(2000))
    var bytes = try zip.bytes(in: scratch.root)
    let middle = bytes.count / 2
    for i in middle..<middle + 64 { bytes[i] ^= 0xA5 }
    let path = try scratch.write("corrupt.zip", bytes)
    let result = try GuardedRun.netral(["audit", "--format", "jsonl", path], timeout: 60)
    #expect(result.endedCleanly)
    #expect(result.status == 2)
    #expect(result.unparsableLines == 0)
    #expect(result.verdicts.count < 2000)
    #expect(result.stderr.contains("\(path):activities.jsonl"))
  }

  @Test("an X archive whose tweet is nested 10,000 deep keeps its neighbours")
  func deepTweet() throws {
    let scratch = try Scratch()
    let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let tweets = """
      window.YTD.tweets.part0 = [
        { "tweet" : { "id_str" : "1", "created_at" : "Sun Oct 20 12:05:00 +0000 2024", "full_text" : "Selamat pagi" } },
        { "tweet" : { "id_str" : "2", "created_at" : "Sun Oct 20 12:06:00 +0000 2024", "full_text" : "x", "entities" : \(deep) } },
        { "tweet" : { "id_str" : "3", "created_at" : "Sun Oct 20 12:07:00 +0000 2024", "full_text" : "Coblos nomor 2! Prabowo-Gibran" } }
      ]
      """
    var zip = ZipBuilder()
    zip.add("data/tweets.js", tweets)
    let path = scratch.path("x.zip")
    try zip.write(to: URL(fileURLWithPath: path))
    let result = try GuardedRun.netral(["audit", "--format", "jsonl", path], timeout: 60)
    #expect(result.endedCleanly)
    #expect(result.verdicts.count == 3)
    #expect(verdictNames(result) == ["clean", "error", "violation"])
  }
}
