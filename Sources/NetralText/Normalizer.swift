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
    lexicon = Lexicon(extra: Normalizer.words(of: dictionary))
  }

  /// The words of `dictionary`'s entries, cut at spaces. An entry without a space byte is its
  /// own word, taken as is (cutting it by characters cost ~3,000 instructions per entry at
  /// start-up); only entries with a space are cut by characters, as before.
  static func words(of dictionary: Set<String>) -> [String] {
    var words: [String] = []
    words.reserveCapacity(dictionary.count)
    for entry in dictionary where !entry.isEmpty {
      if entry.utf8.contains(0x20) {
        words.append(contentsOf: entry.split(separator: " ").map(String.init))
      } else {
        words.append(entry)
      }
    }
    return words
  }

  /// A normalizer that knows only `lexicon`'s words.
  private init(lexicon: Lexicon) { self.lexicon = lexicon }

  /// Builds, once per process, what every normalizer shares: the bundled word entries and the
  /// folding and emoji tables a text with an emoji, a hashtag and a number needs. Unlike
  /// building a ``Normalizer`` for the purpose, it builds no word table of its own (~1.9M
  /// instructions): the table a normalizer is made with depends on its dictionary. Optional;
  /// it changes no result (each of those tables is a global built once, and a thread that asks
  /// for one while another builds it waits for that build).
  public static func warmUp() {
    _ = KnownWords.entries.count
    let bare = Normalizer(lexicon: Lexicon(words: WordTable([])))
    _ = bare.normalize("Rekan ASN, ayo dukung nomor 2 ✌️ #Pemilu2024")
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
    // The tokenizer works with `buffers` through a pointer valid for this call.
    let written = withUnsafeMutablePointer(to: &buffers) { buffers in
      text.withUTF8 { bytes -> Tokenizer.Output in
        let firstNonASCII = Normalizer.firstNonASCII(bytes)
        if firstNonASCII == bytes.count {
          var tokenizer = Tokenizer(ascii: bytes, lexicon: lexicon, output: output, buffers: buffers)
          tokenizer.run()
          return tokenizer.finish()
        }
        // ASCII text ending in emoji ("Terima kasih 🙏"): the ASCII part through the byte loop,
        // the end straight from its bytes when its emoji are simple (one pictograph each, with
        // selectors or skin tones), through the character steps otherwise.
        let tailBytes = UnsafeBufferPointer(rebasing: bytes[firstNonASCII...])
        if firstNonASCII > 0, Tokenizer.isSimpleEmojiTail(tailBytes) {
          var tokenizer = Tokenizer(
            ascii: UnsafeBufferPointer(rebasing: bytes[..<firstNonASCII]), lexicon: lexicon, output: output,
            buffers: buffers)
          tokenizer.run()
          tokenizer.appendSimpleTail(tailBytes, offset: firstNonASCII)
          return tokenizer.finish()
        }
        if let tail = Normalizer.emojiTailStart(bytes, firstNonASCII: firstNonASCII),
          let written = normalize(bytes, tailAt: tail, output: output, buffers: buffers, storage: storage)
        {
          return written
        }
        return Normalizer.withFoldedUnits(bytes, storage: storage) { units, emoji in
          var tokenizer = Tokenizer(units: units, emoji: emoji, lexicon: lexicon, output: output, buffers: buffers)
          tokenizer.run()
          return tokenizer.finish()
        }
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
    _ bytes: UnsafeBufferPointer<UInt8>, tailAt tail: Int, output: Tokenizer.Output,
    buffers: UnsafeMutablePointer<Tokenizer.Buffers>, storage: OutputStorage?
  ) -> Tokenizer.Output? {
    Normalizer.withFoldedUnits(UnsafeBufferPointer(rebasing: bytes[tail...]), storage: storage) {
      units, emoji -> Tokenizer.Output? in
      guard Tokenizer.isEmojiTail(units) else { return nil }
      var tokenizer = Tokenizer(
        ascii: UnsafeBufferPointer(rebasing: bytes[..<tail]), lexicon: lexicon, output: output, buffers: buffers)
      tokenizer.run()
      // ASCII scalars are bytes: the tail's first scalar is the text's scalar `tail`.
      tokenizer.appendTail(units, emoji: emoji, offset: tail)
      return tokenizer.finish()
    }
  }

  /// Calls `body` with the units and canonical emoji of valid UTF-8 `bytes` after the
  /// character-level steps (``CaseFolder``), in buffers managed by hand (cheaper to get and free
  /// than arrays): those of `storage` (kept there for the next text), or buffers of its own
  /// freed on return when `storage` is nil.
  private static func withFoldedUnits<R>(
    _ bytes: UnsafeBufferPointer<UInt8>, storage: OutputStorage?,
    _ body: (UnsafeBufferPointer<Unit>, UnsafeBufferPointer<UInt32>) -> R
  ) -> R {
    guard let storage else {
      var scalars = GrowableBuffer<UInt32>(capacity: bytes.count)
      var folded = UnitWriter(units: GrowableBuffer(capacity: bytes.count + 8))
      defer {
        scalars.deallocate()
        folded.units.deallocate()
      }
      return withFoldedUnits(bytes, scalars: &scalars, folded: &folded, body)
    }
    // The storage's buffers, given back (with their possibly grown storage) on return; the
    // emoji array is moved out, so it keeps one owner and its storage.
    var scalars = storage.scalars
    var folded = UnitWriter(units: storage.units)
    swap(&folded.emoji, &storage.emoji)
    folded.units.removeAll()
    if !folded.emoji.isEmpty { folded.emoji.removeAll(keepingCapacity: true) }
    defer {
      storage.scalars = scalars
      storage.units = folded.units
      swap(&folded.emoji, &storage.emoji)
    }
    return withFoldedUnits(bytes, scalars: &scalars, folded: &folded, body)
  }

  /// ``withFoldedUnits(_:storage:_:)`` with the buffers `scalars` (emptied first) and `folded`
  /// (emptied by the caller).
  @inline(__always) private static func withFoldedUnits<R>(
    _ bytes: UnsafeBufferPointer<UInt8>, scalars: inout GrowableBuffer<UInt32>, folded: inout UnitWriter,
    _ body: (UnsafeBufferPointer<Unit>, UnsafeBufferPointer<UInt32>) -> R
  ) -> R {
    scalars.removeAll()
    // One scalar per byte at most.
    let count = Normalizer.decode(validUTF8: bytes, into: scalars.appendUninitialized(bytes.count))
    CaseFolder.fold(UnsafeBufferPointer(start: scalars.base, count: count), into: &folded)
    return folded.emoji.withUnsafeBufferPointer { body(folded.units.elements, $0) }
  }

  /// Where the tail of a text that may be ASCII followed by emoji starts: the first non-ASCII
  /// byte, when there is ASCII before it and no ASCII letter, digit, `#`, `@` or `$` after it
  /// (those would make tokens of their own); nil otherwise.
  static func emojiTailStart(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    emojiTailStart(bytes, firstNonASCII: firstNonASCII(bytes))
  }

  /// ``emojiTailStart(_:)`` when the first non-ASCII byte of `bytes` is at `i`
  /// (``firstNonASCII(_:)``).
  static func emojiTailStart(_ bytes: UnsafeBufferPointer<UInt8>, firstNonASCII i: Int) -> Int? {
    guard i > 0, i < bytes.count else { return nil }
    for k in i..<bytes.count {
      let b = bytes[k]
      if b < 0x80, UInt32(b).isASCIITokenByte { return nil }
    }
    return i
  }

  /// The index of the first byte of `bytes` that is not ASCII (`bytes.count` when there is
  /// none), read 32 (then eight) bytes at a time.
  static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return 0 }
    let n = bytes.count
    let high: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    // `i + 32 <= n` (`i + 8 <= n`), so each load lies inside the buffer.
    while i &+ 32 <= n {
      let any =
        raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i &+ 8, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i &+ 16, as: UInt64.self)
        | raw.loadUnaligned(fromByteOffset: i &+ 24, as: UInt64.self)
      if any & high != 0 { break }
      i &+= 32
    }
    while i &+ 8 <= n {
      // Little-endian: the first byte in memory is the lowest of the load.
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) & high
      if word != 0 { return i &+ word.trailingZeroBitCount &>> 3 }
      i &+= 8
    }
    while i < n, bytes[i] < 0x80 { i &+= 1 }
    return i
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
