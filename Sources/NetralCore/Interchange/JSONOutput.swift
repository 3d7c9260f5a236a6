/// Where JSON text is written: a growable ``JSONWriter``, or a ``JSONBuffer`` of fixed size that
/// a verdict line is rendered into in one pass (see ``Assessment/jsonLineBytes(newline:cache:)``).
///
/// The rendering code (``Assessment``'s verdict line, a ``Finding``) is written once, generic
/// over this protocol, and specialized for each.
protocol JSONOutput {
  /// Appends raw JSON text written as a literal.
  mutating func literal(_ text: StaticString)
  /// Appends `value` as a JSON string literal, escaped.
  mutating func string(_ value: String)
  /// Appends `value` quoted, without looking for characters to escape: only for texts that have
  /// none (the raw values of the format's enums).
  mutating func plainString(_ value: String)
  /// Appends an integer in decimal.
  mutating func integer(_ value: Int)
  /// Appends one raw byte.
  mutating func byte(_ value: UInt8)
  /// Appends bytes of JSON text rendered before.
  mutating func bytes(_ text: UnsafeBufferPointer<UInt8>)
}

/// The byte-level work shared by every ``JSONOutput``: escaping a string's UTF-8 and writing an
/// integer's digits into memory the caller has made room in.
enum JSONEncoding {
  /// Calls `body` with the UTF-8 of `text`: read in place when it is contiguous (native strings
  /// and literals are), without the retain a `var` copy for `withUTF8` costs.
  @inline(__always)
  static func withUTF8<R>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var text = text
    return text.withUTF8(body)
  }

  /// Writes `source` escaped for a JSON string literal (RFC 8259: control characters, quote,
  /// backslash) at `dest`, which has room for `room` bytes. Returns how many bytes it wrote, or
  /// `nil` when they do not fit (then what is at `dest` is undefined).
  ///
  /// Runs that need no escape, usually the whole text, are found sixteen bytes at a time and
  /// copied in one go.
  @inline(__always)
  static func escape(
    _ source: UnsafeBufferPointer<UInt8>, to dest: UnsafeMutablePointer<UInt8>, room: Int
  ) -> Int? {
    let n = source.count
    guard let base = source.baseAddress, n > 0 else { return 0 }
    var written = 0
    var clean = 0
    var i = 0
    while i < n {
      // Sixteen bytes at a time while they last, then the last sixteen (or eight), which overlap
      // what was read: most text has nothing to escape.
      let rest = n &- i
      if rest >= 16 {
        if !needsEscape(sixteenAt: base + i) {
          i &+= 16
          continue
        }
      } else if n >= 16 {
        if !needsEscape(sixteenAt: base + (n &- 16)) { break }
      } else if rest >= 8 {
        if escapeBits(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) == 0 {
          i &+= 8
          continue
        }
      } else if n >= 8,
        escapeBits(UnsafeRawPointer(base + (n &- 8)).loadUnaligned(as: UInt64.self)) == 0
      {
        break
      }
      let b = base[i]
      if b < 0x20 || b == 0x22 || b == 0x5C {
        let run = i &- clean
        let escaped = Self.shortEscape(b) == 0 ? 6 : 2
        guard written &+ run &+ escaped <= room else { return nil }
        copy(base + clean, count: run, to: dest + written)
        written &+= run
        writeEscape(of: b, at: dest + written)
        written &+= escaped
        clean = i &+ 1
      }
      i &+= 1
    }
    let run = n &- clean
    guard written &+ run <= room else { return nil }
    copy(base + clean, count: run, to: dest + written)
    return written &+ run
  }

  /// Copies `n` bytes from `source` to `dest` (not overlapping). Up to 32 bytes (the keys and
  /// punctuation between values, most short texts) are moved as overlapping 8-byte words
  /// instead of through a call to `memmove`, which costs about as much as copying them.
  @inline(__always)
  static func copy(_ source: UnsafePointer<UInt8>, count n: Int, to dest: UnsafeMutablePointer<UInt8>) {
    let from = UnsafeRawPointer(source)
    let to = UnsafeMutableRawPointer(dest)
    if n >= 8, n <= 16 {
      // Words [0, 8) and [n - 8, n): both inside the n bytes.
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
      to.storeBytes(of: head, as: UInt64.self)
      to.storeBytes(of: tail, toByteOffset: n &- 8, as: UInt64.self)
    } else if n > 16, n <= 32 {
      // Words [0, 16) and [n - 16, n).
      let a = from.loadUnaligned(as: UInt64.self)
      let b = from.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
      let c = from.loadUnaligned(fromByteOffset: n &- 16, as: UInt64.self)
      let d = from.loadUnaligned(fromByteOffset: n &- 8, as: UInt64.self)
      to.storeBytes(of: a, as: UInt64.self)
      to.storeBytes(of: b, toByteOffset: 8, as: UInt64.self)
      to.storeBytes(of: c, toByteOffset: n &- 16, as: UInt64.self)
      to.storeBytes(of: d, toByteOffset: n &- 8, as: UInt64.self)
    } else if n < 8 {
      var i = 0
      while i < n {
        dest[i] = source[i]
        i &+= 1
      }
    } else {
      dest.update(from: source, count: n)
    }
  }

  /// Whether one of the sixteen bytes at `p` needs escaping (a control character, quote or
  /// backslash). Two words, each tested for bytes below 0x20, equal to 0x22 or equal to 0x5C
  /// with the carry trick that finds a zero byte; the three tests share their last mask (a
  /// quote or backslash has bit 7 clear, so `~(w ^ c)` and `~w` agree there) and are exact
  /// about whether such a byte exists. (SIMD16 compares compiled to a byte-by-byte loop.)
  @inline(__always)
  private static func needsEscape(sixteenAt p: UnsafePointer<UInt8>) -> Bool {
    let raw = UnsafeRawPointer(p)
    return escapeBits(raw.loadUnaligned(as: UInt64.self))
      | escapeBits(raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) != 0
  }

  /// Nonzero when a byte of `w` is below 0x20, a quote or a backslash.
  @inline(__always)
  private static func escapeBits(_ w: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let below = w &- 0x2020_2020_2020_2020
    let quote = (w ^ 0x2222_2222_2222_2222) &- ones
    let backslash = (w ^ 0x5C5C_5C5C_5C5C_5C5C) &- ones
    return (below | quote | backslash) & ~w & 0x8080_8080_8080_8080
  }

  /// The letter after the backslash of a byte's two-byte escape, or 0 when it has none.
  @inline(__always)
  private static func shortEscape(_ b: UInt8) -> UInt8 {
    switch b {
    case 0x22: 0x22
    case 0x5C: 0x5C
    case 0x0A: 0x6E
    case 0x0D: 0x72
    case 0x09: 0x74
    default: 0
    }
  }

  /// Writes the escape sequence of one byte that needs escaping (2 or 6 bytes) at `dest`.
  private static func writeEscape(of b: UInt8, at dest: UnsafeMutablePointer<UInt8>) {
    dest[0] = 0x5C
    let short = shortEscape(b)
    if short != 0 {
      dest[1] = short
      return
    }
    let hex: StaticString = "0123456789abcdef"
    dest[1] = 0x75
    dest[2] = 0x30
    dest[3] = 0x30
    dest[4] = hex.utf8Start[Int(b >> 4)]
    dest[5] = hex.utf8Start[Int(b & 0xF)]
  }

  /// At most how many bytes ``writeInteger(_:at:)`` writes.
  static let maxIntegerLength = 20

  /// Writes `value` in decimal at `dest` (room for ``maxIntegerLength`` bytes); returns how many
  /// bytes it wrote.
  @inline(__always)
  static func writeInteger(_ value: Int, at dest: UnsafeMutablePointer<UInt8>) -> Int {
    if value >= 0, value < 10 {
      dest[0] = 0x30 &+ UInt8(truncatingIfNeeded: value)
      return 1
    }
    var at = dest
    // The magnitude of Int.min does not fit in Int: work with it as a UInt.
    var v = value < 0 ? UInt(bitPattern: 0 &- value) : UInt(value)
    if value < 0 {
      at[0] = 0x2D
      at += 1
    }
    var digits = 1
    var probe = v
    while probe >= 10 {
      probe /= 10
      digits &+= 1
    }
    var i = digits
    repeat {
      i &-= 1
      at[i] = 0x30 &+ UInt8(truncatingIfNeeded: v % 10)
      v /= 10
    } while i > 0
    return (value < 0 ? 1 : 0) &+ digits
  }
}
