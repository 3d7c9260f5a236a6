import Foundation

/// Process resource figures for benchmark reports.
enum ResourceUsage {
  /// Peak resident set size of this process so far, in MiB (getrusage `ru_maxrss`, KiB on Linux).
  static var maxRSSMiB: Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
  }

  /// CPU time the calling thread has used, in nanoseconds (unaffected by waiting for a busy
  /// core).
  static func threadCPUNanoseconds() -> UInt64 {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
  }

  /// CPU time the calling thread has used, in seconds.
  static func threadCPUSeconds() -> Double { Double(threadCPUNanoseconds()) / 1e9 }

  /// Seconds `body` takes on the monotonic clock.
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  }

  /// The median of `values` (0 when empty).
  static func median(_ values: [Double]) -> Double {
    percentile(values.sorted(), 0.5)
  }

  /// The `p` quantile (nearest rank) of already sorted `values`.
  static func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// `value` with `digits` decimals.
  static func fixed(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
  }
}
