/// Invalid UTF-8 found by ``Normalizer/normalize(validatingUTF8:)``.
public struct InvalidUTF8Error: Error, Sendable, Hashable, CustomStringConvertible {
  /// Offset of the first byte of the first ill-formed sequence.
  public var byteOffset: Int
  /// Length of that ill-formed sequence (its maximal subpart).
  public var length: Int

  /// Creates the error.
  public init(byteOffset: Int, length: Int) {
    self.byteOffset = byteOffset
    self.length = length
  }

  /// One line: "invalid utf-8 at byte 12 (1 byte)".
  public var description: String {
    "invalid utf-8 at byte \(byteOffset) (\(length) byte\(length == 1 ? "" : "s"))"
  }
}

/// Bytes decoded as UTF-8 with every ill-formed sequence (maximal subpart, as the Unicode
/// standard recommends) replaced by U+FFFD, remembering where each scalar came from so ranges
/// in the decoded string map back to byte ranges of the input.
public struct RepairedUTF8: Sendable, Hashable {
  /// The decoded string.
  public private(set) var string: String
  /// Byte ranges of the input that were replaced by U+FFFD, in order.
  public private(set) var repairs: [Range<Int>]
  /// Input byte offset where each scalar of ``string`` starts, plus the input length at the end.
  private var scalarStarts: [Int]

  /// Decodes `bytes`.
  public init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var view = String.UnicodeScalarView()
    var repairs: [Range<Int>] = []
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count + 1)
    var offset = 0
    loop: while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        starts.append(offset)
        offset += encoded.count
        view.append(Unicode.UTF8.decode(encoded))
      case .error(let length):
        starts.append(offset)
        repairs.append(offset..<(offset + length))
        offset += length
        view.append("\u{FFFD}")
      case .emptyInput:
        break loop
      }
    }
    starts.append(offset)
    string = String(view)
    self.repairs = repairs
    scalarStarts = starts
  }

  /// The input byte range of a scalar range of ``string``, or nil when it lies outside.
  public func byteRange(forScalars range: Range<Int>) -> Range<Int>? {
    guard range.lowerBound >= 0, range.upperBound < scalarStarts.count else { return nil }
    return scalarStarts[range.lowerBound]..<scalarStarts[range.upperBound]
  }
}

extension Normalizer {
  /// Normalizes possibly invalid UTF-8: ill-formed sequences become U+FFFD (see
  /// ``RepairedUTF8``), and token offsets refer to the repaired string, which is the result's
  /// ``NormalizedText/original``. Never fails.
  public func normalize<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> NormalizedText {
    normalize(RepairedUTF8(bytes).string)
  }

  /// Normalizes UTF-8 that must be valid; throws ``InvalidUTF8Error`` naming the first
  /// ill-formed byte sequence otherwise.
  public func normalize<Bytes: Collection<UInt8>>(
    validatingUTF8 bytes: Bytes
  ) throws(InvalidUTF8Error) -> NormalizedText {
    let repaired = RepairedUTF8(bytes)
    if let first = repaired.repairs.first {
      throw InvalidUTF8Error(byteOffset: first.lowerBound, length: first.count)
    }
    return normalize(repaired.string)
  }
}
