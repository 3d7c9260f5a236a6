import Foundation
import NetralCore

/// The inline SVG of findings per week (stacked: violations, reviews) with one lane per
/// election showing its calendar's phases, and the voting day as a line across the chart.
struct TimelineChart {
  /// Findings of one week.
  struct Week {
    var violations = 0
    var reviews = 0
  }

  /// Weeks start on Monday, in Western Indonesian Time (UTC+7).
  static let weekSeconds = 604_800
  static let zoneOffset = 25_200
  /// 1970-01-05 was a Monday.
  static let firstMonday = 345_600
  /// Longest span drawn, in weeks.
  static let maxWeeks = 160

  var weeks: [Int: Week] = [:]
  var calendars: [ElectionCalendar]
  var labels: ReportLabels

  static func week(of date: Date) -> Int {
    let t = Int(date.timeIntervalSince1970.rounded(.down)) + zoneOffset - firstMonday
    return t >= 0 ? t / weekSeconds : (t - weekSeconds + 1) / weekSeconds
  }

  static func start(ofWeek w: Int) -> Date {
    Date(timeIntervalSince1970: Double(w * weekSeconds + firstMonday - zoneOffset))
  }

  mutating func add(_ entry: ReportEntry) {
    guard let at = entry.activity?.at else { return }
    let w = Self.week(of: at)
    for f in entry.assessment.findings {
      if f.severity == .violation {
        weeks[w, default: Week()].violations += 1
      } else {
        weeks[w, default: Week()].reviews += 1
      }
    }
  }

