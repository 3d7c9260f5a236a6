import Foundation
public import NetralCore
public import NetralPacks

/// Measures how long compiling packs and checking activities take, for `Docs/Engine.md` and
/// the benchmark tools. Not used by checking itself.
///
/// ```swift
/// let packs = PackSet(try PackLoader.bundled())
/// let result = try CheckBenchmark.run(packs: packs, activities: sample, rounds: 20)
/// print(result.compileMilliseconds, result.p99Microseconds)
/// ```
public enum CheckBenchmark {
  /// What one run measured.
  public struct Result: Sendable, Hashable {
    /// Median time to build a ``Checker`` from the packs, in milliseconds.
    public var compileMilliseconds: Double
    /// Median time per activity, in microseconds.
    public var p50Microseconds: Double
    /// 99th percentile time per activity, in microseconds.
    public var p99Microseconds: Double
    /// Activities checked per round.
    public var activities: Int
  }

  /// Builds the checker `rounds` times and checks every activity `rounds` times.
  public static func run(packs: PackSet, activities: [Activity], rounds: Int = 10) throws -> Result {
    let clock = ContinuousClock()
    var compile: [Double] = []
    var checker = try Checker(packs: packs)
    for _ in 0..<max(1, rounds) {
      let start = clock.now
      checker = try Checker(packs: packs)
      compile.append(milliseconds(clock.now - start))
    }
    var per: [Double] = []
    per.reserveCapacity(activities.count * rounds)
    // One workspace for every check, as a service checking drafts one after another keeps.
    var workspace = Checker.Workspace()
    for _ in 0..<max(1, rounds) {
      for a in activities {
        let start = clock.now
        _ = checker.check(a, reusing: &workspace)
        per.append(milliseconds(clock.now - start) * 1000)
      }
    }
    compile.sort()
    per.sort()
    func percentile(_ v: [Double], _ p: Double) -> Double {
      v.isEmpty ? 0 : v[min(v.count - 1, Int(Double(v.count) * p))]
    }
    return Result(
      compileMilliseconds: percentile(compile, 0.5), p50Microseconds: percentile(per, 0.5),
      p99Microseconds: percentile(per, 0.99), activities: activities.count)
  }

  private static func milliseconds(_ d: Duration) -> Double {
    Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15
  }
}
