import NetralText

extension Lexicon {
  /// The codes of recently coded tokens, kept from one text to the next (in a checker's
  /// workspace), so that a token seen before costs one slot comparison instead of a word-table
  /// probe, a skeleton lookup and a fuzzy search.
  ///
  /// Most tokens of most posts are a few hundred common words, and half of them code to
  /// nothing: without the cache each of those pays the whole search for a misspelled name
  /// every time. A token's code depends only on its kind and bytes, so a cached code is the
  /// code ``Lexicon/code(kind:bytes:)`` would return: the cache changes no result.
  ///
  /// Direct-mapped: a token of 1–15 bytes has one slot, chosen by a hash of its bytes; the
  /// slot keeps the token's bytes (zero-padded, with its length and kind in the last byte) and
  /// its code, and a newer token that shares the slot replaces it. Longer tokens are not
  /// cached. The slots are allocated at the second text coded through the cache, so a
  /// workspace used once (a single check) never pays for them.
  struct CodeCache: Sendable {
    struct Slot: Sendable {
      /// Bytes 0–7 of the token, zero-padded.
      var low: UInt64 = 0
      /// Bytes 8–14 of the token, zero-padded, and in the top byte its length (1–15) and kind
      /// (``tag(_:length:)``); 0 for an empty slot, which no token matches.
      var high: UInt64 = 0
      var code = Code()
    }

    /// log₂ of the slot count.
    static let bits = 11
    /// The slots; empty until the second text.
    private(set) var slots: [Slot] = []
    /// Texts coded through the cache so far (counted up to 2).
    private var uses = 0

    /// An empty cache.
    init() {}

    /// Number of slots in use (for tests).
    var filled: Int { slots.reduce(0) { $0 + ($1.high == 0 ? 0 : 1) } }

    /// Makes the slots ready if this is at least the second text; whether they are.
    mutating func prepare() -> Bool {
      if !slots.isEmpty { return true }
      uses += 1
      guard uses >= 2 else { return false }
      slots = [Slot](repeating: Slot(), count: 1 << Self.bits)
      return true
    }

    /// Calls `body` with the slots (after ``prepare()`` made them ready).
    @inline(__always)
    mutating func withSlots<R>(_ body: (UnsafeMutableBufferPointer<Slot>) -> R) -> R {
      slots.withUnsafeMutableBufferPointer { body($0) }
    }

    /// The last byte of a token's key: its length (1–15) in the low four bits and its kind in
    /// the high four; never 0.
    @inline(__always)
    static func tag(_ kind: Token.Kind, length: Int) -> UInt64 {
      let k: UInt64
      switch kind {
      case .word: k = 0
      case .number: k = 1
      case .hashtag: k = 2
      case .mention: k = 3
      case .emoji: k = 4
      case .url: k = 5
      }
      return (k << 4 | UInt64(length)) << 56
    }

    /// The key of the `n` bytes at `p` (1 ≤ n ≤ 15): bytes 0–7 and bytes 8–14, each
    /// zero-padded, read in at most two loads each (overlapping loads shifted into place).
    @inline(__always)
    static func key(_ p: UnsafeRawPointer, _ n: Int) -> (low: UInt64, high: UInt64) {
      // In bounds: every load below reads bytes 0..<n.
      if n >= 8 {
        let low = UInt64(littleEndian: p.loadUnaligned(as: UInt64.self))
        guard n > 8 else { return (low, 0) }
        // Bytes n − 8 … n − 1; dropping the first 16 − n leaves bytes 8 … n − 1.
        let last = UInt64(littleEndian: p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        return (low, last >> UInt64(8 * (16 - n)))
      }
      if n >= 4 {
        let first = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
        // Bytes n − 4 … n − 1; dropping the first 8 − n leaves bytes 4 … n − 1.
        let last = UInt64(UInt32(littleEndian: p.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)))
        return (first | (last >> UInt64(8 * (8 - n))) << 32, 0)
      }
      var low: UInt64 = 0
      for i in 0..<n { low |= UInt64(p.load(fromByteOffset: i, as: UInt8.self)) << UInt64(8 * i) }
      return (low, 0)
    }

    /// The slot of a key: the top bits of a multiplicative hash.
    @inline(__always)
    static func slot(_ low: UInt64, _ high: UInt64) -> Int {
      let x = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &* 0xBF58_476D_1CE4_E5B9
      return Int(truncatingIfNeeded: (x ^ (x >> 29)) >> UInt64(64 - bits))
    }
  }
}
