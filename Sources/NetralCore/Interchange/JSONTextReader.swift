/// Reads the ``JSONText``s a ``JSONScanner`` found, in the bytes it scanned.
///
/// Strings are built here, once the decoder asks for a field, straight from the line's bytes:
/// ASCII needs no check, other text is checked with ``UTF8Validation`` and then handed to the
/// standard library as known-good UTF-8 (no second, slower check). Escapes are decoded here
/// too: `\uXXXX` joins surrogate pairs and turns a lone surrogate into U+FFFD.
struct JSONTextReader {
  let bytes: UnsafeBufferPointer<UInt8>
  /// Whether all of `bytes` is known to be well-formed UTF-8 (then no text is checked again).
  let validUTF8: Bool

  init(_ bytes: UnsafeBufferPointer<UInt8>, validUTF8: Bool = false) {
    self.bytes = bytes
    self.validUTF8 = validUTF8
  }

  /// The text as a string; `nil` when its bytes are not well-formed UTF-8.
  func string(_ text: JSONText) -> String? {
    let run = UnsafeBufferPointer(rebasing: bytes[text.start..<text.end])
    // Escapes decode to well-formed UTF-8 and are ASCII themselves, so the decoded string is
    // well-formed exactly when the bytes as written are.
    guard text.ascii || validUTF8 || UTF8Validation.isValid(run) else { return nil }
    if text.escaped { return unescaped(run) }
    return Self.string(checked: run, ascii: text.ascii)
  }

  /// `run`, already known to be well-formed UTF-8, as a string.
  private static func string(checked run: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String {
    if run.isEmpty { return "" }
    if #available(macOS 26, iOS 26, watchOS 26, tvOS 26, visionOS 26, *) {
      // Unchecked: `run` is ASCII or passed UTF8Validation just before. String(decoding:)
      // would validate it again (about 9 instructions per byte of non-ASCII text).
      return String(copying: unsafe UTF8Span(unchecked: run.span, isKnownASCII: ascii))
    }
    return String(decoding: run, as: UTF8.self)
  }

  /// Decodes the escapes of `run` (whose syntax the scanner checked) into a string.
  private func unescaped(_ run: UnsafeBufferPointer<UInt8>) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(run.count)
    var i = 0
    while i < run.count {
      let b = run[i]
      guard b == 0x5C, i + 1 < run.count else {
        out.append(b)
        i += 1
        continue
      }
      let e = run[i + 1]
      i += 2
      switch e {
      case 0x62: out.append(0x08)
      case 0x66: out.append(0x0C)
      case 0x6E: out.append(0x0A)
      case 0x72: out.append(0x0D)
      case 0x74: out.append(0x09)
      case 0x75:
        let scalar = Self.unicodeEscape(run, at: &i)
        UTF8.encode(scalar) { out.append($0) }
      default: out.append(e)  // `"`, `\` and `/` stand for themselves
      }
    }
    return out.withUnsafeBufferPointer { Self.string(checked: $0, ascii: false) }
  }

  /// The scalar of the `\uXXXX` escape whose hex digits start at `i` (moved past them), joining
  /// a surrogate pair; a lone surrogate yields U+FFFD.
  private static func unicodeEscape(_ run: UnsafeBufferPointer<UInt8>, at i: inout Int)
    -> Unicode.Scalar
  {
    let unit = hex4(run, at: i)
    i += 4
    switch unit {
    case 0xD800...0xDBFF:
      if run.count - i >= 6, run[i] == 0x5C, run[i + 1] == 0x75 {
        let low = hex4(run, at: i + 2)
        if (0xDC00...0xDFFF).contains(low) {
          i += 6
          let value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
          return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
      }
      return "\u{FFFD}"  // not a pair: the next escape stands on its own
    case 0xDC00...0xDFFF:
      return "\u{FFFD}"
    default:
      return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }
  }

  /// The four hex digits at `i` (checked by the scanner) as a number.
  private static func hex4(_ run: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
    var value: UInt32 = 0
    for k in i..<i + 4 { value = value << 4 | UInt32(hexDigit(run[k]) ?? 0) }
    return value
  }

  /// The value of a hex digit; `nil` for any other byte.
  static func hexDigit(_ b: UInt8) -> UInt8? {
    switch b {
    case 0x30...0x39: b - 0x30
    case 0x41...0x46: b - 0x41 + 10
    case 0x61...0x66: b - 0x61 + 10
    default: nil
    }
  }
}
