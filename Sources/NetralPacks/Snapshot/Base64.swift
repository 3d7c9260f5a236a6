/// Standard base64 (RFC 4648, with padding), for the snapshot embedded in source code.
enum Base64 {
  private static let alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// The value of each ASCII byte in the alphabet; 0xFF for bytes outside it.
  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
    return table
  }()

  /// `bytes` in base64.
  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let count = min(3, bytes.count - index)
      var group: UInt32 = 0
      for offset in 0..<3 {
        group <<= 8
        if offset < count { group |= UInt32(bytes[index + offset]) }
      }
      for position in 0..<4 {
        if position <= count {
          out.append(alphabet[Int((group >> UInt32(18 - 6 * position)) & 0x3F)])
        } else {
          out.append(UInt8(ascii: "="))
        }
      }
      index += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The bytes `text` encodes, skipping line breaks and spaces; `nil` for any other character
  /// outside the alphabet or a bad length.
  static func decode(_ text: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
    var failed = false
    let decoded = values.withUnsafeBufferPointer { table in
      // At most three bytes per four characters: `text.count / 4 * 3 + 3` is room enough.
      [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3 + 3) { out, initialized in
        var o = 0
        var i = 0
        let n = text.count
        var group: UInt32 = 0
        var filled = 0
        var padding = 0
        while i < n {
          // Fast path: four alphabet characters at a group boundary make three bytes (the
          // snapshots are long lines of them).
          if filled == 0, padding == 0, i + 4 <= n {
            let a = table[Int(text[i])], b = table[Int(text[i + 1])]
            let c = table[Int(text[i + 2])], d = table[Int(text[i + 3])]
            if (a | b | c | d) & 0xC0 == 0 {
              let g = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
              out[o] = UInt8(truncatingIfNeeded: g >> 16)
              out[o + 1] = UInt8(truncatingIfNeeded: g >> 8)
              out[o + 2] = UInt8(truncatingIfNeeded: g)
              o += 3
              i += 4
              continue
            }
          }
          let byte = text[i]
          i += 1
          switch byte {
          case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: " "): continue
          case UInt8(ascii: "="):
            padding += 1
            group <<= 6
          default:
            let value = table[Int(byte)]
            guard value != 0xFF, padding == 0 else {
              failed = true
              initialized = o
              return
            }
            group = group << 6 | UInt32(value)
          }
          filled += 1
          if filled == 4 {
            guard padding <= 2 else {
              failed = true
              initialized = o
              return
            }
            out[o] = UInt8(truncatingIfNeeded: group >> 16)
            o += 1
            if padding < 2 {
              out[o] = UInt8(truncatingIfNeeded: group >> 8)
              o += 1
            }
            if padding < 1 {
              out[o] = UInt8(truncatingIfNeeded: group)
              o += 1
            }
            group = 0
            filled = 0
          }
        }
        if filled != 0 { failed = true }
        initialized = o
      }
    }
    return failed ? nil : decoded
  }
}
