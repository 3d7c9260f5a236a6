import Foundation
import NetralCore
import NetralEngine
import NetralEvaluation
import Testing

/// Prints compile and check timings when `NETRAL_BENCH` is set (run in release:
/// `NETRAL_BENCH=1 swift test -c release --filter BenchmarkTests`). Asserts only that every
/// activity was measured; speed is documented, not tested.
@Suite("Benchmark")
struct BenchmarkTests {
  @Test("compile and check timings", .enabled(if: ProcessInfo.processInfo.environment["NETRAL_BENCH"] != nil))
  func timings() throws {
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    let activities = try EvaluationSet.load(url).map(\.activity)
    let r = try CheckBenchmark.run(packs: Fixtures.packs, activities: activities, rounds: 20)
    print("BENCH compile_ms=\(r.compileMilliseconds) p50_us=\(r.p50Microseconds) p99_us=\(r.p99Microseconds) n=\(r.activities)")
    #expect(r.activities == activities.count)
  }
}
