import Foundation
import Netral

/// `match FILE [--limit N] [--rounds R] [--pack ID]`: the matcher alone (token coding and term
/// matching over the compiled packs) on every text field of the first N activities, in thread
/// CPU time, best of R rounds; normalization is done before the clock starts.
enum MatchBenchmarkCommand {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard let path = args.positional.first,
      let activities = ActivitySample.read(path, limit: args.int("limit", default: 20_000))
    else {
      throw BenchUsageError(description: "usage: match FILE.jsonl [--limit 20000] [--rounds 5] [--pack ID]")
    }
    var texts: [String] = []
    for a in activities {
      texts += [a.text, a.target?.text, a.target?.author].compactMap { $0 }
      texts += a.media.compactMap(\.description)
    }
    let packs = try CheckerFactory.packSet(pack: args.options["pack"])
    let result = MatchBenchmark.run(
      packs: packs, texts: texts, rounds: args.int("rounds", default: 5),
      cpuSeconds: ResourceUsage.threadCPUSeconds)
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    print("match: \(result.texts) texts from \(activities.count) activities of \(path), \(result.tokens) tokens, \(result.hits) terms found")
    print("  \(ResourceUsage.fixed(result.seconds * 1e9 / Double(max(1, result.tokens)), 1)) ns per token, \(ResourceUsage.fixed(result.seconds * 1e6 / Double(max(1, result.texts)), 2)) µs per text, \(ResourceUsage.fixed(Double(bytes) / 1e6 / result.seconds, 1)) MB/s of text (thread CPU, best of rounds)")
    print("  max RSS: \(ResourceUsage.fixed(ResourceUsage.maxRSSMiB, 1)) MiB")
  }
}
