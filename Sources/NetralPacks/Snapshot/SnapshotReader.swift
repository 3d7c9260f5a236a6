/// Reads what ``SnapshotWriter`` wrote; every read is bounds-checked and throws on truncated or
/// malformed bytes.
struct SnapshotReader {
  /// The snapshot.
  private let bytes: [UInt8]
  /// The next byte to read.
  private(set) var offset: Int

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8], offset: Int = 0) {
    self.bytes = bytes
    self.offset = offset
  }

  /// Whether every byte has been read.
  var isAtEnd: Bool { offset == bytes.count }

  /// Reads one byte.
  mutating func byte() throws(SnapshotError) -> UInt8 {
    guard offset < bytes.count else { throw SnapshotError("truncated at byte \(offset)") }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// Reads an unsigned varint (at most ten bytes).
  mutating func varint() throws(SnapshotError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let next = try byte()
      guard shift < 64 else { throw SnapshotError("varint too long at byte \(offset)") }
      value |= UInt64(next & 0x7F) << shift
      if next < 0x80 { return value }
      shift += 7
    }
  }

  /// Reads a count or length (a varint that fits an `Int`).
  mutating func count() throws(SnapshotError) -> Int {
    let value = try varint()
    guard value <= UInt64(Int.max) else { throw SnapshotError("count out of range at byte \(offset)") }
    return Int(value)
  }

  /// Reads a signed integer (zigzag-encoded).
  mutating func integer() throws(SnapshotError) -> Int {
    let raw = try varint()
    return Int(truncatingIfNeeded: (raw >> 1) ^ (0 &- (raw & 1)))
  }

  /// Reads a boolean.
  mutating func bool() throws(SnapshotError) -> Bool {
    switch try byte() {
    case 0: return false
    case 1: return true
    default: throw SnapshotError("bad boolean at byte \(offset - 1)")
    }
  }

  /// Reads a string.
  mutating func string() throws(SnapshotError) -> String {
    let length = try count()
    guard length <= bytes.count - offset else { throw SnapshotError("truncated string at byte \(offset)") }
    defer { offset += length }
    return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
  }

  /// Reads a value that knows how to read itself.
  mutating func read<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(SnapshotError) -> Value {
    try Value(from: &self)
  }

  /// Reads an optional.
  mutating func optional<Value: SnapshotCodable>(_: Value.Type = Value.self) throws(SnapshotError) -> Value? {
    try bool() ? try Value(from: &self) : nil
  }

  /// Reads an array.
  mutating func array<Element: SnapshotCodable>(_: Element.Type = Element.self) throws(SnapshotError) -> [Element] {
    let count = try count()
    // Every element takes at least one byte: refuse a count the rest cannot hold.
    guard count <= bytes.count - offset else { throw SnapshotError("bad count at byte \(offset)") }
    var values: [Element] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try Element(from: &self)) }
    return values
  }
}

/// A pack snapshot that cannot be read (truncated, corrupt, or of another format version).
struct SnapshotError: Error, CustomStringConvertible {
  /// What is wrong, one lowercase line.
  var description: String

  init(_ description: String) { self.description = description }
}

/// A value that a pack snapshot stores.
protocol SnapshotCodable {
  /// Appends the value to `writer`.
  func write(to writer: inout SnapshotWriter)
  /// Reads the value back.
  init(from reader: inout SnapshotReader) throws(SnapshotError)
}

extension String: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
  init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.string() }
}

extension SnapshotCodable where Self: RawRepresentable, RawValue == String {
  func write(to writer: inout SnapshotWriter) { writer.write(rawValue) }
  init(from reader: inout SnapshotReader) throws(SnapshotError) {
    let raw = try reader.string()
    guard let value = Self(rawValue: raw) else {
      throw SnapshotError("unknown \(Self.self) '\(raw)' at byte \(reader.offset)")
    }
    self = value
  }
}

extension Int: SnapshotCodable {
  func write(to writer: inout SnapshotWriter) { writer.write(self) }
  init(from reader: inout SnapshotReader) throws(SnapshotError) { self = try reader.integer() }
}
