/// A text normalized for matching, with tokens and a map back to the original.
///
/// The tokens are kept as ``TokenSpan``s (ranges, no strings): a token's normalized form is the
/// slice of ``text`` at its span, read with ``text(of:)`` or ``withUTF8(of:_:)``; ``tokens``
/// makes whole ``Token`` values with their strings.
///
/// Offsets are Unicode-scalar offsets. ``originalRange(forNormalized:)`` maps a range of
/// ``text`` back to the original; ``utf16Range(forOriginal:)``, ``utf8Range(forOriginal:)`` and
/// ``stringRange(forOriginal:)`` convert original scalar ranges to the other views
/// (``OffsetMap`` converts many ranges in one pass).
public struct NormalizedText: Sendable, Hashable {
  /// The original string.
  public let original: String
  /// The UTF-8 bytes of ``text`` (kept as bytes so that ``Normalizer/normalize(_:reusing:)`` can
  /// reuse their storage once the caller has dropped the result).
  @usableFromInline let textBytes: [UInt8]
  /// The tokens, in order, as spans of ``text``.
  public let spans: [TokenSpan]
  /// The surface forms of folded tokens (``TokenSpan/isFolded``), in token order.
  private let surfaces: [String]

  /// The normalized text: tokens' normalized forms separated by single spaces (made from its
  /// UTF-8 bytes on each call; ``withTextUTF8(_:)`` reads them without a string).
  public var text: String { String(decoding: textBytes, as: UTF8.self) }

  /// A normalized text from its parts: `text` holds valid UTF-8 (the tokenizer writes whole
  /// scalars), and a span's `surfaceIndex` points into `surfaces`.
  init(original: String, text: [UInt8], spans: [TokenSpan], surfaces: [String]) {
    self.original = original
    self.textBytes = text
    self.spans = spans
    self.surfaces = surfaces
  }

  /// Creates a normalized text from whole tokens, whose normalized ranges must lie in `text`.
  public init(original: String, text: String, tokens: [Token]) {
    // Scalar offset -> UTF-8 offset in `text`, for the spans' byte ranges.
    var bytes: [Int] = [0]
    var offset = 0
    for s in text.unicodeScalars {
      offset += UTF8.width(s)
      bytes.append(offset)
    }
    func byte(_ scalar: Int) -> Int { bytes[min(max(scalar, 0), bytes.count - 1)] }
    var surfaces: [String] = []
    let spans = tokens.map { t -> TokenSpan in
      var surfaceIndex = -1
      if t.surface != t.text {
        surfaceIndex = surfaces.count
        surfaces.append(t.surface)
      }
      return TokenSpan(
        kind: t.kind, original: t.original, normalized: t.normalized,
        bytes: byte(t.normalized.lowerBound)..<byte(t.normalized.upperBound), hashtag: t.hashtag,
        surfaceIndex: surfaceIndex)
    }
    self.init(original: original, text: Array(text.utf8), spans: spans, surfaces: surfaces)
  }

  /// The tokens, in order, each with its strings (made on each call; ``spans`` are free).
  public var tokens: [Token] { spans.indices.map(token(at:)) }

  /// The token at `index` with its strings.
  public func token(at index: Int) -> Token {
    let span = spans[index]
    let text = text(of: index)
    return Token(
      kind: span.kind, text: text, original: span.original, normalized: span.normalized, hashtag: span.hashtag,
      surface: span.isFolded ? surfaces[Int(span.surfaceIndex)] : text)
  }

  /// The normalized form of the token at `index` (see ``Token/text``).
  public func text(of index: Int) -> String {
    withUTF8(of: index) { String(decoding: $0, as: UTF8.self) }
  }

  /// The form of the token at `index` before colloquial folding (see ``Token/surface``).
  public func surface(of index: Int) -> String {
    let span = spans[index]
    return span.isFolded ? surfaces[Int(span.surfaceIndex)] : text(of: index)
  }

