/// A ``JSONOutput`` into memory of fixed size: no growth and no copy-on-write check per piece,
/// only a bounds check. When a piece does not fit, the buffer notes that it ``overflowed`` and
/// the caller renders again with a ``JSONWriter``.
struct JSONBuffer: JSONOutput {
  private let base: UnsafeMutablePointer<UInt8>
  private let capacity: Int
  /// How many bytes are written, from `base` on.
  private(set) var count = 0
  /// Whether a piece did not fit (the bytes written are then incomplete).
  private(set) var overflowed = false

  /// Writes into the `capacity` bytes at `base`, which the caller keeps alive while it writes.
  init(base: UnsafeMutablePointer<UInt8>, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  /// Copies `count` bytes from `source`, when they fit.
  @inline(__always)
  private mutating func write(_ source: UnsafePointer<UInt8>, count n: Int) {
    guard n <= capacity &- count else {
      overflowed = true
      return
    }
    JSONEncoding.copy(source, count: n, to: base + count)
    count &+= n
  }

  mutating func bytes(_ text: UnsafeBufferPointer<UInt8>) {
    guard let source = text.baseAddress else { return }
    write(source, count: text.count)
  }

  @inline(__always)
  mutating func literal(_ text: StaticString) {
    write(text.utf8Start, count: text.utf8CodeUnitCount)
  }

  mutating func string(_ value: String) {
    JSONEncoding.withUTF8(of: value) { utf8 in
      guard capacity &- count >= 2,
        let n = JSONEncoding.escape(utf8, to: base + (count &+ 1), room: capacity &- count &- 2)
      else {
        overflowed = true
        return
      }
      base[count] = 0x22
      base[count &+ n &+ 1] = 0x22
      count &+= n &+ 2
    }
  }

  mutating func plainString(_ value: String) {
    JSONEncoding.withUTF8(of: value) { utf8 in
      guard utf8.count &+ 2 <= capacity &- count else {
        overflowed = true
        return
      }
      base[count] = 0x22
      if let source = utf8.baseAddress {
        JSONEncoding.copy(source, count: utf8.count, to: base + (count &+ 1))
      }
      base[count &+ utf8.count &+ 1] = 0x22
      count &+= utf8.count &+ 2
    }
  }

  @inline(__always)
  mutating func integer(_ value: Int) {
    guard capacity &- count >= JSONEncoding.maxIntegerLength else {
      overflowed = true
      return
    }
    count &+= JSONEncoding.writeInteger(value, at: base + count)
  }

  @inline(__always)
  mutating func byte(_ value: UInt8) {
    guard count < capacity else {
      overflowed = true
      return
    }
    base[count] = value
    count &+= 1
  }
}
