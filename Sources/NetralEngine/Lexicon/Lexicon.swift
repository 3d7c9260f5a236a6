import NetralCore
import NetralPacks
import NetralText

/// Every pack term compiled once into token ids and a token trie, with the tables needed to
/// code a post's tokens (exact word, derived form of a vocabulary root, skeleton of a name with
/// doubled letters, one-edit misspelling of a long name).
struct Lexicon: Sendable {
  /// How a token of a checked text is coded for the trie.
  struct Code: Sendable, Hashable {
    /// Exact (or derived, or skeleton) id; -1 when the word is unknown.
    var id: Int32 = -1
    /// Id of the vocabulary root when the word is also a word of its own ("dukungannya" in
    /// "mohon dukungannya" and as a form of "dukung"); -1 otherwise.
    var alt: Int32 = -1
    /// Id of a name word within one edit, when `id` is unknown; -1 otherwise.
    var fuzzy: Int32 = -1
    /// Length of that name word.
    var fuzzyLength: Int = 0
    /// The token is an agent noun of a vocabulary root ("pendukung").
    var agentNoun = false
    /// Built-in cue classes of the token's text (``BuiltInCueClass``).
    var cues: BuiltInCueClass = []
  }

  /// What the word table knows about one word: its code, and whether it is a lexicon word (or
  /// a number word, which codes as its digits' id) or only a built-in cue word.
  struct WordCode: Sendable {
    /// The code of a lexicon word or number word.
    var code: Code
    /// The id of the word in the lexicon's own word ids, -1 if none (number tokens use it).
    var plain: Int32
    /// `code` is final: the word is a lexicon word or a number word.
    var known: Bool
  }

  let normalizer: Normalizer
  private(set) var entries: [LexiconEntry] = []
  private(set) var trie = TokenTrie()
  /// The id of every word and number of a term (number words by their digits' key).
  private var wordIds = ByteTable<Int32>()
  private var fuzzy = FuzzyIndex()
  private var nextId: Int32 = 0
  /// The lookup table built by ``finish()``: every word of `wordIds` with its final code,
  /// number words and built-in cue words. Skeletons of name words, hashtags, mentions and
  /// emoji have their ids in tables of their own, filled as terms are compiled.
  private var words = ByteTable<WordCode>()
  private var skeletons = ByteTable<Int32>()
  private var hashtags = ByteTable<Int32>()
  private var mentions = ByteTable<Int32>()
  private var emojis = ByteTable<Int32>()
  /// The vocabulary roots whose derived forms are recognised at lookup (when every root is
  /// a–z, see ``finish()``); empty when the forms are generated into `words`.
  private var derived = DerivedForms()

  /// Words whose derived forms are generated.
  private static let derivedCategories: Set<VocabularyCategory> = [
    .support, .opposition, .mobilization, .event, .membership, .photo, .reporting,
  ]

  init(normalizer: Normalizer) {
    self.normalizer = normalizer
  }

  private mutating func id(for token: Token) -> Int32 {
    switch token.kind {
    case .hashtag: Self.intern(token.text, in: &hashtags, next: &nextId)
    case .mention: Self.intern(token.text, in: &mentions, next: &nextId)
    case .emoji: Self.intern(token.text, in: &emojis, next: &nextId)
    case .word, .number, .url: Self.intern(TokenKey.wordKey(token.text, kind: token.kind), in: &wordIds, next: &nextId)
    }
  }

  /// The id of `key` in `table`, a new one (`next`, then counted on) if the key is new.
  private static func intern(_ key: String, in table: inout ByteTable<Int32>, next: inout Int32) -> Int32 {
    key.withUTF8Bytes { b in
      let (e, inserted) = table.findOrInsert(b) { next }
      if inserted { next += 1 }
      return table[e]
    }
  }

  /// Adds `text` as a term for `entry`. Hashtag and mention terms are added whole and by their
  /// segments; name terms also as a hashtag of their words run together.
  /// Queues `text` as a term for `entry`; ``flush()`` compiles the queue.
  mutating func add(_ text: String, entry: LexiconEntry, isName: Bool, segments allowSegments: Bool = true) {
    pending.append(Pending(text: text, entry: entry, isName: isName, segments: allowSegments))
  }

  private struct Pending: Sendable {
    var text: String
    var entry: LexiconEntry
    var isName: Bool
    var segments: Bool
  }
  private var pending: [Pending] = []
  /// Single-word vocabulary terms by category, collected while compiling (the roots whose
  /// derived forms are generated).
  private(set) var singleWords: [VocabularyCategory: [String]] = [:]

