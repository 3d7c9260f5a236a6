/// Normalizes post text for matching: from any text to tokens in a canonical form, each with its
/// exact range in the original text.
///
/// Steps, in order (Docs/Normalization.md explains each):
/// 1. ``EmojiScanner`` — emoji sequences become single units (skin tones and VS16 dropped);
/// 2. ``InvisibleFilter`` — zero-width, format, bidi and variation-selector characters dropped;
/// 3. ``CaseFolder`` — NFKC_Casefold per normalization segment (fullwidth, math, circled …);
/// then per word: 4–5. ``ScriptFolder`` (confusables, transliteration, Latin-ASCII),
/// 6. ``LeetFolder``, 7. ``LetterSqueezer``, 8. spaced-letter joining (``Tokenizer``),
/// 9. ``HashtagSegmenter`` for hashtags and mentions, 10. ``ColloquialFolder``.
/// All-ASCII input skips ICU entirely.
public struct Normalizer: Sendable {
  /// The bundled words and the dictionary, in one table.
  private let lexicon: Lexicon

  /// Creates a normalizer; `dictionary` holds extra words (candidate names, party names, slogan
  /// words) used to split all-lowercase hashtags and to tell words from leetspeak.
  public init(dictionary: Set<String> = []) {
    lexicon = Lexicon(extra: dictionary.flatMap { $0.split(separator: " ").map(String.init) })
  }

  /// Whether `word` (lowercase ASCII) is known to this normalizer: a common Indonesian word, a
  /// dictionary word or a colloquial form.
  public func isKnownWord(_ word: String) -> Bool {
    lexicon.words.contains(word)
  }

  /// Longest text normalized, in UTF-8 bytes (offsets are kept as 32-bit integers); longer
  /// text yields no tokens.
  public static let maximumLength = Int(Int32.max) - 8

