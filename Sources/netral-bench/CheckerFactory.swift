import Netral

/// Builds the checker the benchmarks use and says which one it is.
enum CheckerFactory {
  /// The real checker over the bundled packs (all, or only `pack` plus base packs), and a label
  /// saying whether the engine and packs are real or still placeholders on this branch.
  /// The bundled packs the benchmarks use (all, or only `pack` plus base packs).
  static func packSet(pack: String?) throws -> PackSet {
    var packs = try PackLoader.bundled()
    if let pack { packs = packs.filter { $0.id == pack || $0.id.hasPrefix("base") } }
    return PackSet(packs)
  }

  static func make(pack: String?) throws -> (Checker, label: String, seconds: Double) {
    var checker: Checker?
    var packCount = 0
    let seconds = try ResourceUsage.seconds {
      let packs = try packSet(pack: pack)
      packCount = packs.packs.count
      checker = try Checker(packs: packs)
    }
    guard let checker else { throw BenchUsageError(description: "no checker") }
    let label =
      checker.rules.isEmpty
      ? "PLACEHOLDER Checker (engine not merged on this build; \(packCount) pack(s)) — pipeline cost only"
      : "real Checker: \(checker.rules.count) rules, \(packCount) pack(s)"
    return (checker, label, seconds)
  }
}
