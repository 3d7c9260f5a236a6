import Foundation
import NetralCore

/// Times in reports: RFC 3339 in Western Indonesian Time (UTC+7), the zone of most inputs.
enum ReportTime {
  /// Seconds east of UTC.
  static let offset = 25_200

  /// `2024-01-09T20:41:00+07:00`.
  static func format(_ date: Date) -> String { RFC3339.format(date, utcOffset: offset) }
}

extension ReportTime {
  /// `2024-01-09 20:41 WIB`, for people.
  static func human(_ date: Date) -> String {
    let s = format(date)
    return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(5)) + " WIB"
  }
}
