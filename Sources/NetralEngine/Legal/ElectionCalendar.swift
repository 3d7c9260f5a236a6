import NetralText
import Foundation
import NetralCore
import NetralPacks

/// One election's calendar as day numbers in its own time zone, to place an activity's date
/// in a phase without allocating a `Calendar`.
struct ElectionCalendar: Sendable {
  var id: String
  var title: String
  var kind: Election.Kind
  var region: Region?
  var timeZone: TimeZone
  /// The zone's offset from UTC in seconds, fixed at compile time (Indonesian zones keep no
  /// daylight saving time), so placing a date needs no time-zone lookup.
  var offset: Int
  /// Phases as inclusive day ranges (days since 1970-01-01 in the election's time zone).
  let phases: [(phase: Phase, start: Int, end: Int)]

  init(_ election: Election) {
    id = election.id
    title = election.title
    kind = election.kind
    region = election.region
    timeZone = TimeZone(identifier: election.timeZone) ?? TimeZone(secondsFromGMT: 7 * 3600) ?? .gmt
    offset = timeZone.secondsFromGMT()
    phases = election.calendar.compactMap { p in
      guard let s = Self.day(p.start), let e = Self.day(p.end) else { return nil }
      return (p.phase, s, e)
    }.sorted { $0.start < $1.start }
    window = Self.window(phases)
  }

  /// Days since the epoch of a `YYYY-MM-DD` date.
  static func day(_ text: String) -> Int? {
    let parts = text.split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3 else { return nil }
    return daysFromCivil(parts[0], parts[1], parts[2])
  }

  /// Howard Hinnant's days-from-civil algorithm.
  static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The local day of `date` in this election's time zone.
  func localDay(_ date: Date) -> Int {
    let seconds = date.timeIntervalSince1970 + Double(offset)
    return Int((seconds / 86400).rounded(.down))
  }

  /// The first and last day of the window of concern (computed once, with the phases).
  let window: ClosedRange<Int>?

  private static func window(_ phases: [(phase: Phase, start: Int, end: Int)]) -> ClosedRange<Int>? {
    guard let first = phases.first, let last = phases.map({ $0.end }).max() else { return nil }
    return first.start...last
  }

  /// The phase `date` falls in: the phase containing it, the last phase begun before it, or
  /// pre-registration before the first phase.
  func context(at date: Date) -> PhaseContext {
    let d = localDay(date)
    guard let window else { return PhaseContext(election: id, phase: .preRegistration, inWindow: false) }
    var phase: Phase = .preRegistration
    for p in phases where p.start <= d { phase = p.phase }
    if d > window.upperBound { phase = .after }
    return PhaseContext(election: id, phase: phase, inWindow: window.contains(d))
  }
}