  /// Calls `body` with the UTF-8 bytes of the normalized form of the token at `index`.
  @inlinable
  public func withUTF8<R>(of index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    let range = spans[index].utf8
    return try withTextUTF8 { try body(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// Calls `body` with the UTF-8 bytes of ``text``; a token's bytes are the slice at its
  /// ``TokenSpan/utf8`` range.
  @inlinable
  public func withTextUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    try textBytes.withUnsafeBufferPointer(body)
  }

  /// The original scalar range that a range of ``text`` (scalar offsets) comes from: from the
  /// start of the first token it touches to the end of the last one. A range inside one token
  /// maps to that token's whole original range; nil when the range touches no token.
  public func originalRange(forNormalized range: Range<Int>) -> Range<Int>? {
    let tokens = spans
    guard !tokens.isEmpty else { return nil }
    let lower = range.lowerBound
    let upper = max(range.upperBound, range.lowerBound + 1)
    // First token whose normalized range ends after `lower`.
    var lo = 0
    var hi = tokens.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if tokens[mid].normalized.upperBound <= lower { lo = mid + 1 } else { hi = mid }
    }
    guard lo < tokens.count, tokens[lo].normalized.lowerBound < upper else { return nil }
    var k = lo
    var start = tokens[lo].original.lowerBound
    var end = tokens[lo].original.upperBound
    while k < tokens.count, tokens[k].normalized.lowerBound < upper {
      start = min(start, tokens[k].original.lowerBound)
      end = max(end, tokens[k].original.upperBound)
      k += 1
    }
    return start..<end
  }

  /// The original scalar range of the tokens `tokens[range]`.
  public func originalRange(forTokens range: Range<Int>) -> Range<Int>? {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= spans.count else { return nil }
    let slice = spans[range]
    let start = slice.map(\.original.lowerBound).min() ?? 0
    let end = slice.map(\.original.upperBound).max() ?? 0
    return start..<end
  }

  /// The original text at an original scalar range.
  public func originalText(_ range: Range<Int>) -> String {
    guard let r = stringRange(forOriginal: range) else { return "" }
    return String(original[r])
  }

  /// An original scalar range as UTF-16 offsets into ``original``.
  public func utf16Range(forOriginal range: Range<Int>) -> Range<Int>? {
    OffsetMap(original).utf16Range(forScalars: range)
  }

  /// An original scalar range as UTF-8 byte offsets into ``original``.
  public func utf8Range(forOriginal range: Range<Int>) -> Range<Int>? {
    OffsetMap(original).utf8Range(forScalars: range)
  }

  /// An original scalar range as string indices of ``original``.
  public func stringRange(forOriginal range: Range<Int>) -> Range<String.Index>? {
    let scalars = original.unicodeScalars
    guard range.lowerBound >= 0,
      let lower = scalars.index(scalars.startIndex, offsetBy: range.lowerBound, limitedBy: scalars.endIndex),
      let upper = scalars.index(lower, offsetBy: range.count, limitedBy: scalars.endIndex)
    else { return nil }
    return lower..<upper
  }
}

/// Converts Unicode-scalar offsets of a string into UTF-16 and UTF-8 offsets; built once in one
/// pass over the string, then each conversion is a table lookup.
public struct OffsetMap: Sendable, Hashable {
  private var utf16: [Int32]
  private var utf8: [Int32]

  /// The map of `string`.
  public init(_ string: String) {
    var u16: [Int32] = [0]
    var u8: [Int32] = [0]
    u16.reserveCapacity(string.utf8.count + 1)
    u8.reserveCapacity(string.utf8.count + 1)
    var a: Int32 = 0
    var b: Int32 = 0
    for s in string.unicodeScalars {
      a += Int32(UTF16.width(s))
      b += Int32(UTF8.width(s))
      u16.append(a)
      u8.append(b)
    }
    utf16 = u16
    utf8 = u8
  }

  /// Number of scalars in the string.
  public var scalarCount: Int { utf16.count - 1 }

  /// UTF-16 offsets of a scalar range, or nil when it lies outside the string.
  public func utf16Range(forScalars range: Range<Int>) -> Range<Int>? {
    guard range.lowerBound >= 0, range.upperBound <= scalarCount else { return nil }
    return Int(utf16[range.lowerBound])..<Int(utf16[range.upperBound])
  }

  /// UTF-8 offsets of a scalar range, or nil when it lies outside the string.
  public func utf8Range(forScalars range: Range<Int>) -> Range<Int>? {
    guard range.lowerBound >= 0, range.upperBound <= scalarCount else { return nil }
    return Int(utf8[range.lowerBound])..<Int(utf8[range.upperBound])
  }
}
