/// Well-formedness of UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), checked without the generic standard-library entry points.
public enum UTF8Validation {
  /// Whether `bytes` is well-formed UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    firstInvalidByte(in: bytes) == nil
  }

  /// The 1-based offset of the first byte of the first invalid sequence, or `nil` when all of
  /// `bytes` is valid UTF-8.
  public static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { firstInvalidByte(in: $0) }
  }

  /// ``firstInvalidByte(in:)`` over a buffer; runs of ASCII are skipped sixteen bytes at a time.
  public static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    while i < n {
      // Sixteen bytes a step while they are ASCII (two words tested together), then eight.
      while i + 16 <= n,
        (raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
          | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) & 0x8080_8080_8080_8080 == 0
      {
        i += 16
      }
      if i + 8 <= n {
        let high = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
        // Straight to the word's first non-ASCII byte (little-endian: the lowest high bit).
        i += high == 0 ? 8 : high.trailingZeroBitCount >> 3
        if high == 0 { continue }
      }
      guard i < n else { break }
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i + 1
      }
      guard i + length <= n else { return i + 1 }
      guard bytes[i + 1] >= low, bytes[i + 1] <= high else { return i + 1 }
      for k in 2..<length where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return i + 1 }
      i += length
    }
    return nil
  }
}
