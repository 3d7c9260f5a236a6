import Netral

/// The first activities of a JSON Lines file, decoded and held in memory (lines that do not
/// decode are left out), for the benchmarks that time per-activity work.
enum ActivitySample {
  /// Up to `limit` activities of the file at `path`, or `nil` when it cannot be read.
  static func read(_ path: String, limit: Int) -> [Activity]? {
    guard let reader = LineReader(path: path) else { return nil }
    let decoder = ActivityDecoder()
    var activities: [Activity] = []
    for (i, line) in reader.enumerated() {
      guard activities.count < limit else { break }
      if let a = try? decoder.decode(line: line, source: path, line: i + 1) { activities.append(a) }
    }
    return activities
  }
}
