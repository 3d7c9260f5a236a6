import Foundation

/// A progress line on standard error for audits on a terminal: records, records per second
/// and, when the total is known, a bar and the time left. Silent when stderr is not a terminal.
final class ProgressBar {
  private let total: Int?
  private let enabled: Bool
  private let started = Date()
  private var lastDraw = Date.distantPast
  private var count = 0

  /// Progress over `total` records (when known); drawn only when `enabled`.
  init(total: Int?, enabled: Bool) {
    self.total = total
    self.enabled = enabled
  }

  /// One more record; redraws at most ten times a second.
  func advance() {
    count += 1
    guard enabled else { return }
    let now = Date()
    guard now.timeIntervalSince(lastDraw) >= 0.1 else { return }
    lastDraw = now
    StandardError.write("\r" + line(elapsed: now.timeIntervalSince(started)) + "\u{1B}[K")
  }

  /// Clears the line (before results are written to the same terminal, and at the end).
  func clear() {
    guard enabled, lastDraw != .distantPast else { return }
    StandardError.write("\r\u{1B}[K")
  }

  /// Clears the line for good.
  func finish() { clear() }

  /// The progress line after `elapsed` seconds.
  func line(elapsed: TimeInterval) -> String {
    let rate = elapsed > 0 ? Double(count) / elapsed : 0
    var text = "\(count) records · \(Int(rate))/s"
    if let total, total > 0 {
      let fraction = min(1, Double(count) / Double(total))
      let filled = Int(fraction * 24)
      let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 24 - filled)
      let left = rate > 0 ? Int(Double(max(0, total - count)) / rate) : 0
      text =
        "\(bar) \(Int(fraction * 100))% · " + text
        + " · ETA \(left / 60):\(left % 60 < 10 ? "0" : "")\(left % 60)"
    }
    return text
  }

  /// Lines in the plain files among `paths` (JSON Lines, CSV), or `nil` when any input is an
  /// archive, a folder or standard input.
  static func estimateTotal(_ paths: [String]) -> Int? {
    var total = 0
    for path in paths {
      var isDirectory: ObjCBool = false
      let lower = path.lowercased()
      guard path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
        !isDirectory.boolValue, lower.hasSuffix(".jsonl") || lower.hasSuffix(".csv"),
        let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
      else { return nil }
      total += data.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    return total
  }
}