  /// Compiles every queued term (each normalized once, with the normalizer posts go through).
  mutating func flush() {
    let queue = pending
    pending = []
    // The normalizer's buffers reused from term to term. Repeated terms (a party name in every
    // regional pack, 7% of the bundled packs' terms) are normalized again: a dictionary of the
    // texts cost more than that.
    var workspace = Normalizer.Workspace()
    for p in queue {
      let tokens = normalizer.normalize(p.text, reusing: &workspace).tokens
      compile(tokens, entry: p.entry, isName: p.isName, segments: p.segments)
    }
  }

  private mutating func compile(_ tokens: [Token], entry: LexiconEntry, isName: Bool, segments allowSegments: Bool) {
    guard !tokens.isEmpty else { return }
    if case .vocabulary(let category) = entry.kind, tokens.count == 1, tokens[0].kind == .word {
      singleWords[category, default: []].append(tokens[0].text)
    }
    let index = Int32(entries.count)
    entries.append(entry)
    var whole: [Int32] = []
    var segments: [Int32] = []
    var words: [String] = []
    for token in tokens {
      let id = id(for: token)
      if token.hashtag != nil {
        segments.append(id)
      } else {
        whole.append(id)
        if token.kind == .hashtag || token.kind == .mention { continue }
      }
      if token.kind == .word || token.kind == .number { words.append(token.text) }
      if isName, token.kind == .word {
        if !entry.ambiguous, token.text.utf8.count >= 4 {
          let sk = TokenKey.skeleton(token.text)
          sk.withUTF8Bytes { b in _ = skeletons.findOrInsert(b) { id } }
        }
        fuzzy.insert(token.text, id: id)
      }
    }
    trie.insert(whole, entry: index)
    if allowSegments, !segments.isEmpty { trie.insert(segments, entry: index) }
    if isName, words.count > 1 {
      let joined = words.joined()
      let tag = Self.intern(joined, in: &hashtags, next: &nextId)
      trie.insert([tag], entry: index)
      // Spaced or dotted letters ("P R A B O W O G I B R A N") arrive as one word.
      let word = Self.intern(joined, in: &wordIds, next: &nextId)
      trie.insert([word], entry: index)
    }
  }

  /// Builds the frozen lookup tables ``code(_:)`` reads, once every term is in: every word id
  /// goes into one byte-keyed table, then the derived forms of the vocabulary roots (recognised
  /// at lookup by ``DerivedForms`` when every root is a–z, as the bundled packs' are; else
  /// generated into the table), the number words and the built-in cue words; skeletons,
  /// hashtags, mentions and emoji get tables of their own.
  mutating func finish() {
    finish(generatingForms: false)
  }

  /// ``finish()``, generating every derived form into the word table when `generatingForms`
  /// (what happens anyway when a root is not a–z): the reference the recognised forms are
  /// tested against.
  mutating func finish(generatingForms: Bool) {
    trie.freeze()
    let roots = derivationRoots()
    let generate = generatingForms || !roots.allSatisfy { $0.withUTF8Bytes(DerivedForms.accepts) }
    words = ByteTable()
    // At most 17 stems of 24 suffixes each when generated (fewer: "ke-" stems take two).
    words.reserve(wordIds.count + 2048 + (generate ? roots.count * 420 : 0))
    for e in 0..<wordIds.count {
      var code = Code()
      code.id = wordIds[e]
      wordIds.key(e).withUnsafeBufferPointer { _ = words.insertNew($0, WordCode(code: code, plain: code.id, known: true)) }
    }
    derived = DerivedForms()
    if generate { addDerivations(roots) } else { addDerivedRoots(roots) }
    for (word, n) in TokenKey.numerals {
      var code = Code()
      code.id = wordIds.value(of: String(n)) ?? -1
      code.cues = .numeral
      let plain = words.index(of: word).map { words[$0].plain } ?? derivedCode(word)?.id ?? -1
      words.set(word, WordCode(code: code, plain: plain, known: true))
    }
    for word in BuiltInCueClass.words {
      if let e = words.index(of: word) {
        words[e].code.cues.formUnion(BuiltInCueClass.of(word))
      } else if var code = derivedCode(word) {
        code.cues = BuiltInCueClass.of(word)
        words.set(word, WordCode(code: code, plain: code.id, known: true))
      } else {
        var code = Code()
        code.cues = BuiltInCueClass.of(word)
        words.set(word, WordCode(code: code, plain: -1, known: false))
      }
    }
  }

