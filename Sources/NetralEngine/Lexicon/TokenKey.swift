import NetralText

/// How tokens and pack terms are turned into lookup keys, so that both sides agree.
enum TokenKey {
  /// Indonesian number words that stand for digits ("dua" = "2"), so "salam dua jari" and
  /// "salam 2 jari" are one phrase.
  static let numerals: [String: Int] = [
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "kosong": 0, "nol": 0,
    "siji": 1, "loro": 2, "telu": 3, "papat": 4, "setunggal": 1, "kalih": 2, "sekawan": 4,
    "hiji": 1, "tilu": 3, "opat": 4, "one": 1, "two": 2, "three": 3, "four": 4,
  ]

  /// The numeric value of token `k` of `normalized` when it is a number or a number word.
  static func value(of k: Int, in normalized: NormalizedText) -> Int? {
    switch normalized.spans[k].kind {
    case .number:
      return normalized.withUTF8(of: k) { bytes -> Int? in
        guard bytes.count <= 3 else { return nil }
        var v = 0
        for b in bytes {
          guard b >= 48, b <= 57 else { return nil }
          v = v * 10 + Int(b - 48)
        }
        return v
      }
    case .word: return numerals[normalized.text(of: k)]
    default: return nil
    }
  }

  /// Whether token `k` of `normalized` is two characters starting with "0" ("02").
  static func hasLeadingZero(_ k: Int, in normalized: NormalizedText) -> Bool {
    normalized.withUTF8(of: k) { $0.count == 2 && $0.first == 48 }
  }

  /// The key of a word or number: number words and plain digits share one key.
  static func wordKey(_ text: String, kind: Token.Kind) -> String {
    if kind == .word, let n = numerals[text] { return String(n) }
    return text
  }

  /// All repeated letters collapsed to one ("prabowoo" → "prabowo").
  static func skeleton(_ text: String) -> String {
    // ASCII, where a byte is a scalar: collapsed byte by byte.
    let ascii = text.utf8.withContiguousStorageIfAvailable { b -> String? in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      var bytes: [UInt8] = []
      bytes.reserveCapacity(b.count)
      var last: UInt8?
      for x in b where x != last {
        bytes.append(x)
        last = x
      }
      return String(decoding: bytes, as: UTF8.self)
    }
    if let ascii = ascii ?? nil { return ascii }
    var out = ""
    out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
    var last: Unicode.Scalar?
    for s in text.unicodeScalars where s != last {
      out.unicodeScalars.append(s)
      last = s
    }
    return out
  }

  /// Whether `text` has a letter repeated twice in a row.
  static func hasDoubledLetter(_ text: String) -> Bool {
    var last: UInt8 = 0
    for b in text.utf8 {
      if b == last { return true }
      last = b
    }
    return false
  }
}
