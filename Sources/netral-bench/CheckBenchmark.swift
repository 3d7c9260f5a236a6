import Foundation
import Netral

/// `check FILE [--limit N] [--pack ID]`: per-activity check latency after the checker is built.
enum CheckBenchmark {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard let path = args.positional.first,
      let activities = ActivitySample.read(path, limit: args.int("limit", default: 20_000))
    else {
      throw BenchUsageError(description: "usage: check FILE.jsonl [--limit 20000] [--pack ID] [--slowest K]")
    }
    let (checker, label, buildSeconds) = try CheckerFactory.make(pack: args.options["pack"])
    // Compiling alone (packs already loaded), in this thread's CPU time: median of 5 builds.
    let packs = try CheckerFactory.packSet(pack: args.options["pack"])
    var compiles: [Double] = []
    for _ in 0..<5 {
      let start = ResourceUsage.threadCPUNanoseconds()
      _ = try Checker(packs: packs)
      compiles.append(Double(ResourceUsage.threadCPUNanoseconds() - start) / 1_000_000)
    }
    compiles.sort()
    // Warm-up pass: first-touch costs (lazy tables, caches) are not per-post latency.
    var sink = 0
    for a in activities { sink &+= checker.check(a).score }
    // Wall time includes preemption by other processes on a shared machine; this thread's CPU
    // time does not. Both are reported.
    var timed: [(micros: Double, id: String)] = []
    var cpu: [Double] = []
    timed.reserveCapacity(activities.count)
    cpu.reserveCapacity(activities.count)
    for a in activities {
      let cpuStart = ResourceUsage.threadCPUNanoseconds()
      let start = DispatchTime.now().uptimeNanoseconds
      sink &+= checker.check(a).score
      timed.append((Double(DispatchTime.now().uptimeNanoseconds - start) / 1000, a.id))
      cpu.append(Double(ResourceUsage.threadCPUNanoseconds() - cpuStart) / 1000)
    }
    let micros = timed.map(\.micros).sorted()
    cpu.sort()
    let mean = micros.reduce(0, +) / Double(max(1, micros.count))
    func us(_ p: Double) -> String { ResourceUsage.fixed(ResourceUsage.percentile(micros, p), 1) + " µs" }
    print("check: \(activities.count) activities from \(path); \(label)")
    print("  checker built in \(ResourceUsage.fixed(buildSeconds * 1000, 1)) ms; compiling the loaded packs: \(ResourceUsage.fixed(compiles[2], 1)) ms CPU (median of 5)")
    print("  wall latency p50 \(us(0.5)), p90 \(us(0.9)), p99 \(us(0.99)), p99.9 \(us(0.999)), max \(us(1)), mean \(ResourceUsage.fixed(mean, 1)) µs")
    func cpuUs(_ p: Double) -> String { ResourceUsage.fixed(ResourceUsage.percentile(cpu, p), 1) + " µs" }
    print("  CPU latency  p50 \(cpuUs(0.5)), p90 \(cpuUs(0.9)), p99 \(cpuUs(0.99)), p99.9 \(cpuUs(0.999)), max \(cpuUs(1)), mean \(ResourceUsage.fixed(cpu.reduce(0, +) / Double(max(1, cpu.count)), 1)) µs")
    let slowest = args.int("slowest", default: 0)
    if slowest > 0 {
      let ids = timed.sorted { $0.micros > $1.micros }.prefix(slowest)
      print("  slowest: " + ids.map { "\($0.id) \(ResourceUsage.fixed($0.micros, 0)) µs" }.joined(separator: ", "))
    }
    print("  max RSS: \(ResourceUsage.fixed(ResourceUsage.maxRSSMiB, 1)) MiB (score checksum \(sink))")
  }
}