  /// The single-word vocabulary roots of the categories whose forms are derived, of four
  /// characters or more, in derivation order: categories in declaration order, each category's
  /// roots in pack order.
  func derivationRoots() -> [String] {
    var roots: [String] = []
    for category in VocabularyCategory.allCases where Self.derivedCategories.contains(category) {
      for root in singleWords[category] ?? [] where root.count >= 4 { roots.append(root) }
    }
    return roots
  }

  /// The code of `word` as a derived form recognised by ``DerivedForms``, or `nil`.
  private func derivedCode(_ word: String) -> Code? {
    word.withUTF8Bytes { derivedCode($0) }
  }

  @inline(__always)
  private func derivedCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Code? {
    guard derived.count > 0, let d = derived.derivation(of: bytes) else { return nil }
    var code = Code()
    code.id = d.id
    code.alt = d.alt
    code.agentNoun = d.agent
    return code
  }

  /// Adds the roots to ``DerivedForms`` as ``addDerivations(_:)`` would derive them (a root
  /// once, only when it is a word or a form of an earlier root, with that word's or form's id);
  /// then gives every exact word that is also a derived form its alternative id.
  private mutating func addDerivedRoots(_ roots: [String]) {
    for root in roots {
      root.withUTF8Bytes { r in
        guard !derived.contains(r) else { return }
        let id: Int32
        if let e = words.index(of: r) {
          id = words[e].code.id
        } else if let d = derived.derivation(of: r) {
          id = d.id
        } else {
          return
        }
        derived.add(r, id: id)
      }
    }
    guard derived.count > 0 else { return }
    for e in 0..<words.count {
      let d = words.key(e).withUnsafeBufferPointer { derived.derivation(of: $0) }
      guard let d else { continue }
      let alt = d.id != words[e].code.id ? d.id : d.alt
      if alt >= 0 { words[e].code.alt = alt }
    }
  }

  /// Adds the derived forms of every root (``derivationRoots()``) where no exact word exists. A
  /// root is derived once (deriving it again would change nothing: forms are only ever added),
  /// and only when it is a word or a form derived from an earlier root. A form that is already
  /// a word keeps its id and gets the root as its alternative id (the first root that derives
  /// it); a new form takes the root's id.
  private mutating func addDerivations(_ roots: [String]) {
    var derivedRoots = Set<String>()
    for root in roots {
      // A root may itself be a form derived from an earlier root: look it up now.
      guard let r = words.index(of: root), words[r].known, derivedRoots.insert(root).inserted
      else { continue }
      let id = words[r].code.id
      Morphology.forEachDerivation(of: root) { form, agent in
        let (e, inserted) = words.findOrInsert(form) {
          var code = Code()
          code.id = id
          code.agentNoun = agent
          return WordCode(code: code, plain: id, known: true)
        }
        if !inserted, words[e].code.id != id, words[e].code.alt < 0 { words[e].code.alt = id }
      }
    }
  }

  /// Codes one token of a checked text.
  func code(_ token: Token) -> Code {
    code(kind: token.kind, text: token.text)
  }

  /// Codes every token of a checked text, read from its normalized bytes.
  func codes(_ text: NormalizedText) -> [Code] {
    var out: [Code] = []
    codes(text, into: &out)
    return out
  }

  /// Codes every token of a checked text into `codes` (emptied first, its storage kept).
  func codes(_ text: NormalizedText, into codes: inout [Code]) {
    let tokens = text.spans
    codes.removeAll(keepingCapacity: true)
    codes.reserveCapacity(tokens.count)
    text.withTextUTF8 { bytes in
      for k in tokens.indices {
        codes.append(code(kind: tokens[k].kind, bytes: UnsafeBufferPointer(rebasing: bytes[tokens[k].utf8])))
      }
    }
  }

