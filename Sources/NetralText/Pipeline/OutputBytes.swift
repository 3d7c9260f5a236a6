/// The normalized text being written by a ``Tokenizer``: a growable byte buffer managed by
/// hand, so an append is a capacity check and a copy (no uniqueness check, no generic
/// `append(contentsOf:)`). The owner must call ``deallocate()`` exactly once when done.
struct OutputBytes {
  private(set) var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  /// An empty buffer with room for `capacity` bytes.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  /// Makes room for `extra` more bytes (the room past ``count`` may be written through ``base``
  /// before an append claims it).
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count &+ extra > capacity { grow(count + extra) }
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one byte.
  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count &+= 1
  }

  /// Appends `bytes`.
  @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count)
    (base + count).update(from: source, count: bytes.count)
    count &+= bytes.count
  }

  /// Appends the UTF-8 bytes of `string`.
  @inline(__always) mutating func append(_ string: String) {
    let done: Void? = string.utf8.withContiguousStorageIfAvailable { append($0) }
    if done == nil { for b in string.utf8 { append(b) } }
  }

  /// Appends the UTF-8 encoding of the scalar value `scalar` (a valid scalar).
  @inline(__always) mutating func appendUTF8(of scalar: UInt32) {
    if scalar < 0x80 {
      append(UInt8(truncatingIfNeeded: scalar))
    } else if scalar < 0x800 {
      append(UInt8(truncatingIfNeeded: 0xC0 | scalar >> 6))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    } else if scalar < 0x1_0000 {
      append(UInt8(truncatingIfNeeded: 0xE0 | scalar >> 12))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    } else {
      append(UInt8(truncatingIfNeeded: 0xF0 | scalar >> 18))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 12 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar >> 6 & 0x3F))
      append(UInt8(truncatingIfNeeded: 0x80 | scalar & 0x3F))
    }
  }

  /// Appends `k` bytes for the caller to write through the returned pointer (valid until the
  /// next append).
  @inline(__always) mutating func appendUninitialized(_ k: Int) -> UnsafeMutablePointer<UInt8> {
    reserve(k)
    let p = base + count
    count &+= k
    return p
  }

  /// Removes the last `k` bytes.
  @inline(__always) mutating func removeLast(_ k: Int) { count -= k }

  /// The bytes from `start` to the end.
  @inline(__always) func suffix(from start: Int) -> UnsafeMutableBufferPointer<UInt8> {
    UnsafeMutableBufferPointer(start: base + start, count: count - start)
  }

  /// The bytes as a string.
  var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }

  /// Frees the storage.
  func deallocate() { base.deallocate() }
}
