import Foundation
import NetralCore

/// Dates on the command line: `2024-01-20` (midnight, Western Indonesian Time) or a full
/// RFC 3339 timestamp.
enum DateArgument {
  static func parse(_ text: String) -> Date? {
    if text.count == 10, let date = RFC3339.parse(text + "T00:00:00+07:00") { return date }
    return RFC3339.parse(text)
  }
}