  /// Codes every token of a checked text into `codes` (emptied first, its storage kept), as
  /// ``codes(_:into:)`` does, looking each token up in `cache` first and keeping the codes of
  /// the tokens it did not hold there (see ``CodeCache``).
  func codes(_ text: NormalizedText, into codes: inout [Code], cache: inout CodeCache) {
    guard cache.prepare() else { return self.codes(text, into: &codes) }
    let tokens = text.spans
    let count = tokens.count
    // Resized to `count` codes (from the previous text's: element by element, which costs
    // less than the generic range operations), then written in place.
    while codes.count > count { codes.removeLast() }
    if codes.count < count {
      codes.reserveCapacity(count)
      while codes.count < count { codes.append(Code()) }
    }
    codes.withUnsafeMutableBufferPointer { out in
      text.withTextUTF8 { bytes in
        cache.withSlots { slots in
          tokens.withUnsafeBufferPointer { tokens in
            // In bounds: `out` and `tokens` have `count` elements.
            for k in 0..<count {
              let token = tokens[k]
              let range = token.utf8
              let n = range.count
              guard n > 0, n < 16, let base = bytes.baseAddress else {
                out[k] = code(kind: token.kind, bytes: UnsafeBufferPointer(rebasing: bytes[range]))
                continue
              }
              // In bounds: `range` is the token's span of the text's bytes.
              let start = base + range.lowerBound
              var (low, high) = CodeCache.key(UnsafeRawPointer(start), n)
              high |= CodeCache.tag(token.kind, length: n)
              // In bounds: `slot` returns one of the 2^bits slot indices.
              let s = CodeCache.slot(low, high)
              if slots[s].low == low && slots[s].high == high {
                out[k] = slots[s].code
              } else {
                let c = code(kind: token.kind, bytes: UnsafeBufferPointer(start: start, count: n))
                slots[s] = CodeCache.Slot(low: low, high: high, code: c)
                out[k] = c
              }
            }
          }
        }
      }
    }
  }

  /// Codes one token of a checked text, given its kind and text.
  func code(kind: Token.Kind, text: String) -> Code {
    text.withUTF8Bytes { code(kind: kind, bytes: $0) }
  }

  /// Codes one token of a checked text, given its kind and the UTF-8 bytes of its text.
  func code(kind: Token.Kind, bytes: UnsafeBufferPointer<UInt8>) -> Code {
    var code = Code()
    switch kind {
    case .hashtag: code.id = hashtags.index(of: bytes).map { hashtags[$0] } ?? -1
    case .mention: code.id = mentions.index(of: bytes).map { mentions[$0] } ?? -1
    case .emoji: code.id = emojis.index(of: bytes).map { emojis[$0] } ?? -1
    case .url: break
    case .number: code.id = words.index(of: bytes).map { words[$0].plain } ?? -1
    case .word: return codeWord(bytes)
    }
    return code
  }

  /// The built-in cue classes of a word (for a token's surface form).
  func cueClasses(_ word: String) -> BuiltInCueClass {
    word.withUTF8Bytes { b in words.index(of: b).map { words[$0].code.cues } } ?? []
  }

  /// Codes a word: exact (or derived, or number word), else its skeleton when it has a doubled
  /// letter, else a name word within one edit.
  @inline(__always)
  private func codeWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Code {
    var code = Code()
    if let e = words.index(of: bytes) {
      let w = words[e]
      if w.known { return w.code }
      code.cues = w.code.cues
    } else if let derived = derivedCode(bytes) {
      return derived
    }
    if bytes.count >= 5, let id = skeletonId(bytes) {
      code.id = id
      return code
    }
    if let (id, length) = fuzzy.match(bytes) {
      code.fuzzy = id
      code.fuzzyLength = length
    }
    return code
  }

