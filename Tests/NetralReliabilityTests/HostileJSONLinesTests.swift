import Foundation
import Testing

/// `netral audit FILE --format jsonl` on a hostile JSON Lines file: it must end by itself (no
/// signal, no watchdog), write exactly one verdict line per input record (an `error` verdict for
/// an unreadable one) and nothing else on standard output.
func auditJSONLines(_ path: String, records: Int, timeout: Double = 60) throws -> GuardedRun.Result {
  let result = try GuardedRun.netral(["audit", "--format", "jsonl", path], timeout: timeout)
  #expect(result.endedCleanly, "\(path): status \(String(describing: result.status)), signal \(String(describing: result.signal)), timed out \(result.timedOut)\n\(result.stderr.prefix(2000))")
  #expect(result.unparsableLines == 0)
  #expect(result.verdicts.count == records, "\(path): \(result.verdicts.count) verdicts for \(records) records")
  return result
}

/// The verdict strings of a jsonl report, in order.
func verdictNames(_ result: GuardedRun.Result) -> [String] {
  result.verdicts.map { $0["verdict"] as? String ?? "?" }
}

/// The error messages of a jsonl report's `error` verdicts, in order.
func errorMessages(_ result: GuardedRun.Result) -> [String] {
  result.verdicts.compactMap { $0["error"] as? String }
}

