/// Appends values to a pack snapshot: unsigned LEB128 varints, UTF-8 strings with their length,
/// enums by raw value (so a reordered enum cannot change a snapshot's meaning).
struct SnapshotWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Writes an unsigned varint.
  mutating func write(varint value: UInt64) {
    var rest = value
    while rest >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
      rest >>= 7
    }
    bytes.append(UInt8(rest))
  }

  /// Writes a count or length (never negative).
  mutating func write(count value: Int) { write(varint: UInt64(max(0, value))) }

  /// Writes a signed integer (zigzag, then varint).
  mutating func write(_ value: Int) {
    write(varint: UInt64(UInt(bitPattern: (value << 1) ^ (value >> (Int.bitWidth - 1)))))
  }

  /// Writes a boolean as one byte.
  mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

  /// Writes a string: its UTF-8 length, then its UTF-8 bytes.
  mutating func write(_ value: String) {
    write(count: value.utf8.count)
    bytes.append(contentsOf: value.utf8)
  }

  /// Writes a value that knows how to write itself.
  mutating func write(_ value: some SnapshotCodable) { value.write(to: &self) }

  /// Writes an optional: a presence byte, then the value.
  mutating func write<Value: SnapshotCodable>(_ value: Value?) {
    write(value != nil)
    if let value { value.write(to: &self) }
  }

  /// Writes an array: its count, then each element.
  mutating func write<Element: SnapshotCodable>(_ values: [Element]) {
    write(count: values.count)
    for value in values { value.write(to: &self) }
  }
}
