/// A minimal, fast JSON text builder for the interchange and report formats.
///
/// Keys are written in the order given; strings are escaped per RFC 8259 (control characters,
/// quote, backslash; non-ASCII is written as UTF-8). Text accumulates as UTF-8 bytes, so
/// writing a verdict line costs a few copies, not a string operation per piece.
public struct JSONWriter: Sendable, JSONOutput {
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
    JSONEncoding.withUTF8(of: value) { utf8 in
      // Room for the text as it is, then (when it has characters to escape) for the worst case.
      ensure(utf8.count &+ 2)
      if !writeQuoted(utf8) {
        ensure(6 &* utf8.count &+ 2)
        _ = writeQuoted(utf8)
      }
    }
  }

  /// Appends `value` quoted as it is (no escaping): for texts known to need none.
  mutating func plainString(_ value: String) {
    byte(0x22)
    JSONEncoding.withUTF8(of: value) { write($0) }
    byte(0x22)
  }

  /// Writes `utf8` escaped between quotes if it fits in the room left; whether it did.
  private mutating func writeQuoted(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let at = count
    let written: Int? = storage.withUnsafeMutableBufferPointer { b in
      // `ensure` made room for at least the two quotes after `at`.
      guard let base = b.baseAddress, b.count &- at >= 2 else { return nil }
      let dest = base + at
      dest[0] = 0x22
      guard let n = JSONEncoding.escape(utf8, to: dest + 1, room: b.count &- at &- 2) else {
        return nil
      }
      dest[n &+ 1] = 0x22
      return n &+ 2
    }
    guard let written else { return false }
    count &+= written
    return true
  }

  /// Appends one raw byte (a newline after a JSON Lines record, say).
  public mutating func byte(_ value: UInt8) {
    ensure(1)
    storage[count] = value
    count &+= 1
  }

  /// Appends raw JSON text (a number, `true`, `null`, or a nested document).
  public mutating func raw(_ text: String) {
    JSONEncoding.withUTF8(of: text) { write($0) }
  }

  /// Appends bytes of JSON text rendered before.
  mutating func bytes(_ text: UnsafeBufferPointer<UInt8>) { write(text) }

  /// Appends raw JSON text written as a literal: its bytes are copied without inspecting a
  /// string (a literal passed to ``raw(_:)`` becomes a `String`).
  mutating func literal(_ text: StaticString) {
    text.withUTF8Buffer { write($0) }
  }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func ensure(_ extra: Int) {
    if count &+ extra > storage.count { grow(to: count + extra) }
  }

  @inline(never)
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
    count &+= piece.count
  }

  /// Appends an integer in decimal.
  public mutating func integer(_ value: Int) {
    ensure(JSONEncoding.maxIntegerLength)
    let at = count
    count &+= storage.withUnsafeMutableBufferPointer { b in
      guard let base = b.baseAddress else { return 0 }
      return JSONEncoding.writeInteger(value, at: base + at)
    }
  }

  /// Appends `true` or `false`.
  public mutating func bool(_ value: Bool) { literal(value ? "true" : "false") }

  /// Appends the UTF-8 of `s` escaped for inclusion inside a JSON string literal.
  public static func appendEscaped(_ s: String, to out: inout [UInt8]) {
    var w = JSONWriter()
    w.string(s)
    // Without the quotes `string` put around it.
    out.append(contentsOf: w.storage[1..<(w.count - 1)])
  }

  /// `value` as a JSON string literal.
  public static func quoted(_ value: String) -> String {
    var w = JSONWriter()
    w.string(value)
    return w.output
  }
}
