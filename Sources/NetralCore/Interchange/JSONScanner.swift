/// Why a JSON text could not be scanned.
enum JSONScanFailure: Error, Sendable {
  /// Not JSON (RFC 8259).
  case syntax
  /// Nested deeper than ``JSONScanner/maxDepth``.
  case tooDeep
}

/// A string or number as it sits in the scanned bytes: no `String` is built while scanning, so
/// a field costs nothing until the decoder reads it (and enum-like fields are matched on bytes).
struct JSONText: BitwiseCopyable {
  /// First byte of the contents (after the opening quote of a string).
  var start: Int
  /// One past the last byte of the contents (the closing quote of a string).
  var end: Int
  /// Whether the contents hold a backslash escape (the bytes are not the text yet).
  var escaped: Bool
  /// Whether every byte is below 0x80 (then the bytes are UTF-8 without checking).
  var ascii: Bool
}

/// A value where the interchange format expects a string.
enum JSONScalar: BitwiseCopyable {
  case string(JSONText)
  /// A number, as written.
  case number(JSONText)
  case null
  /// `true`, `false`, an object or an array.
  case other
}

/// A forward-only scanner over one UTF-8 JSON text, for the interchange decoder.
///
/// It checks the syntax of everything (escapes, `\uXXXX`, numbers), hands strings and numbers
/// back as ``JSONText`` ranges (``JSONTextReader`` turns them into strings) and skips unknown
/// values; nesting deeper than ``maxDepth`` fails with ``JSONScanFailure/tooDeep`` instead of
/// exhausting the stack.
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
  @inline(__always)
  mutating func peek() -> UInt8? {
    // Every whitespace byte is at most 0x20: a larger one is the answer right away.
    if index < bytes.count, bytes[index] > 0x20 { return bytes[index] }
    return peekAfterWhitespace()
  }

  private mutating func peekAfterWhitespace() -> UInt8? {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D: index += 1
      default: return bytes[index]
      }
    }
    return nil
  }

  /// Consumes `byte` (after whitespace) or fails.
  @inline(__always)
  mutating func expect(_ byte: UInt8) throws(JSONScanFailure) {
    guard peek() == byte else { throw .syntax }
    index += 1
  }

  /// Consumes `byte` (after whitespace) when it is next.
  @inline(__always)
  mutating func consume(_ byte: UInt8) -> Bool {
    guard peek() == byte else { return false }
    index += 1
    return true
  }

  /// Whether only whitespace is left.
  @inline(__always)
  mutating func atEnd() -> Bool { peek() == nil }

  /// Opens the object that starts here: `false` when it is empty (then it is consumed whole).
  ///
  /// An object is read as `if try s.enterObject() { repeat { let k = try s.key(); …read or
  /// skip the value… } while try s.nextMember() }`: a loop in the caller, no closure per member.
  @inline(__always)
  mutating func enterObject() throws(JSONScanFailure) -> Bool {
    try expect(0x7B)
    return !consume(0x7D)
  }

  /// The key of the next member, with the colon after it consumed.
  // Transparent (always inlined, like the string and key readers it inlines): with
  // `@inline(__always)` the optimizer still called `key()` and `scalar(depth:)` from the
  // decoder's large scanning function, keeping the cursor in memory (~300 instructions a line).
  @_transparent
  mutating func key() throws(JSONScanFailure) -> FieldName {
    guard peek() == 0x22 else { throw .syntax }
    let key = try fieldName()
    try expect(0x3A)
    return key
  }

  /// After a member's value: `true` when a comma (consumed) announces another member, `false`
  /// once the closing brace is consumed.
  @inline(__always)
  mutating func nextMember() throws(JSONScanFailure) -> Bool {
    if consume(0x2C) { return true }
    try expect(0x7D)
    return false
  }

  /// Skips every member of the object that starts here.
  private mutating func skipObject(depth: Int) throws(JSONScanFailure) {
    guard try enterObject() else { return }
    repeat {
      _ = try key()
      try skipValue(depth: depth)
    } while try nextMember()
  }

  /// Reads an object key at the cursor and says which field it names.
  @inline(__always)
  private mutating func fieldName() throws(JSONScanFailure) -> FieldName {
    let start = index + 1
    // Most keys end within the next eight bytes (or right after them): one load finds the
    // closing quote and the key is matched from the same word.
    if let base = bytes.baseAddress, start &+ 8 < bytes.count {
      let word = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
      let special = JSONBytes.specialBytes(word)
      let length = special == 0 ? 8 : special.trailingZeroBitCount &>> 3
      if base[start &+ length] == 0x22 {
        index = start &+ length &+ 1
        return FieldName.match(word: word, count: length)
      }
    }
    return try longFieldName()
  }

  /// ``fieldName()`` for a key that is long, has escapes or ends the input.
  private mutating func longFieldName() throws(JSONScanFailure) -> FieldName {
    let start = index + 1
    var end = start
    while end < bytes.count, bytes[end] != 0x22, bytes[end] != 0x5C { end += 1 }
    guard end < bytes.count else { throw .syntax }
    if bytes[end] == 0x22 {
      index = end + 1
      return FieldName.match(UnsafeBufferPointer(rebasing: bytes[start..<end]))
    }
    let key = try string()  // escapes: decode first
    guard var name = JSONTextReader(bytes).string(key) else { return .unknown }
    return name.withUTF8 { FieldName.match($0) }
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
  @_transparent  // see key()
  mutating func scalar(depth: Int) throws(JSONScanFailure) -> JSONScalar {
    switch peek() ?? 0 {
    case 0x22:
      return .string(try string())
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
  @inline(__always)
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
    case 0x7B: try skipObject(depth: depth + 1)
    case 0x5B: try array { s, _ throws(JSONScanFailure) in try s.skipValue(depth: depth + 1) }
    case 0x22: _ = try string()
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

  /// Reads a number (RFC 8259 grammar) and returns where its text is.
  private mutating func number() throws(JSONScanFailure) -> JSONText {
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
    return JSONText(start: start, end: index, escaped: false, ascii: true)
  }

  private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

  private mutating func skipDigits() {
    while index < bytes.count, isDigit(bytes[index]) { index += 1 }
  }

  /// Reads a string at the cursor: checks its escapes and notes whether it has any and whether
  /// it is ASCII (its UTF-8 is checked when it is read, ``JSONTextReader``).
  @inline(__always)
  mutating func string() throws(JSONScanFailure) -> JSONText {
    guard index < bytes.count, bytes[index] == 0x22, let base = bytes.baseAddress else {
      throw .syntax
    }
    let start = index + 1
    let count = bytes.count
    var i = start
    var high: UInt64 = 0  // the high bits stay clear while the string is ASCII
    var escaped = false
    while true {
      // Eight bytes at a time: the first quote, backslash or control character among them
      // is found from the word's bit pattern, not byte by byte.
      let word: UInt64
      if i &+ 8 <= count {
        word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
      } else {
        // The last few bytes of the text, zero-padded: a zero byte is a control character,
        // so the end of the input stops the search like one (and fails below).
        guard i < count else { throw .syntax }
        word = Self.lastBytes(base, from: i, count: count)
      }
      let special = JSONBytes.specialBytes(word)
      if special == 0 {
        high |= word
        i &+= 8
        continue
      }
      let offset = special.trailingZeroBitCount &>> 3
      high |= word & ((1 &<< (UInt64(offset) &* 8)) &- 1)
      i &+= offset
      guard i < count else { throw .syntax }
      switch base[i] {
      case 0x22:
        index = i &+ 1
        return JSONText(
          start: start, end: i, escaped: escaped, ascii: high & 0x8080_8080_8080_8080 == 0)
      case 0x5C:
        index = i
        try skipEscape()
        i = index
        escaped = true
      default:
        throw .syntax  // a control character
      }
    }
  }

  /// `base[i..<count]` (fewer than eight bytes) zero-padded into a little-endian word.
  ///
  /// Out of line: inlined into the string loop, this loop's counters were carried (and
  /// spilled) through every eight-byte step of every string (~8 instructions a step), for
  /// bytes that only the last string of a truncated text reaches.
  @inline(never)
  private static func lastBytes(_ base: UnsafePointer<UInt8>, from i: Int, count: Int) -> UInt64 {
    var last: UInt64 = 0
    for k in 0..<(count &- i) { last |= UInt64(base[i &+ k]) &<< (UInt64(k) &* 8) }
    return last
  }

  /// Checks the escape at the cursor (a backslash) and moves past it.
  private mutating func skipEscape() throws(JSONScanFailure) {
    guard index + 1 < bytes.count else { throw .syntax }
    switch bytes[index + 1] {
    case 0x22, 0x5C, 0x2F, 0x62, 0x66, 0x6E, 0x72, 0x74:
      index += 2
    case 0x75:
      guard bytes.count - index >= 6 else { throw .syntax }
      for i in index + 2..<index + 6 where JSONTextReader.hexDigit(bytes[i]) == nil {
        throw .syntax
      }
      index += 6
    default:
      throw .syntax
    }
  }
}
