/// Why a JSON text could not be scanned.
enum JSONScanFailure: Error, Sendable {
  /// Not JSON (RFC 8259).
  case syntax
  /// Nested deeper than ``JSONScanner/maxDepth``.
  case tooDeep
}

/// A value where the interchange format expects a string.
enum JSONScalar: Sendable {
  case string(String)
  /// A string whose bytes are not UTF-8.
  case invalidUTF8
  /// A number, as written.
  case number(String)
  case null
  /// `true`, `false`, an object or an array.
  case other
}

/// A forward-only scanner over one UTF-8 JSON text, for the interchange decoder.
///
/// It decodes strings (escapes, `\uXXXX` with surrogate pairs; a lone surrogate becomes
/// U+FFFD), validates numbers and skips unknown values; nesting deeper than
/// ``maxDepth`` fails with ``JSONScanFailure/tooDeep`` instead of exhausting the stack.
struct JSONScanner {
  /// The deepest nesting of arrays and objects accepted.
  static let maxDepth = 512

  let bytes: UnsafeBufferPointer<UInt8>
  var index: Int

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    index = 0
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
  }

  /// The next non-whitespace byte, without consuming it; `nil` at the end.
  mutating func peek() -> UInt8? {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return bytes[index]
      }
    }
    return nil
  }

  /// Consumes `byte` (after whitespace) or fails.
  mutating func expect(_ byte: UInt8) throws(JSONScanFailure) {
    guard peek() == byte else { throw .syntax }
    index += 1
  }

  /// Consumes `byte` (after whitespace) when it is next.
  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    index += 1
    return true
  }

  /// Whether only whitespace is left.
  mutating func atEnd() -> Bool { peek() == nil }

  /// Calls `member` for each key of the object that starts here; `member` must consume the value.
  mutating func object(
    _ member: (inout JSONScanner, FieldName) throws(JSONScanFailure) -> Void
  ) throws(JSONScanFailure) {
    try expect(0x7B)
    if consume(0x7D) { return }
    repeat {
      guard peek() == 0x22 else { throw .syntax }
      let key = try fieldName()
      try expect(0x3A)
      try member(&self, key)
    } while consume(0x2C)
    try expect(0x7D)
  }

  /// Reads an object key at the cursor and says which field it names.
  private mutating func fieldName() throws(JSONScanFailure) -> FieldName {
    let start = index + 1
    var end = start
    while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
    guard end < bytes.count else { throw .syntax }
    if bytes[end] == 0x22 {
      index = end + 1
      return FieldName.match(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
    guard var key = try string() else { return .unknown }  // escapes: decode first
    return key.withUTF8 { FieldName.match($0) }
  }

  /// Calls `element` for each element of the array that starts here with its index.
  mutating func array(
    _ element: (inout JSONScanner, Int) throws(JSONScanFailure) -> Void
  ) throws(JSONScanFailure) {
    try expect(0x5B)
    if consume(0x5D) { return }
    var i = 0
    repeat {
      try element(&self, i)
      i += 1
    } while consume(0x2C)
    try expect(0x5D)
  }

  /// Reads a value where a string is expected.
  mutating func scalar(depth: Int) throws(JSONScanFailure) -> JSONScalar {
    switch peek() ?? 0 {
    case 0x22:
      return try string().map(JSONScalar.string) ?? .invalidUTF8
    case 0x6E:
      try literal("null")
      return .null
    case 0x2D, 0x30...0x39:
      return .number(try number())
    default:
      try skipValue(depth: depth)
      return .other
    }
  }

  /// Whether a `null` comes next (consumed if so).
  mutating func null() throws(JSONScanFailure) -> Bool {
    guard peek() == 0x6E else { return false }
    try literal("null")
    return true
  }

  /// Skips any value, refusing nesting deeper than ``maxDepth`` (counting `depth` levels
  /// already entered).
  mutating func skipValue(depth: Int) throws(JSONScanFailure) {
    guard depth < Self.maxDepth else { throw .tooDeep }
    switch peek() ?? 0 {
    case 0x7B: try object { s, _ throws(JSONScanFailure) in try s.skipValue(depth: depth + 1) }
    case 0x5B: try array { s, _ throws(JSONScanFailure) in try s.skipValue(depth: depth + 1) }
    case 0x22: try skipString()
    case 0x74: try literal("true")
    case 0x66: try literal("false")
    case 0x6E: try literal("null")
    case 0x2D, 0x30...0x39: _ = try number()
    default: throw .syntax
    }
  }

  private mutating func literal(_ word: StaticString) throws(JSONScanFailure) {
    let count = word.utf8CodeUnitCount
    guard bytes.count - index >= count else { throw .syntax }
    let start = word.utf8Start
    for i in 0..<count where bytes[index + i] != start[i] { throw .syntax }
    index += count
  }

  /// Reads a number (RFC 8259 grammar) and returns its text.
  private mutating func number() throws(JSONScanFailure) -> String {
    let start = index
    if index < bytes.count, bytes[index] == 0x2D { index += 1 }
    guard index < bytes.count, isDigit(bytes[index]) else { throw .syntax }
    if bytes[index] == 0x30 {
      index += 1
    } else {
      skipDigits()
    }
    if index < bytes.count, bytes[index] == 0x2E {
      index += 1
      guard index < bytes.count, isDigit(bytes[index]) else { throw .syntax }
      skipDigits()
    }
    if index < bytes.count, bytes[index] | 0x20 == 0x65 {
      index += 1
      if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
      guard index < bytes.count, isDigit(bytes[index]) else { throw .syntax }
      skipDigits()
    }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
  }

  private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }

  /// Skips a string without decoding it (escapes are checked, UTF-8 is not).
  private mutating func skipString() throws(JSONScanFailure) {
    index += 1
    while index < bytes.count {
      let b = bytes[index]
      if b == 0x22 {
        index += 1
        return
      }
      if b < 0x20 { throw .syntax }
      if b == 0x5C {
        guard index + 1 < bytes.count else { throw .syntax }
        if bytes[index + 1] == 0x75 {
          index += 2
          _ = try hex4()
          continue
        }
        guard Self.isSimpleEscape(bytes[index + 1]) else { throw .syntax }
        index += 2
        continue
      }
      index += 1
    }
    throw .syntax
  }

  /// Reads a string at the cursor; `nil` when its bytes are not UTF-8.
  mutating func string() throws(JSONScanFailure) -> String? {
    guard index < bytes.count, bytes[index] == 0x22 else { throw .syntax }
    index += 1
    let start = index
    var bits: UInt8 = 0  // the high bit stays clear while the string is ASCII
    // Eight bytes at a time while none ends the string, escapes or is a control character.
    if let base = bytes.baseAddress {
      var high: UInt64 = 0
      while index &+ 8 <= bytes.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if JSONBytes.needsEscape(word) { break }
        high |= word
        index &+= 8
      }
      if high & 0x8080_8080_8080_8080 != 0 { bits = 0x80 }
    }
    while index < bytes.count {
      let b = bytes[index]
      if b == 0x22 {
        let run = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if bits < 0x80 { return String(decoding: run, as: UTF8.self) }
        return Self.string(utf8: run)
      }
      bits |= b
      if b == 0x5C { return try escapedString(from: start) }
      if b < 0x20 { throw .syntax }
      index += 1
    }
    throw .syntax
  }

  /// `bytes` as a string; `nil` when they are not well-formed UTF-8.
  private static func string(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard UTF8Validation.isValid(bytes) else { return nil }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func isSimpleEscape(_ b: UInt8) -> Bool {
    switch b {
    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74: true
    default: false
    }
  }

  /// Finishes a string that contains escapes; the cursor is at the first backslash.
  private mutating func escapedString(from start: Int) throws(JSONScanFailure) -> String? {
    var out: [UInt8] = []
    out.reserveCapacity(index - start + 16)
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
    while index < bytes.count {
      let b = bytes[index]
      switch b {
      case 0x22:
        index += 1
        return out.withUnsafeBufferPointer { Self.string(utf8: $0) }
      case 0x5C:
        guard index + 1 < bytes.count else { throw .syntax }
        let e = bytes[index + 1]
        index += 2
        switch e {
        case 0x22, 0x5C, 0x2F: out.append(e)
        case 0x62: out.append(0x08)
        case 0x66: out.append(0x0C)
        case 0x6E: out.append(0x0A)
        case 0x72: out.append(0x0D)
        case 0x74: out.append(0x09)
        case 0x75: append(try unicodeEscape(), to: &out)
        default: throw .syntax
        }
      case 0..<0x20:
        throw .syntax
      default:
        out.append(b)
        index += 1
      }
    }
    throw .syntax
  }

  /// The scalar of a `\uXXXX` escape whose `\u` was consumed, joining a surrogate pair;
  /// a lone surrogate yields U+FFFD.
  private mutating func unicodeEscape() throws(JSONScanFailure) -> Unicode.Scalar {
    let unit = try hex4()
    switch unit {
    case 0xD800...0xDBFF:
      if bytes.count - index >= 6, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
        let save = index
        index += 2
        let low = try hex4()
        if (0xDC00...0xDFFF).contains(low) {
          let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        index = save  // not a pair: the next escape stands on its own
      }
      return "\u{FFFD}"
    case 0xDC00...0xDFFF:
      return "\u{FFFD}"
    default:
      return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }
  }

  private mutating func hex4() throws(JSONScanFailure) -> UInt32 {
    guard bytes.count - index >= 4 else { throw .syntax }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let b = bytes[index]
      let digit: UInt8
      switch b {
      case 0x30...0x39: digit = b - 0x30
      case 0x41...0x46: digit = b - 0x41 + 10
      case 0x61...0x66: digit = b - 0x61 + 10
      default: throw .syntax
      }
      value = value << 4 | UInt32(digit)
      index += 1
    }
    return value
  }

  private func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
    UTF8.encode(scalar) { out.append($0) }
  }
}
