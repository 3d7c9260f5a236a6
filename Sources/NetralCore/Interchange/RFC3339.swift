import Foundation

/// Parses and formats RFC 3339 timestamps (`2024-10-01T09:30:00+07:00`,
/// `2024-10-01T02:30:00.5Z`, and a bare date `2024-10-01` read as midnight UTC) without
/// Foundation's slow formatters.
public enum RFC3339 {
  /// Parses `string`; `nil` when it is not RFC 3339.
  public static func parse(_ string: String) -> Date? {
    var string = string
    return string.withUTF8 { parse(utf8: $0) }
  }

  /// ``parse(_:)`` over the UTF-8 of the text.
  static func parse(utf8: UnsafeBufferPointer<UInt8>) -> Date? {
    if let date = parseUsual(utf8) { return date }
    return parseAny(utf8: utf8)
  }

  /// The usual forms, `YYYY-MM-DDTHH:MM:SS±HH:MM` and `YYYY-MM-DDTHH:MM:SSZ` (a date on every
  /// interchange line), read from two 8-byte words and a few bytes: `nil` for any other text,
  /// which ``parseAny(utf8:)`` then decides (it gives the same date for these forms).
  @inline(__always)
  static func parseUsual(_ utf8: UnsafeBufferPointer<UInt8>) -> Date? {
    let n = utf8.count
    guard n == 25 || n == 20, let base = utf8.baseAddress else { return nil }
    // In bounds: both loads end at byte 16, and n >= 20.
    let raw = UnsafeRawPointer(base)
    let w0 = raw.loadUnaligned(as: UInt64.self) ^ 0x3030_3030_3030_3030  // YYYY-MM-
    let w1 = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) ^ 0x3030_3030_3030_3030  // DDTHH:MM
    // Digit bytes (after the xor) must be 0...9: no high nibble, and adding 6 leaves the low
    // nibble (no carry leaves a byte, each being at most 0x0F).
    let m0: UInt64 = 0x00FF_FF00_FFFF_FFFF
    let m1: UInt64 = 0xFFFF_00FF_FF00_FFFF
    let d0 = w0 & m0
    let d1 = w1 & m1
    guard (d0 | d1) & 0xF0F0_F0F0_F0F0_F0F0 == 0,
      ((d0 &+ (0x0606_0606_0606_0606 & m0)) | (d1 &+ (0x0606_0606_0606_0606 & m1)))
        & 0xF0F0_F0F0_F0F0_F0F0 == 0,
      // `-` at 4 and 7; `:` at 13 (xor'ed with 0x30).
      w0 & ~m0 == 0x1D00_001D_0000_0000, w1 & 0x0000_FF00_0000_0000 == 0x0000_0A00_0000_0000
    else { return nil }
    let t = utf8[10]
    guard t == 84 || t == 116 || t == 32, utf8[16] == 58 else { return nil }
    @inline(__always) func byte(_ w: UInt64, _ i: UInt64) -> Int { Int(truncatingIfNeeded: w &>> (i &* 8)) & 0xFF }
    @inline(__always) func digit(_ i: Int) -> Int? {
      let d = utf8[i] &- 48
      return d <= 9 ? Int(d) : nil
    }
    guard let s1 = digit(17), let s2 = digit(18) else { return nil }
    let year = byte(w0, 0) &* 1000 &+ byte(w0, 1) &* 100 &+ byte(w0, 2) &* 10 &+ byte(w0, 3)
    let month = byte(w0, 5) &* 10 &+ byte(w0, 6)
    let day = byte(w1, 0) &* 10 &+ byte(w1, 1)
    let hour = byte(w1, 3) &* 10 &+ byte(w1, 4)
    let minute = byte(w1, 6) &* 10 &+ byte(w1, 7)
    let second = s1 &* 10 &+ s2
    guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
    else { return nil }
    var offset = 0
    let zone = utf8[19]
    if n == 20 {
      guard zone == 90 || zone == 122 else { return nil }
    } else {
      guard zone == 43 || zone == 45, utf8[22] == 58, let h1 = digit(20), let h2 = digit(21),
        let m1 = digit(23), let m2 = digit(24)
      else { return nil }
      let oh = h1 &* 10 &+ h2
      let om = m1 &* 10 &+ m2
      guard oh < 24, om < 60 else { return nil }
      offset = (oh * 3600 + om * 60) * (zone == 45 ? -1 : 1)
    }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds))
  }

  /// ``parse(utf8:)`` for every form, digit by digit.
  static func parseAny(utf8: UnsafeBufferPointer<UInt8>) -> Date? {
    // Digits are read without a check each; `invalid` notes any non-digit and is tested once
    // per group (the interchange decoder parses a date on every line).
    var invalid = false
    @inline(__always) func digits(_ from: Int, _ count: Int) -> Int {
      var v = 0
      for i in from..<(from &+ count) {
        let d = utf8[i] &- 48
        invalid = invalid || d > 9
        v = v &* 10 &+ Int(d)
      }
      return v
    }
    let n = utf8.count
    guard n >= 10 else { return nil }
    let year = digits(0, 4)
    let month = digits(5, 2)
    let day = digits(8, 2)
    guard !invalid, utf8[4] == 45, utf8[7] == 45, (1...12).contains(month), (1...31).contains(day)
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    // A date alone is midnight UTC.
    if n == 10 { return Date(timeIntervalSince1970: Double(days * 86400)) }
    guard n >= 20, utf8[10] == 84 || utf8[10] == 116 || utf8[10] == 32, utf8[13] == 58,
      utf8[16] == 58
    else { return nil }
    let hour = digits(11, 2)
    let minute = digits(14, 2)
    let second = digits(17, 2)
    guard !invalid, hour < 24, minute < 60, second < 61 else { return nil }
    var i = 19
    var fraction = 0.0
    if utf8[i] == 46 {
      i += 1
      var scale = 0.1
      let start = i
      while i < n, utf8[i] >= 48, utf8[i] <= 57 {
        fraction += Double(utf8[i] - 48) * scale
        scale /= 10
        i += 1
      }
      guard i > start else { return nil }
    }
    guard i < n else { return nil }
    var offset = 0
    if utf8[i] == 90 || utf8[i] == 122 {
      guard i + 1 == n else { return nil }
    } else if utf8[i] == 43 || utf8[i] == 45, n == i + 6, utf8[i + 3] == 58 {
      let oh = digits(i + 1, 2)
      let om = digits(i + 4, 2)
      guard !invalid, oh < 24, om < 60 else { return nil }
      offset = (oh * 3600 + om * 60) * (utf8[i] == 45 ? -1 : 1)
    } else {
      return nil
    }
    let seconds = days * 86400 + hour * 3600 + minute * 60 + second - offset
    return Date(timeIntervalSince1970: Double(seconds) + fraction)
  }

  /// Formats `date` as `YYYY-MM-DDTHH:MM:SS±HH:MM` in the given offset from UTC (seconds).
  public static func format(_ date: Date, utcOffset: Int = 0) -> String {
    let total = Int(date.timeIntervalSince1970.rounded(.down)) + utcOffset
    let days = total >= 0 ? total / 86400 : (total - 86399) / 86400
    let secs = total - days * 86400
    let (y, m, d) = civilFromDays(days)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    let sign = utcOffset < 0 ? "-" : "+"
    let zone =
      utcOffset == 0
      ? "Z" : "\(sign)\(two(abs(utcOffset) / 3600)):\(two(abs(utcOffset) % 3600 / 60))"
    let year = String(repeating: "0", count: max(0, 4 - String(y).count)) + String(y)
    return "\(year)-\(two(m))-\(two(d))T\(two(secs / 3600)):\(two(secs % 3600 / 60)):\(two(secs % 60))\(zone)"
  }

  /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  static func civilFromDays(_ z0: Int) -> (Int, Int, Int) {
    let z = z0 + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }
}