@Suite("Hostile JSON Lines through the netral binary", .serialized)
struct HostileJSONLinesTests {
  @Test("invalid UTF-8 lines become error verdicts between readable ones")
  func invalidUTF8() throws {
    let path = HostileFixtures.path("invalid-utf8.jsonl")
    let result = try auditJSONLines(path, records: 4)
    #expect(verdictNames(result) == ["clean", "error", "violation", "error"])
    #expect(result.verdicts.map { $0["id"] as? String } == ["u1", "\(path):2", "u3", "\(path):4"])
    #expect(
      errorMessages(result) == [
        "\(path):2: not valid utf-8 at byte 41", "\(path):4: not valid utf-8 at byte 34",
      ])
    #expect(result.status == 2)
    #expect(result.stderr.contains("\(path):2: not valid utf-8"))
  }

  @Test("lone surrogate escapes are refused or replaced, and a paired one is read")
  func loneSurrogates() throws {
    let result = try auditJSONLines(HostileFixtures.path("lone-surrogate.jsonl"), records: 4)
    let verdicts = verdictNames(result)
    // The paired escape (U+1F600) is a normal post.
    #expect(verdicts[2] != "error")
    // Lone halves: each line is either an error naming the line or a verdict; never dropped.
    for (index, verdict) in verdicts.enumerated() where verdict == "error" {
      let message = result.verdicts[index]["error"] as? String ?? ""
      #expect(message.contains(":\(index + 1)"), "\(message)")
    }
  }

  @Test("CRLF line ends: every line is read and the carriage return is not part of the text")
  func crlf() throws {
    let path = HostileFixtures.path("crlf.jsonl")
    // Line 3 is a blank CRLF line: a skipped record (a `clean` line with a synthesized id).
    let result = try auditJSONLines(path, records: 4)
    #expect(result.verdicts.map { $0["id"] as? String } == ["c1", "c2", "\(path):3", "c3"])
    #expect(verdictNames(result) == ["clean", "violation", "clean", "clean"])
    let evidence = (result.verdicts[1]["findings"] as? [[String: Any]])?.first?["evidence"]
      as? [[String: Any]]
    #expect(evidence?.contains { ($0["text"] as? String)?.contains("\r") == true } == false)
  }

  @Test("an empty file has no record; a file holding only a byte order mark one blank line")
  func emptyAndBOM() throws {
    let empty = try auditJSONLines(HostileFixtures.path("empty.jsonl"), records: 0)
    #expect(empty.status == 0 && empty.stdout.isEmpty, "\(empty.stderr)")
    let path = HostileFixtures.path("bom-only.jsonl")
    let bom = try auditJSONLines(path, records: 1)
    #expect(bom.status == 0)
    #expect(bom.verdicts.first?["id"] as? String == "\(path):1")
    let text = try GuardedRun.netral(["audit", path])
    #expect(text.stdout.contains("1") && text.status == 0)
  }

  @Test("duplicate ids: each record keeps its own verdict")
  func duplicateIds() throws {
    let result = try auditJSONLines(HostileFixtures.path("duplicate-ids.jsonl"), records: 3)
    #expect(result.verdicts.map { $0["id"] as? String } == ["d1", "d1", "d1"])
    #expect(verdictNames(result) == ["clean", "violation", "violation"])
  }

  @Test("a 10 MB single post is refused as one error verdict, and the next line is still read")
  func tenMegabytePost() throws {
    let scratch = try Scratch()
    let sentence = "Ayo coblos 02, Prabowo-Gibran satu putaran! Rekan-rekan ASN jangan lupa. "
    let text = String(repeating: sentence, count: 10 * 1024 * 1024 / sentence.utf8.count + 1)
    let line = #"{"id":"big","kind":"post","text":"\#(text)"}"#
    let path = try scratch.write(
      "big.jsonl", line + "\n" + #"{"id":"after","kind":"post","text":"Selamat pagi"}"# + "\n")
    let result = try auditJSONLines(path, records: 2)
    #expect(verdictNames(result) == ["error", "clean"])
    #expect(errorMessages(result).first?.hasPrefix("\(path):1: line longer than 4194304 bytes") == true)
    #expect(result.status == 2)
  }

  @Test("a 50 MB line is refused without holding it in memory")
  func fiftyMegabyteLine() throws {
    let scratch = try Scratch()
    var bytes = Array(#"{"id":"huge","kind":"post","text":""#.utf8)
    bytes += [UInt8](repeating: UInt8(ascii: "a"), count: 50 << 20)
    bytes += Array("\"}\n".utf8)
    bytes += Array(#"{"id":"after","kind":"post","text":"Coblos nomor 2! Prabowo-Gibran"}"#.utf8) + [0x0A]
    let path = try scratch.write("huge.jsonl", bytes)
    let result = try auditJSONLines(path, records: 2)
    #expect(verdictNames(result) == ["error", "violation"])
    #expect(result.peakMemory(under: 200), "peak RSS \(result.maxRSSKilobytes) kB")
  }

  @Test("100,000 emoji in a row get a verdict")
  func hundredThousandEmoji() throws {
    let scratch = try Scratch()
    let emoji = String(repeating: "✌️🐃🌙", count: 100_000 / 3 + 1)
    let path = try scratch.write(
      "emoji.jsonl", #"{"id":"emoji","kind":"post","text":"Dukung terus \#(emoji)"}"# + "\n")
    let result = try auditJSONLines(path, records: 1)
    #expect(verdictNames(result).first != "error")
  }

  @Test("JSON nested 10,000 deep is refused per line, the neighbours are read")
  func deeplyNested() throws {
    let scratch = try Scratch()
    let depth = 10_000
    let nestedArray = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    let nestedObject =
      String(repeating: #"{"a":"#, count: depth) + "1" + String(repeating: "}", count: depth)
    let lines = [
      #"{"id":"n1","kind":"post","text":"Selamat pagi","extra":\#(nestedArray)}"#,
      #"{"id":"n2","kind":"post","text":"Coblos nomor 2! Prabowo-Gibran"}"#,
      #"{"id":"n3","kind":"post","target":\#(nestedObject)}"#,
      nestedArray,
      #"{"id":"n5","kind":"post","media":[\#(nestedObject)]}"#,
    ]
    let path = try scratch.write("deep.jsonl", lines.joined(separator: "\n") + "\n")
    let result = try auditJSONLines(path, records: 5)
    #expect(verdictNames(result) == ["error", "violation", "error", "error", "error"])
  }

  @Test("a zalgo post (100,000 combining marks on one letter) gets a verdict")
  func combiningMarks() throws {
    let scratch = try Scratch()
    let zalgo = "C" + String(repeating: "\u{0301}\u{0316}\u{0333}", count: 33_334) + "oblos 02"
    let path = try scratch.write(
      "zalgo.jsonl", #"{"id":"z","kind":"post","text":"\#(zalgo) Prabowo-Gibran"}"# + "\n")
    let result = try auditJSONLines(path, records: 1)
    #expect(verdictNames(result).first != "error")
  }

  @Test("NUL bytes, a missing final newline and bare control characters")
  func controlBytes() throws {
    let scratch = try Scratch()
    var bytes = Array(#"{"id":"x1","kind":"post","text":"a"#.utf8) + [0x00] + Array(#"b"}"#.utf8) + [0x0A]
    bytes += [0x00, 0x00, 0x0A]
    bytes += Array(#"{"id":"x3","kind":"post","text":"tab\u0000 and \u001b[31m"}"#.utf8)
    let path = try scratch.write("control.jsonl", bytes)
    let result = try auditJSONLines(path, records: 3)
    #expect(verdictNames(result) == ["error", "error", "clean"])
  }
}
