/// A growable buffer of plain values managed by hand, so an append is a capacity check and a
/// store (no uniqueness check, no reference counting). The owner must call ``deallocate()``
/// exactly once when done.
struct GrowableBuffer<Element: BitwiseCopyable> {
  private(set) var base: UnsafeMutablePointer<Element>
  private(set) var count = 0
  private var capacity: Int

  /// An empty buffer with room for `capacity` elements.
  init(capacity: Int) {
    self.capacity = max(capacity, 16)
    base = .allocate(capacity: self.capacity)
  }

  /// Makes room for `extra` more elements (the room past ``count`` may be written through
  /// ``base`` before an append claims it).
  @inline(__always) mutating func reserve(_ extra: Int) {
    if count &+ extra > capacity { grow(count + extra) }
  }

  private mutating func grow(_ needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newBase.update(from: base, count: count)
    base.deallocate()
    base = newBase
    capacity = newCapacity
  }

  /// Appends one element.
  @inline(__always) mutating func append(_ element: Element) {
    reserve(1)
    base[count] = element
    count &+= 1
  }

  /// Appends `k` elements for the caller to write through the returned pointer (valid until the
  /// next append).
  @inline(__always) mutating func appendUninitialized(_ k: Int) -> UnsafeMutablePointer<Element> {
    reserve(k)
    let p = base + count
    count &+= k
    return p
  }

  /// Claims `k` elements already made room for by ``reserve(_:)`` (no capacity check), for the
  /// caller to write through the returned pointer.
  @inline(__always) mutating func appendReserved(_ k: Int) -> UnsafeMutablePointer<Element> {
    let p = base + count
    count &+= k
    return p
  }

  /// Removes every element (the storage is kept).
  @inline(__always) mutating func removeAll() { count = 0 }

  /// Removes the last `k` elements.
  @inline(__always) mutating func removeLast(_ k: Int) { count -= k }

  /// The elements (valid until the next append).
  var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

  /// Frees the storage.
  func deallocate() { base.deallocate() }
}
