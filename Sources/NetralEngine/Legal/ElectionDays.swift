import Foundation

/// Each election's zone offset and window side by side, to choose the election a date belongs
/// to in one pass over a small array (the phase of every activity is placed this way).
struct ElectionDays: Sendable {
  /// Per election, in pack order: the zone's offset from UTC in seconds and the window of
  /// concern as local day numbers (``ElectionCalendar/window``).
  private let entries: [(offset: Double, window: ClosedRange<Int>?)]

  /// The days of `elections`.
  init(_ elections: [ElectionCalendar]) {
    entries = elections.map { (Double($0.offset), $0.window) }
  }

  /// ``ElectionCalendar/localDay(_:)`` of election `e` for `seconds` since 1970.
  private func localDay(_ e: Int, _ seconds: Double) -> Int {
    Int(((seconds + entries[e].offset) / 86400).rounded(.down))
  }

  /// ``ElectionCalendar/contains(_:)`` of election `e`.
  func contains(_ e: Int, _ date: Date) -> Bool {
    guard let window = entries[e].window else { return false }
    return window.contains(localDay(e, date.timeIntervalSince1970))
  }

  /// The election for `date`: the first whose window contains it, else the nearest (the least
  /// distance from its window's first day, the first such election on a tie), `nil` without
  /// elections.
  func election(at date: Date) -> Int? {
    let seconds = date.timeIntervalSince1970
    var nearest: Int?
    var distance = 0
    // Most elections share a zone: a day is computed again only when the offset changes.
    var offset = Double.nan
    var day = 0
    for e in entries.indices {
      if entries[e].offset != offset {
        offset = entries[e].offset
        day = localDay(e, seconds)
      }
      let window = entries[e].window
      if let window, window.contains(day) { return e }
      let d = abs((window?.lowerBound ?? 0) - day)
      if nearest == nil || d < distance {
        nearest = e
        distance = d
      }
    }
    return nearest
  }
}
