import Foundation
import Netral

/// `netral-bench packs [--runs N]`: times loading the bundled packs, cold (the first `bundled()`
/// in the process, from the precompiled snapshot), warm from the snapshot (decoding it, median of
/// N) and warm from the YAML (read, model mapping, every check: median and best of N
/// `reloadBundled()`, which bypasses the snapshot and the once-per-process cache).
///
/// `netral-bench packs --write-snapshot FILE` instead writes the snapshot source
/// (`Sources/NetralPacks/Snapshot/BundledPackSnapshot.swift`) from the YAML.
enum PackBenchmark {
  /// Runs the benchmark and prints one line per measure.
  static func run(arguments: [String]) throws {
    if let index = arguments.firstIndex(of: "--write-snapshot") {
      let path = index + 1 < arguments.count ? arguments[index + 1] : PackSnapshot.sourcePath
      let source = PackSnapshot.swiftSource(for: try PackLoader.reloadBundled())
      try Data(source.utf8).write(to: URL(fileURLWithPath: path))
      print("packs: wrote \(path) (\(source.utf8.count) bytes)")
      return
    }
    var runs = 50
    if let index = arguments.firstIndex(of: "--runs"), index + 1 < arguments.count,
      let value = Int(arguments[index + 1]), value > 0
    {
      runs = value
    }
    let clock = ContinuousClock()
    var packs: [Pack] = []
    let coldCPU = ResourceUsage.threadCPUSeconds()
    let cold = try clock.measure { packs = try PackLoader.bundled() }
    let coldCPUms = (ResourceUsage.threadCPUSeconds() - coldCPU) * 1000
    var warm: [Duration] = []
    var warmCPU: [Double] = []
    for _ in 0..<runs {
      let start = ResourceUsage.threadCPUSeconds()
      warm.append(try clock.measure { packs = try PackLoader.reloadBundled() })
      warmCPU.append((ResourceUsage.threadCPUSeconds() - start) * 1000)
    }
    warm.sort()
    warmCPU.sort()
    let snapshot = PackSnapshot.encode(packs)
    var decodeCPU: [Double] = []
    for _ in 0..<runs {
      let start = ResourceUsage.threadCPUSeconds()
      packs = try PackSnapshot.decode(snapshot)
      decodeCPU.append((ResourceUsage.threadCPUSeconds() - start) * 1000)
    }
    decodeCPU.sort()
    let terms = packs.reduce(0) { total, pack in
      total + pack.vocabulary.values.reduce(0) { $0 + $1.count }
        + pack.parties.reduce(0) { $0 + $1.abbreviations.count + $1.symbols.count + $1.emoji.count }
        + pack.elections.reduce(0) { $0 + $1.tickets.reduce(0) { $0 + $1.names.count + $1.slogans.count } }
    }
    let bytes = PackLoader.bundledNames.reduce(0) { total, name in
      let url = Bundle.module(for: name)
      return total + ((try? Data(contentsOf: url ?? URL(fileURLWithPath: "/")))?.count ?? 0)
    }
    print("packs: \(packs.count) bundled packs, \(bytes) bytes of YAML, \(terms) terms")
    print(
      "packs: cold bundled() \(milliseconds(cold)) ms wall, \(String(format: "%.2f", coldCPUms)) ms cpu"
    )
    print(
      "packs: snapshot (\(snapshot.count) bytes) decode median \(String(format: "%.3f", decodeCPU[decodeCPU.count / 2])) ms cpu over \(runs) runs"
    )
    print(
      "packs: warm YAML load+validate median \(milliseconds(warm[warm.count / 2])) ms wall (best \(milliseconds(warm[0]))), median \(String(format: "%.2f", warmCPU[warmCPU.count / 2])) ms cpu (best \(String(format: "%.2f", warmCPU[0]))) over \(runs) runs"
    )
  }

  private static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    let value = Double(seconds) * 1000 + Double(attoseconds) / 1e15
    return String(format: "%.2f", value)
  }
}

extension Bundle {
  /// The URL of a bundled pack file, looked up beside the executable.
  fileprivate static func module(for name: String) -> URL? {
    let products = Bundle.main.bundleURL
    let candidates = ["netral_NetralPacks.resources", "netral_NetralPacks.bundle"]
    for folder in candidates {
      let url = products.appendingPathComponent(folder).appendingPathComponent("Packs/\(name).yaml")
      if FileManager.default.fileExists(atPath: url.path) { return url }
    }
    return nil
  }
}
