/// A minimal, fast JSON text builder for the interchange and report formats.
///
/// Keys are written in the order given; strings are escaped per RFC 8259 (control characters,
/// quote, backslash; non-ASCII is written as UTF-8). Text accumulates as UTF-8 bytes, so
/// writing a verdict line costs a few copies, not a string operation per piece.
public struct JSONWriter: Sendable {
  /// The storage: ``count`` bytes written, then zeros up to its size. Pieces are copied into
  /// place (`Array.append(contentsOf:)` costs about a hundred instructions per piece, and a
  /// verdict line with findings has hundreds of pieces).
  private var storage: [UInt8] = []
  /// How many bytes are written.
  private var count = 0

  /// The JSON text written so far, as UTF-8.
  public var bytes: [UInt8] { Array(storage[0..<count]) }

  /// The JSON text written so far.
  public var output: String {
    storage.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[0..<count]), as: UTF8.self) }
  }

  /// Creates an empty writer.
  public init() {}

  /// Makes room for at least `count` more bytes.
  public mutating func reserve(_ count: Int) { ensure(count) }

  /// Appends `value` as a JSON string literal.
  public mutating func string(_ value: String) {
    byte(0x22)
    Self.withUTF8(of: value) { appendEscaped($0) }
    byte(0x22)
  }

  /// Appends one raw byte (a newline after a JSON Lines record, say).
  public mutating func byte(_ value: UInt8) {
    ensure(1)
    storage[count] = value
    count += 1
  }

  /// Appends raw JSON text (a number, `true`, `null`, or a nested document).
  public mutating func raw(_ text: String) {
    Self.withUTF8(of: text) { write($0) }
  }

  /// Calls `body` with the UTF-8 of `text`: read in place when it is contiguous (native strings
  /// and literals are), without the retain a `var` copy for `withUTF8` costs; one copy, not a
  /// generic walk of the UTF-8 view.
  @inline(__always)
  private static func withUTF8(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    if text.utf8.withContiguousStorageIfAvailable(body) == nil {
      var text = text
      text.withUTF8(body)
    }
  }

  /// Appends raw JSON text written as a literal: its bytes are copied without inspecting a
  /// string (a literal passed to ``raw(_:)`` becomes a `String`).
  mutating func literal(_ text: StaticString) {
    text.withUTF8Buffer { write($0) }
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func ensure(_ extra: Int) {
    if count + extra > storage.count { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    let size = Swift.max(needed, storage.count * 2, 256)
    storage.append(contentsOf: repeatElement(0, count: size - storage.count))
  }

  /// Copies `piece` after the bytes written.
  @inline(__always)
  private mutating func write(_ piece: UnsafeBufferPointer<UInt8>) {
    guard let source = piece.baseAddress, !piece.isEmpty else { return }
    ensure(piece.count)
    let at = count
    storage.withUnsafeMutableBufferPointer { b in
      guard let base = b.baseAddress else { return }
      (base + at).update(from: source, count: piece.count)
    }
    count += piece.count
  }

  /// Appends `utf8` escaped for inclusion inside a JSON string literal.
  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    let n = utf8.count
    guard let base = utf8.baseAddress else { return }
    var clean = 0
    var i = 0
    while i < n {
      // Eight bytes at a time: most text has nothing to escape.
      if i &+ 8 <= n, !JSONBytes.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
        i &+= 8
        continue
      }
      let b = base[i]
      if b < 0x20 || b == 0x22 || b == 0x5C {
        write(UnsafeBufferPointer(start: base + clean, count: i - clean))
        writeEscape(of: b)
        clean = i + 1
      }
      i &+= 1
    }
    write(UnsafeBufferPointer(start: base + clean, count: n - clean))
  }

  /// Appends an integer in decimal.
  public mutating func integer(_ value: Int) {
    if value < 0 {
      byte(0x2D)
      // The magnitude of Int.min does not fit in Int: write it through UInt.
      appendDigits(UInt(bitPattern: 0 &- value))
    } else {
      appendDigits(UInt(value))
    }
  }

  /// Appends `true` or `false`.
  public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }

  private mutating func appendDigits(_ value: UInt) {
    if value < 10 {
      byte(0x30 + UInt8(value))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var v = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while v > 0 {
        buffer[19 - count] = 0x30 + UInt8(v % 10)
        v /= 10
        count += 1
      }
      write(UnsafeRawBufferPointer(rebasing: buffer[(20 - count)...]).assumingMemoryBound(to: UInt8.self))
    }
  }

  /// Appends the UTF-8 of `s` escaped for inclusion inside a JSON string literal.
  public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
    var w = JSONWriter()
    withUTF8(of: s) { w.appendEscaped($0) }
    out.append(contentsOf: w.storage[0..<w.count])
  }

  /// Writes the escape sequence of one byte that needs escaping.
  private mutating func writeEscape(of b: UInt8) {
    byte(0x5C)
    switch b {
    case 0x22: byte(0x22)
    case 0x5C: byte(0x5C)
    case 0x0A: byte(0x6E)
    case 0x0D: byte(0x72)
    case 0x09: byte(0x74)
    default:
      let hex: StaticString = "0123456789abcdef"
      byte(0x75)
      byte(0x30)
      byte(0x30)
      byte(hex.utf8Start[Int(b >> 4)])
      byte(hex.utf8Start[Int(b & 0xF)])
    }
  }

  /// `value` as a JSON string literal.
  public static func quoted(_ value: String) -> String {
    var w = JSONWriter()
    w.string(value)
    return w.output
  }
}