  /// The chart, or `nil` when no finding has a date.
  func svg() -> String? {
    guard let lo = weeks.keys.min(), let hi = weeks.keys.max() else { return nil }
    var first = lo
    var last = hi
    let lanes = calendars.filter { cal in
      guard let s = cal.bands.first?.start, let e = cal.bands.last?.end else { return false }
      return Self.week(of: s) <= hi + 8 && Self.week(of: e) >= lo - 8
    }
    for cal in lanes {
      let inWindow = cal.bands.filter { $0.phase >= .registration && $0.phase <= .recapitulation }
      if let s = inWindow.first?.start, let e = inWindow.last?.end {
        let a = min(first, Self.week(of: s))
        let b = max(last, Self.week(of: e))
        if b - a < Self.maxWeeks { (first, last) = (a, b) }
      }
    }
    let count = last - first + 1
    let width = 800.0
    let left = 34.0
    let right = 8.0
    let laneHeight = 14.0
    let top = 8 + Double(lanes.count) * (laneHeight + 3)
    let plotHeight = 170.0
    let height = top + plotHeight + 26
    let step = (width - left - right) / Double(count)
    let maxCount = max(1, weeks.values.map { $0.violations + $0.reviews }.max() ?? 1)
    func x(_ w: Int) -> Double { left + Double(w - first) * step }
    func xDate(_ d: Date) -> Double {
      let t = d.timeIntervalSince1970 - Self.start(ofWeek: first).timeIntervalSince1970
      return min(width - right, max(left, left + t / Double(Self.weekSeconds) * step))
    }
    func y(_ n: Int) -> Double { top + plotHeight - Double(n) / Double(maxCount) * plotHeight }
    func f(_ v: Double) -> String { String(format: "%.1f", v) }

    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(labels.timelineTitle.htmlEscaped)\" font-family=\"system-ui,sans-serif\" font-size=\"11\">"
    for (i, cal) in lanes.enumerated() {
      let ly = 8 + Double(i) * (laneHeight + 3)
      for band in cal.bands {
        let x0 = xDate(band.start)
        let x1 = xDate(band.end)
        guard x1 > x0 else { continue }
        s +=
          "<rect x=\"\(f(x0))\" y=\"\(f(ly))\" width=\"\(f(x1 - x0))\" height=\"\(f(laneHeight))\" fill=\"\(Self.color(band.phase))\"><title>\(cal.title.htmlEscaped): \(labels.phase(band.phase).htmlEscaped) (\(ReportTime.format(band.start).prefix(10)) – \(ReportTime.format(band.end.addingTimeInterval(-1)).prefix(10)))</title></rect>"
        if band.phase == .campaign || band.phase == .voting {
          s +=
            "<rect x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(max(1.5, x1 - x0)))\" height=\"\(f(plotHeight))\" fill=\"\(Self.color(band.phase))\" opacity=\"\(band.phase == .voting ? "0.9" : "0.35")\"/>"
        }
      }
      s +=
        "<text x=\"\(f(left + 3))\" y=\"\(f(ly + laneHeight - 3.5))\" fill=\"#374151\" font-size=\"10\">\(cal.title.htmlEscaped)</text>"
    }
    for n in Set([0, (maxCount + 1) / 2, maxCount]).sorted() {
      s +=
        "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(n)))\" y2=\"\(f(y(n)))\" stroke=\"#e5e7eb\"/>"
      s +=
        "<text x=\"\(f(left - 5))\" y=\"\(f(y(n) + 4))\" text-anchor=\"end\" fill=\"#6b7280\">\(n)</text>"
    }
    let barWidth = max(1, step * 0.8)
    for (w, week) in weeks.sorted(by: { $0.key < $1.key }) where w >= first && w <= last {
      let bx = x(w) + (step - barWidth) / 2
      let day = RFC3339.format(Self.start(ofWeek: w), utcOffset: Self.zoneOffset).prefix(10)
      let tip =
        "\(day): \(week.violations) \(labels.verdict(.violation)), \(week.reviews) \(labels.verdict(.review))"
      if week.reviews > 0 {
        s +=
          "<rect x=\"\(f(bx))\" y=\"\(f(y(week.reviews)))\" width=\"\(f(barWidth))\" height=\"\(f(y(0) - y(week.reviews)))\" fill=\"#d97706\"><title>\(tip.htmlEscaped)</title></rect>"
      }
      if week.violations > 0 {
        let yTop = y(week.reviews + week.violations)
        s +=
          "<rect x=\"\(f(bx))\" y=\"\(f(yTop))\" width=\"\(f(barWidth))\" height=\"\(f(y(week.reviews) - yTop))\" fill=\"#dc2626\"><title>\(tip.htmlEscaped)</title></rect>"
      }
    }
    s +=
      "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0)))\" stroke=\"#9ca3af\"/>"
    let months = monthTicks(first: first, last: last)
    let every = max(1, Int((Double(months.count) / 10).rounded(.up)))
    for (i, tick) in months.enumerated() where i % every == 0 {
      let tx = xDate(tick.date)
      guard tx < width - right - 44 else { continue }
      s +=
        "<line x1=\"\(f(tx))\" x2=\"\(f(tx))\" y1=\"\(f(y(0)))\" y2=\"\(f(y(0) + 4))\" stroke=\"#9ca3af\"/>"
      s += "<text x=\"\(f(tx + 2))\" y=\"\(f(y(0) + 16))\" fill=\"#6b7280\">\(tick.label)</text>"
    }
    return s + "</svg>"
  }

  /// First days of the months in the range, labelled "Jan 2024".
  private func monthTicks(first: Int, last: Int) -> [(date: Date, label: String)] {
    let names =
      labels.language == .en
      ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
      : ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
    let startText = RFC3339.format(Self.start(ofWeek: first), utcOffset: Self.zoneOffset)
    guard var year = Int(startText.prefix(4)), var month = Int(startText.dropFirst(5).prefix(2))
    else { return [] }
    let end = Self.start(ofWeek: last + 1)
    var result: [(Date, String)] = []
    while true {
      month += 1
      if month > 12 { (month, year) = (1, year + 1) }
      let text = "\(year)-\(month < 10 ? "0" : "")\(month)-01T00:00:00+07:00"
      guard let date = RFC3339.parse(text), date < end else { break }
      result.append((date, "\(names[month - 1]) \(year)"))
    }
    return result
  }

  /// The fill of a phase in the lanes and legend.
  static func color(_ phase: Phase) -> String {
    switch phase {
    case .preRegistration, .after: "#e5e7eb"
    case .registration: "#c7d2fe"
    case .verification: "#ddd6fe"
    case .candidacy: "#f5d0fe"
    case .campaign: "#fed7aa"
    case .quietPeriod: "#a5f3fc"
    case .voting: "#ef4444"
    case .recapitulation: "#bbf7d0"
    }
  }
}
