/// A token of a ``NormalizedText`` as ranges only: its kind, where it came from in the original,
/// where its normalized form lies in the normalized text, and the token it belongs to. It holds
/// no string, so a text's tokens are one flat array with nothing to retain or release; read its
/// strings through the text it belongs to (``NormalizedText/text(of:)``,
/// ``NormalizedText/surface(of:)``, ``NormalizedText/withUTF8(of:_:)``), or make a whole
/// ``Token`` with ``NormalizedText/token(at:)``.
public struct TokenSpan: Sendable, Hashable, BitwiseCopyable {
  /// What the token is.
  public let kind: Token.Kind
  @usableFromInline let originalStart: Int32
  @usableFromInline let originalEnd: Int32
  @usableFromInline let normalizedStart: Int32
  @usableFromInline let normalizedEnd: Int32
  /// UTF-8 offsets of the normalized form in ``NormalizedText/text``.
  @usableFromInline let byteStart: Int32
  @usableFromInline let byteEnd: Int32
  @usableFromInline let hashtagIndex: Int32
  /// Index of the surface form in ``NormalizedText``'s surfaces, or -1 when the surface is the
  /// normalized form itself.
  @usableFromInline let surfaceIndex: Int32

  /// A span; every offset must fit in 32 bits (``Normalizer/maximumLength`` sees to it).
  init(
    kind: Token.Kind, original: Range<Int>, normalized: Range<Int>, bytes: Range<Int>, hashtag: Int?,
    surfaceIndex: Int = -1
  ) {
    self.kind = kind
    originalStart = Int32(truncatingIfNeeded: original.lowerBound)
    originalEnd = Int32(truncatingIfNeeded: original.upperBound)
    normalizedStart = Int32(truncatingIfNeeded: normalized.lowerBound)
    normalizedEnd = Int32(truncatingIfNeeded: normalized.upperBound)
    byteStart = Int32(truncatingIfNeeded: bytes.lowerBound)
    byteEnd = Int32(truncatingIfNeeded: bytes.upperBound)
    hashtagIndex = Int32(truncatingIfNeeded: hashtag ?? -1)
    self.surfaceIndex = Int32(truncatingIfNeeded: surfaceIndex)
  }

  /// A span from its offsets as stored (no range is built or checked): the tokenizer's fast
  /// path, whose offsets already fit in 32 bits and are ordered.
  @inline(__always) init(
    kind: Token.Kind, originalStart: Int32, originalEnd: Int32, normalizedStart: Int32, normalizedEnd: Int32,
    byteStart: Int32, byteEnd: Int32, hashtagIndex: Int32, surfaceIndex: Int32
  ) {
    self.kind = kind
    self.originalStart = originalStart
    self.originalEnd = originalEnd
    self.normalizedStart = normalizedStart
    self.normalizedEnd = normalizedEnd
    self.byteStart = byteStart
    self.byteEnd = byteEnd
    self.hashtagIndex = hashtagIndex
    self.surfaceIndex = surfaceIndex
  }

  /// Range in the original string, in Unicode scalars.
  @inlinable public var original: Range<Int> { Int(originalStart)..<Int(originalEnd) }
  /// Range in ``NormalizedText/text``, in Unicode scalars.
  @inlinable public var normalized: Range<Int> { Int(normalizedStart)..<Int(normalizedEnd) }
  /// Range in ``NormalizedText/text``, in UTF-8 bytes.
  @inlinable public var utf8: Range<Int> { Int(byteStart)..<Int(byteEnd) }
  /// For a word or number that is a segment of a hashtag or mention: the index of that token.
  @inlinable public var hashtag: Int? { hashtagIndex < 0 ? nil : Int(hashtagIndex) }
  /// Whether colloquial folding replaced the word ("gak" read as "tidak"): then its surface
  /// differs from its normalized form.
  @inlinable public var isFolded: Bool { surfaceIndex >= 0 }
}
