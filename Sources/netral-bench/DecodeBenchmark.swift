import Foundation
import NetralCore

/// `decode FILE [--runs R]`: interchange decoding throughput, Foundation's JSONSerialization path
/// (the decoder before this change) against the hand-written scanner, on the same lines in memory.
enum DecodeBenchmark {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard let path = args.positional.first, let reader = LineReader(path: path) else {
      throw BenchUsageError(description: "usage: decode FILE.jsonl [--runs 5] [--only before|after]")
    }
    let lines = reader.map { Array($0) }
    let bytes = lines.reduce(0) { $0 + $1.count + 1 }
    let runs = max(1, args.int("runs", default: 5))
    let decoder = ActivityDecoder()
    print("decode: \(lines.count) lines, \(bytes) bytes, median of \(runs) runs")

    let only = args.options["only"]  // "before" or "after": profile one path alone
    var reference: [Activity] = []
    let foundation = only == "after" ? Rate(seconds: .nan, lines: 0, bytes: 0) : try measure(runs: runs, lines: lines.count, bytes: bytes) {
      var out: [Activity] = []
      out.reserveCapacity(lines.count)
      for (i, line) in lines.enumerated() {
        let object = try JSONSerialization.jsonObject(with: Data(line))
        guard let dict = object as? [String: Any] else { continue }
        out.append(try decoder.decode(object: dict, source: path, line: i + 1))
      }
      reference = out
    }
    var scanned: [Activity] = []
    let scanner = only == "before" ? Rate(seconds: .nan, lines: 0, bytes: 0) : try measure(runs: runs, lines: lines.count, bytes: bytes) {
      var out: [Activity] = []
      out.reserveCapacity(lines.count)
      for (i, line) in lines.enumerated() {
        out.append(try decoder.decode(line: line, source: path, line: i + 1))
      }
      scanned = out
    }
    if only != "after" { print("  before (JSONSerialization + decode(object:)): \(foundation)") }
    if only != "before" { print("  after  (UTF-8 scanner, decode(line:)):         \(scanner)") }
    if only == nil {
      print("  speed-up: \(ResourceUsage.fixed(foundation.seconds / scanner.seconds, 1))x; same activities: \(reference == scanned)")
    }
    print("  max RSS: \(ResourceUsage.fixed(ResourceUsage.maxRSSMiB, 1)) MiB (all lines held in memory on purpose)")
  }

  struct Rate: CustomStringConvertible {
    var seconds: Double
    var lines: Int
    var bytes: Int
    var description: String {
      "\(ResourceUsage.fixed(seconds, 3)) s, \(ResourceUsage.fixed(Double(bytes) / 1e6 / seconds, 1)) MB/s, \(Int(Double(lines) / seconds)) lines/s"
    }
  }

  static func measure(runs: Int, lines: Int, bytes: Int, _ body: () throws -> Void) throws -> Rate {
    var times: [Double] = []
    for _ in 0..<runs { times.append(try ResourceUsage.seconds(body)) }
    return Rate(seconds: ResourceUsage.median(times), lines: lines, bytes: bytes)
  }
}