  /// Normalizes `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var buffers = Tokenizer.Buffers()
    return normalize(text, buffers: &buffers, storage: nil)
  }

  /// Normalizes `text` like ``normalize(_:)``, with the buffers of `workspace` (see
  /// ``Workspace``): when the caller has dropped the previous result, nothing is allocated. The
  /// result is the same as ``normalize(_:)``'s.
  public func normalize(_ text: String, reusing workspace: inout Workspace) -> NormalizedText {
    if !isKnownUniquelyReferenced(&workspace.output) {
      // Sized for this text, within reason (the buffers grow as needed).
      workspace.output = OutputStorage(capacity: min(text.utf8.count, 1 << 16))
    }
    return normalize(text, buffers: &workspace.buffers, storage: workspace.output)
  }

  /// Normalizes `text` with the tokenizer's arrays from `buffers` (which then hold the result's),
  /// writing into the buffers of `storage` (kept there), or into buffers of its own when nil.
  private func normalize(_ text: String, buffers: inout Tokenizer.Buffers, storage: OutputStorage?) -> NormalizedText {
    guard text.utf8.count <= Normalizer.maximumLength else {
      return NormalizedText(original: text, text: [], spans: [], surfaces: [])
    }
    var text = text
    let output = storage?.output ?? Tokenizer.Output(capacity: text.utf8.count)
    let written = text.withUTF8 { bytes -> Tokenizer.Output in
      if Normalizer.isASCII(bytes) {
        var tokenizer = Tokenizer(ascii: bytes, lexicon: lexicon, output: output, buffers: &buffers)
        tokenizer.run()
        return tokenizer.finish(into: &buffers)
      }
      // ASCII text ending in emoji ("Terima kasih 🙏"): the ASCII part through the byte loop,
      // only the end through the character steps.
      if let tail = Normalizer.emojiTailStart(bytes),
        let written = normalize(bytes, tailAt: tail, output: output, buffers: &buffers)
      {
        return written
      }
      return Normalizer.withFoldedUnits(bytes) { units, emoji in
        var tokenizer = Tokenizer(units: units, emoji: emoji, lexicon: lexicon, output: output, buffers: &buffers)
        tokenizer.run()
        return tokenizer.finish(into: &buffers)
      }
    }
    if let storage {
      storage.output = written
    } else {
      written.deallocate()
    }
    return NormalizedText(original: text, text: buffers.text, spans: buffers.spans, surfaces: buffers.surfaces)
  }

  /// Normalizes `bytes`, ASCII before `tail`, as ASCII text followed by a tail of emoji (see
  /// ``Tokenizer/appendTail(_:emoji:offset:)``); nil, with nothing written, when the tail after
  /// the character steps is not one.
  private func normalize(
    _ bytes: UnsafeBufferPointer<UInt8>, tailAt tail: Int, output: Tokenizer.Output, buffers: inout Tokenizer.Buffers
  ) -> Tokenizer.Output? {
    Normalizer.withFoldedUnits(UnsafeBufferPointer(rebasing: bytes[tail...])) { units, emoji -> Tokenizer.Output? in
      guard Tokenizer.isEmojiTail(units) else { return nil }
      var tokenizer = Tokenizer(
        ascii: UnsafeBufferPointer(rebasing: bytes[..<tail]), lexicon: lexicon, output: output, buffers: &buffers)
      tokenizer.run()
      // ASCII scalars are bytes: the tail's first scalar is the text's scalar `tail`.
      tokenizer.appendTail(units, emoji: emoji, offset: tail)
      return tokenizer.finish(into: &buffers)
    }
  }

  /// Calls `body` with the units and canonical emoji of valid UTF-8 `bytes` after the
  /// character-level steps (``CaseFolder``), in buffers managed by hand (cheaper to get and free
  /// than arrays) and freed on return.
  private static func withFoldedUnits<R>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Unit>, UnsafeBufferPointer<UInt32>) -> R
  ) -> R {
    let scalarStorage = UnsafeMutablePointer<UInt32>.allocate(capacity: bytes.count)
    defer { scalarStorage.deallocate() }
    let scalars = UnsafeBufferPointer(start: scalarStorage, count: Normalizer.decode(validUTF8: bytes, into: scalarStorage))
    var folded = UnitWriter(units: GrowableBuffer(capacity: scalars.count + 8))
    defer { folded.units.deallocate() }
    CaseFolder.fold(scalars, into: &folded)
    return folded.emoji.withUnsafeBufferPointer { body(folded.units.elements, $0) }
  }

  /// Where the tail of a text that may be ASCII followed by emoji starts: the first non-ASCII
  /// byte, when there is ASCII before it and no ASCII letter, digit, `#`, `@` or `$` after it
  /// (those would make tokens of their own); nil otherwise.
  static func emojiTailStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    while i < bytes.count, bytes[i] < 0x80 { i &+= 1 }
    guard i > 0, i < bytes.count else { return nil }
    for k in i..<bytes.count {
      let b = bytes[k]
      if b < 0x80, UInt32(b).isASCIITokenByte { return nil }
    }
    return i
  }

  /// Whether every byte of `bytes` is ASCII, read 32 (then eight) bytes at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return true }
    let n = bytes.count
    var any: UInt64 = 0
    var i = 0
    // `i + 32 <= n` (`i + 8 <= n`), so each load lies inside the buffer.
    while i &+ 32 <= n {
      any |=
        raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
      i &+= 32
    }
    while i &+ 8 <= n {
      any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      i &+= 8
    }
    while i < n {
      any |= UInt64(bytes[i])
      i &+= 1
    }
    return any & 0x8080_8080_8080_8080 == 0
  }

  /// Writes the scalar values of bytes that are known to be valid UTF-8 (a native `String`'s
  /// storage) to `scalars` (room for one per byte) and returns how many there are.
  static func decode(validUTF8 bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutablePointer<UInt32>) -> Int {
    let n = bytes.count
    var i = 0
    var k = 0
    guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
    // Indices stay below `n`, which fits in memory, so the arithmetic below is unchecked.
    while i < n {
      // Eight ASCII bytes at a time.
      if i &+ 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
        for d in 0..<8 { scalars[k &+ d] = UInt32(bytes[i &+ d]) }
        i &+= 8
        k &+= 8
        continue
      }
      let b0 = UInt32(bytes[i])
      let scalar: UInt32
      if b0 < 0x80 {
        scalar = b0
        i &+= 1
      } else if b0 < 0xE0, i &+ 1 < n {
        scalar = (b0 & 0x1F) << 6 | UInt32(bytes[i &+ 1] & 0x3F)
        i &+= 2
      } else if b0 < 0xF0, i &+ 2 < n {
        scalar = (b0 & 0x0F) << 12 | UInt32(bytes[i &+ 1] & 0x3F) << 6 | UInt32(bytes[i &+ 2] & 0x3F)
        i &+= 3
      } else if i &+ 3 < n {
        scalar =
          (b0 & 0x07) << 18 | UInt32(bytes[i &+ 1] & 0x3F) << 12 | UInt32(bytes[i &+ 2] & 0x3F) << 6
          | UInt32(bytes[i &+ 3] & 0x3F)
        i &+= 4
      } else {
        scalar = 0xFFFD
        i &+= 1
      }
      scalars[k] = scalar
      k &+= 1
    }
    return k
  }
}
