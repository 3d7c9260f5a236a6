/// The normalized text being written by a ``Tokenizer``: a ``GrowableBuffer`` of bytes. The owner
/// must call ``GrowableBuffer/deallocate()`` exactly once when done.
typealias OutputBytes = GrowableBuffer<UInt8>

extension GrowableBuffer<UInt8> {
  /// Appends `bytes`.
  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    appendUninitialized(bytes.count).initialize(from: source, count: bytes.count)
  }

  /// Appends the UTF-8 bytes of `string`.
  @inline(__always) mutating func append(_ string: String) {
    let done: Void? = string.utf8.withContiguousStorageIfAvailable { append($0) }
    if done == nil { for b in string.utf8 { append(b) } }
  }

  /// Appends the UTF-8 encoding of the scalar value `scalar` (a valid scalar) into room already
  /// made by ``GrowableBuffer/reserve(_:)`` (up to four bytes), without a capacity check.
  @inline(__always) mutating func appendReservedUTF8(of scalar: UInt32) {
    if scalar < 0x80 {
      appendReserved(1).pointee = UInt8(truncatingIfNeeded: scalar)
    } else if scalar < 0x800 {
      let p = appendReserved(2)
      p[0] = UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6)
      p[1] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
    } else if scalar < 0x1_0000 {
      let p = appendReserved(3)
      p[0] = UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12)
      p[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
      p[2] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
    } else {
      let p = appendReserved(4)
      p[0] = UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18)
      p[1] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F)
      p[2] = UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F)
      p[3] = UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F)
    }
  }

  /// The bytes from `start` to the end.
  @inline(__always) func suffix(from start: Int) -> UnsafeMutableBufferPointer<UInt8> {
    UnsafeMutableBufferPointer(start: base + start, count: count - start)
  }

  /// The bytes as a string.
  var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}
