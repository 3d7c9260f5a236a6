/// Well-formedness of UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), checked without the generic standard-library entry points.
enum UTF8Validation {
  /// Whether `bytes` is well-formed UTF-8.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      func continuation(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
      switch b0 {
      case 0xC2...0xDF:
        guard continuation(1) else { return false }
        i += 2
      case 0xE0...0xEF:
        guard continuation(1), continuation(2) else { return false }
        let b1 = bytes[i + 1]
        if b0 == 0xE0 && b1 < 0xA0 { return false }  // overlong
        if b0 == 0xED && b1 > 0x9F { return false }  // surrogate
        i += 3
      case 0xF0...0xF4:
        guard continuation(1), continuation(2), continuation(3) else { return false }
        let b1 = bytes[i + 1]
        if b0 == 0xF0 && b1 < 0x90 { return false }  // overlong
        if b0 == 0xF4 && b1 > 0x8F { return false }  // above U+10FFFF
        i += 4
      default:
        return false
      }
    }
    return true
  }
}
