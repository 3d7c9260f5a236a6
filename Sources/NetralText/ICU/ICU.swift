import CICUShim

/// Unicode properties of one code point, as reported by ICU through the C shim.
struct ScalarProperties: OptionSet, Sendable {
  let rawValue: UInt32

  static let ignorable = ScalarProperties(rawValue: UInt32(CICU_IGNORABLE))
  static let extendedPictographic = ScalarProperties(
    rawValue: UInt32(CICU_EXTENDED_PICTOGRAPHIC))
  static let emojiModifier = ScalarProperties(rawValue: UInt32(CICU_EMOJI_MODIFIER))
  static let alphabetic = ScalarProperties(rawValue: UInt32(CICU_ALPHABETIC))
  static let mark = ScalarProperties(rawValue: UInt32(CICU_MARK))
  static let decimalDigit = ScalarProperties(rawValue: UInt32(CICU_DECIMAL_DIGIT))
  static let uppercase = ScalarProperties(rawValue: UInt32(CICU_UPPERCASE))
  static let caseFoldInert = ScalarProperties(rawValue: UInt32(CICU_NFKC_CASEFOLD_INERT))
  static let boundaryBefore = ScalarProperties(rawValue: UInt32(CICU_BOUNDARY_BEFORE))
  static let latin = ScalarProperties(rawValue: UInt32(CICU_SCRIPT_LATIN))
  static let common = ScalarProperties(rawValue: UInt32(CICU_SCRIPT_COMMON))
  static let emojiPresentation = ScalarProperties(
    rawValue: UInt32(CICU_EMOJI_PRESENTATION))
  static let whitespace = ScalarProperties(rawValue: UInt32(CICU_WHITESPACE))
  static let numeric = ScalarProperties(rawValue: UInt32(CICU_NUMERIC))

  /// Properties of `scalar`.
  init(_ scalar: UInt32) { rawValue = cicu_properties(scalar) }

  init(rawValue: UInt32) { self.rawValue = rawValue }
}

/// Thin Swift wrappers over the C shim's code-point transforms. Each returns `nil` when ICU
/// reports an error, so callers keep the input unchanged rather than fail.
enum ICU {
  /// NFKC_Casefold of `scalars`.
  static func nfkcCasefold(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
    transform(scalars, cicu_nfkc_casefold32)
  }

  /// NFKC_Casefold of `scalars` written into `output`: the number of scalars of the result (which
  /// were written only when it is at most `output.count`), or nil on an ICU error.
  static func nfkcCasefold(
    _ scalars: UnsafeBufferPointer<UInt32>, into output: UnsafeMutableBufferPointer<UInt32>
  ) -> Int? {
    guard scalars.count < Int(Int32.max) / 4, output.count < Int(Int32.max) else { return nil }
    let needed = Int(
      cicu_nfkc_casefold32(scalars.baseAddress, Int32(scalars.count), output.baseAddress, Int32(output.count)))
    return needed < 0 ? nil : needed
  }

  /// UTS #39 confusable skeleton of `scalars`.
  static func skeleton(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
    transform(scalars, cicu_skeleton32)
  }

  /// `Any-Latin; Latin-ASCII` transliteration of `scalars`.
  static func anyToASCII(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
    transform(scalars, cicu_any_to_ascii32)
  }

  /// `Latin-ASCII` transliteration of `scalars`.
  static func latinToASCII(_ scalars: UnsafeBufferPointer<UInt32>) -> [UInt32]? {
    transform(scalars, cicu_latin_to_ascii32)
  }

  /// Applies `transform` to a single scalar.
  static func single(
    _ scalar: UInt32, _ transform: (UnsafeBufferPointer<UInt32>) -> [UInt32]?
  ) -> [UInt32]? {
    withUnsafePointer(to: scalar) { transform(UnsafeBufferPointer(start: $0, count: 1)) }
  }

  /// The Unicode name of `scalar`, lowercased ("victory hand"), or nil.
  static func name(of scalar: UInt32) -> String? {
    var buffer = [CChar](repeating: 0, count: 128)
    let length = cicu_char_name(scalar, &buffer, Int32(buffer.count))
    guard length > 0, length <= Int32(buffer.count) else { return nil }
    let bytes = buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }
    return String(decoding: bytes, as: UTF8.self).lowercased()
  }

  /// UTF-16 offset pairs of the UAX #29 word segments of `utf16`.
  static func wordBounds(_ utf16: [UInt16]) -> [Range<Int>] {
    guard !utf16.isEmpty, utf16.count < Int(Int32.max) / 2 else { return [] }
    var capacity = max(16, utf16.count)
    while true {
      var bounds = [Int32](repeating: 0, count: capacity)
      let needed = Int(cicu_word_bounds(utf16, Int32(utf16.count), &bounds, Int32(capacity)))
      if needed < 0 { return [] }
      if needed <= capacity {
        return stride(from: 0, to: needed, by: 2).map { Int(bounds[$0])..<Int(bounds[$0 + 1]) }
      }
      capacity = needed
    }
  }

  private typealias Transform = (
    UnsafePointer<UInt32>?, Int32, UnsafeMutablePointer<UInt32>?, Int32
  ) -> Int32

  private static func transform(
    _ scalars: UnsafeBufferPointer<UInt32>, _ function: Transform
  ) -> [UInt32]? {
    guard scalars.count < Int(Int32.max) / 4 else { return nil }
    var capacity = scalars.count * 2 + 8
    for _ in 0..<3 {
      var output = [UInt32](repeating: 0, count: capacity)
      let needed = output.withUnsafeMutableBufferPointer {
        Int(function(scalars.baseAddress, Int32(scalars.count), $0.baseAddress, Int32(capacity)))
      }
      if needed < 0 { return nil }
      if needed <= capacity {
        output.removeLast(capacity - needed)
        return output
      }
      capacity = needed
    }
    return nil
  }
}
