import Foundation
import NetralCore

/// Dates as the platforms write them.
enum PlatformDate {
  private static let months = [
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
  ]

  /// X's `created_at`: `Wed Oct 10 20:19:24 +0000 2018`.
  static func x(_ text: String) -> Date? {
    let parts = text.split(separator: " ")
    guard parts.count == 6, let month = months[parts[1].lowercased()], let day = Int(parts[2]),
      let year = Int(parts[5]), parts[4].count == 5
    else { return nil }
    let zone = parts[4]
    guard let zh = Int(zone.dropFirst().prefix(2)), let zm = Int(zone.suffix(2)) else { return nil }
    let sign = zone.first == "-" ? "-" : "+"
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let rfc = "\(year)-\(two(month))-\(two(day))T\(parts[3])\(sign)\(two(zh)):\(two(zm))"
    return RFC3339.parse(rfc)
  }

  /// Epoch seconds (Facebook, Instagram, TikTok's numeric fields).
  static func epoch(_ seconds: Double?) -> Date? {
    guard let seconds, seconds > 0 else { return nil }
    return Date(timeIntervalSince1970: seconds)
  }

  /// TikTok's `2024-10-01 12:00:00` (UTC), or RFC 3339, or epoch seconds as text.
  static func tiktok(_ text: String) -> Date? {
    if let date = RFC3339.parse(text.count == 19 ? text + "Z" : text) { return date }
    if let seconds = Double(text) { return epoch(seconds) }
    return nil
  }
}
