import Foundation

/// The benchmarks `swift run -c release netral-bench <name> …` knows, by name.
let benchmarks: [(name: String, summary: String, run: ([String]) throws -> Void)] = [
  ("generate", "generate N OUT.jsonl: deterministic Indonesian activity stream", GenerateBenchmark.run),
  ("decode", "decode FILE: interchange decoding MB/s, JSONSerialization vs scanner", DecodeBenchmark.run),
  ("audit", "audit FILE: Auditor over a JSON Lines file, records/s and max RSS", AuditBenchmark.run),
  ("check", "check FILE: per-activity check latency p50/p99", CheckBenchmark.run),
  ("match", "match FILE: the matcher alone (token coding and term matching), ns per token", MatchBenchmarkCommand.run),
  ("normalize", "normalize …: Normalizer throughput (the text helper's benchmark)", NormalizeBenchmark.run),
  ("packs", "packs: load and validate every bundled pack (PackBenchmark)", PackBenchmark.run),
  ("strategies", "strategies FILE: Auditor threads vs TaskGroup, same work", StrategyBenchmark.run),
  ("synth-packs", "synth-packs N DIR: N fictional Pilkada packs, for pack-size cost", SyntheticPacks.run),
]

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first, let benchmark = benchmarks.first(where: { $0.name == name }) else {
  print("usage: netral-bench <benchmark> [arguments]")
  for b in benchmarks { print("  \(b.name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(b.summary)") }
  exit(arguments.isEmpty ? 0 : 64)
}
do {
  try benchmark.run(Array(arguments.dropFirst()))
} catch {
  FileHandle.standardError.write(Data("netral-bench: \(name): \(error)\n".utf8))
  exit(1)
}