  /// The id of the name whose skeleton is the skeleton of a word with a doubled letter.
  private func skeletonId(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard let p = bytes.baseAddress, !bytes.isEmpty else { return nil }
    // A leading NUL counts as doubled (as if a NUL came before the word).
    guard p[0] == 0 || Self.hasDoubledByte(UnsafeRawPointer(p), bytes.count) else { return nil }
    let ascii = !bytes.contains { $0 >= 0x80 }
    guard ascii else { return skeletons.value(of: TokenKey.skeleton(String(decoding: bytes, as: UTF8.self))) }
    // ASCII: collapse repeated bytes on the stack.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer in
      var n = 0
      var previous: UInt8 = 0
      for (i, b) in bytes.enumerated() where i == 0 || b != previous {
        buffer[n] = b
        n += 1
        previous = b
      }
      return skeletons.index(of: UnsafeBufferPointer(rebasing: buffer[0..<n])).map { skeletons[$0] }
    }
  }

  /// Whether two neighbouring bytes of the `n` bytes at `p` are equal: each byte is compared
  /// with the next eight (or four) at a time, XOR-ing a word with the word one byte on and
  /// testing for a zero byte; the last window overlaps the one before.
  @inline(__always)
  static func hasDoubledByte(_ p: UnsafeRawPointer, _ n: Int) -> Bool {
    @inline(__always) func zeroByte(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 }
    @inline(__always) func zeroByte(_ v: UInt32) -> Bool { (v &- 0x0101_0101) & ~v & 0x8080_8080 != 0 }
    @inline(__always) func word(_ i: Int) -> UInt64 { p.loadUnaligned(fromByteOffset: i, as: UInt64.self) }
    @inline(__always) func half(_ i: Int) -> UInt32 { p.loadUnaligned(fromByteOffset: i, as: UInt32.self) }
    if n >= 9 {
      // Pairs (i, i + 1) for i in 0...n − 2: eight per window, windows at 0, 8, … and n − 9.
      var i = 0
      while i + 9 <= n {
        if zeroByte(word(i) ^ word(i + 1)) { return true }
        i += 8
      }
      return zeroByte(word(n - 9) ^ word(n - 8))
    }
    if n >= 5 { return zeroByte(half(0) ^ half(1)) || zeroByte(half(n - 5) ^ half(n - 4)) }
    var i = 1
    while i < n {
      if p.load(fromByteOffset: i, as: UInt8.self) == p.load(fromByteOffset: i - 1, as: UInt8.self) { return true }
      i += 1
    }
    return false
  }

  /// One term found in a text: the entry and the token range `start..<end`.
  struct Hit: Sendable, Hashable {
    var entry: Int32
    var start: Int
    var end: Int
    /// Matched with a one-edit misspelling.
    var fuzzy: Bool
  }

  /// Leftmost-longest matches of every term over `tokens` (coded as `codes`). A match never
  /// crosses a hashtag's boundary; at most one token of a match may be misspelled, and a
  /// misspelled single word must be at least six letters long.
  func match(_ tokens: [TokenSpan], codes: [Code]) -> [Hit] {
    var hits: [Hit] = []
    match(tokens, codes: codes, into: &hits)
    return hits
  }

  /// ``match(_:codes:)`` into `hits` (emptied first, its storage kept).
  func match(_ tokens: [TokenSpan], codes: [Code], into hits: inout [Hit]) {
    hits.removeAll(keepingCapacity: true)
    let count = min(tokens.count, codes.count)
    tokens.withUnsafeBufferPointer { tokens in
      codes.withUnsafeBufferPointer { codes in
        // In bounds: every index below is less than `count`, the length of both buffers.
        var i = 0
        while i < count {
          // The first step, from the root, is an array read; most tokens start no term.
          let first = codes[i]
          var node: Int32
          var usedFuzzy = false
          var fuzzyLength = 0
          if first.id >= 0, let next = trie.rootStep(first.id) {
            node = next
          } else if first.alt >= 0, let next = trie.rootStep(first.alt) {
            node = next
          } else if first.fuzzy >= 0, let next = trie.rootStep(first.fuzzy) {
            node = next
            usedFuzzy = true
            fuzzyLength = first.fuzzyLength
          } else {
            i += 1
            continue
          }
          var best: (end: Int, node: Int32, fuzzy: Bool)?
          var j = i + 1
          // A one-token match with a misspelling needs a name of six letters or more.
          if trie.isTerminal[Int(node)], !usedFuzzy || fuzzyLength >= 6 { best = (j, node, usedFuzzy) }
          let hashtag = tokens[i].hashtag
          while j < count {
            if tokens[j].hashtag != hashtag { break }
            let c = codes[j]
            if c.id >= 0, let next = trie.step(node, c.id) {
              node = next
            } else if c.alt >= 0, let next = trie.step(node, c.alt) {
              node = next
            } else if !usedFuzzy, c.fuzzy >= 0, let next = trie.step(node, c.fuzzy) {
              node = next
              usedFuzzy = true
              fuzzyLength = c.fuzzyLength
            } else {
              break
            }
            j += 1
            // Two tokens or more: acceptable with or without a misspelling.
            if trie.isTerminal[Int(node)] { best = (j, node, usedFuzzy) }
          }
          if let best {
            var emitted = false
            for k in trie.entryRange(of: best.node) {
              let e = trie.frozenEntries[k]
              // A misspelling only ever stands for a name, never for a vocabulary word.
              if best.fuzzy && !entries[Int(e)].isName { continue }
              // Room for a few hits at once instead of a growth at one, two and four.
              if hits.capacity < 8 { hits.reserveCapacity(8) }
              hits.append(Hit(entry: e, start: i, end: best.end, fuzzy: best.fuzzy))
              emitted = true
            }
            i = emitted ? best.end : i + 1
          } else {
            i += 1
          }
        }
      }
    }
  }

  /// Number of distinct token ids and trie nodes, for documentation and benchmarks.
  var size: (ids: Int, nodes: Int, entries: Int) { (Int(nextId), trie.nodeCount, entries.count) }
}
