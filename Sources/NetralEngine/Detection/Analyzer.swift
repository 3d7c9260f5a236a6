import NetralCore
import NetralPacks
import NetralText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Turns one field's text into a ``FieldAnalysis``: tokens, lexicon hits, references, ballot
/// numbers, cues, resolved ambiguity and stances.
///
/// A final class of constants: a checker and every scene share one instance, so passing it
/// around retains one reference instead of copying the compiled packs' many tables.
final class Analyzer: Sendable {
  let packs: CompiledPacks
  private let strongCueIds: IdSet
  private let weakCueIds: IdSet
  private let strongVerbIds: IdSet
  private let weakVerbIds: IdSet
  /// Each lexicon entry's key and display, by entry index, shared by its hits' references,
  /// gestures and cues.
  private let labels: [TermLabel]

  init(packs: CompiledPacks) {
    self.packs = packs
    labels = packs.lexicon.entries.map { TermLabel(key: $0.key, display: $0.display) }
    func ids(_ words: Set<String>) -> Set<Int32> {
      var out = Set<Int32>()
      for w in words {
        for t in packs.lexicon.normalizer.normalize(w).tokens {
          let c = packs.lexicon.code(t)
          if c.id >= 0 { out.insert(c.id) }
        }
      }
      return out
    }
    strongCueIds = IdSet(ids(BuiltInCues.strongNumberCues).union([-10]))
    weakCueIds = IdSet(ids(BuiltInCues.weakNumberCues).union([-11]))
    strongVerbIds = IdSet(ids(BuiltInCues.strongNumberVerbs).union([-12]))
    weakVerbIds = IdSet(ids(BuiltInCues.weakNumberVerbs).union([-13]))
  }

  /// Analyses `text` as `field`.
  func analyze(_ text: String, field: ActivityField, extraContext: Bool = false) -> FieldAnalysis {
    var workspace = FieldWorkspace()
    return analyze(text, field: field, extraContext: extraContext, reusing: &workspace)
  }

  /// Analyses `text` as `field` with the buffers of `workspace` (the same result as
  /// ``analyze(_:field:extraContext:)``; see ``Checker/Workspace``).
  func analyze(
    _ text: String, field: ActivityField, extraContext: Bool = false, reusing workspace: inout FieldWorkspace
  ) -> FieldAnalysis {
    let normalized = packs.lexicon.normalizer.normalize(text, reusing: &workspace.normalizer)
    let tokens = normalized.spans
    // Taken out of the workspace, so that storage the previous result no longer holds is
    // written in place; put back below, shared with this result until it is dropped.
    var codes = workspace.codes
    workspace.codes = []
    packs.lexicon.codes(normalized, into: &codes, cache: &workspace.codeCache)
    workspace.codes = codes
    var clause = workspace.clause
    workspace.clause = []
    defer { workspace.clause = clause }
    var hits = workspace.hits
    workspace.hits = []
    defer { workspace.hits = hits }
    packs.lexicon.match(tokens, codes: codes, into: &hits)
    // Nothing can be found in a field with no term, no number and no finger word: references
    // come from terms and numbers, gestures from terms and finger words, cues from terms, and
    // stances need references or gestures. Such a field is returned as it is (its clauses and
    // speaker flags are read only next to a reference, cue or gesture).
    if hits.isEmpty, !codes.contains(where: { $0.cues.contains(.finger) }),
      !mayHoldBallotNumber(text, normalized, codes)
    {
      Self.zeros(tokens.count, into: &clause)
      return FieldAnalysis(field: field, normalized: normalized, codes: codes, clause: clause)
    }
    var ascii = false
    Self.clauses(text, normalized, ascii: &ascii, into: &clause)
    var a = FieldAnalysis(field: field, normalized: normalized, codes: codes, clause: clause)
    a.ascii = ascii
    a.adoptBuffers(&workspace)
    // Whether a number (or number word) and a finger word are there at all, asked in this
    // pass: most fields have neither, and their searches below then read no token.
    var numbers = false
    var fingers = false
    for k in tokens.indices {
      guard tokens[k].kind == .word else {
        if tokens[k].kind == .number { numbers = true }
        continue
      }
      let cues = codes[k].cues
      if cues.contains(.numeral) { numbers = true }
      if cues.contains(.finger) { fingers = true }
      if cues.contains(.firstPerson) { a.firstPerson = true }
      if cues.contains(.attendance) { a.attendance = true }
      if !tokens[k].isFolded
        ? cues.contains(.javanese) : packs.lexicon.cueClasses(normalized.surface(of: k)).contains(.javanese)
      {
        a.javanese = true
      }
    }
    collect(hits, into: &a)
    dropNamesakes(&a)
    if numbers { findBallotNumbers(&a) }
    if fingers { findFingerPoses(&a) }
    resolveAmbiguity(&a, extraContext: extraContext)
    StanceFinder.find(&a, packs: packs)
    a.shareBuffers(with: &workspace)
    return a
  }

  /// 1 for each byte that can start a clause mark: "\n", "\r", "!", ".", ";", "?", "|" and
  /// the lead byte of "•" (E2).
  private static let markBytes: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 256)
    for x in [10, 13, 33, 46, 59, 63, 124, 0xE2] { table[x] = 1 }
    return table
  }()

  /// Clause boundaries read from the UTF-8 bytes: the same as ``scalarBoundaries(_:)``, with
  /// scalar offsets counted from lead bytes and a scalar decoded only next to a "!" or "?"
  /// that is not between ASCII bytes; also whether `text` is all ASCII (from the same pass).
  ///
  /// Most text goes many bytes without a clause mark: eight bytes at a time are looked up in
  /// a table of the bytes that can start one and skipped when none does, counting their
  /// scalars (bytes that are not continuation bytes). Eight bytes with a mark, and the last
  /// few, go byte by byte.
  static func byteBoundaries(_ text: String, ascii: inout Bool) -> [(pos: Int, dot: Bool)] {
    // Most fields have no clause mark at all: the C library's `strcspn` (vectorised) looks
    // for the mark bytes and a word-wide pass tells whether the text is ASCII.
    if let isASCII = markFreeASCII(text) {
      ascii = isASCII
      return []
    }
    var boundaries: [(pos: Int, dot: Bool)] = []
    var high: UInt8 = 0
    text.withUTF8Bytes { b in
      func letter(_ x: UInt8) -> Bool { (x | 0x20) >= 97 && (x | 0x20) <= 122 }
      func alphabetic(before i: Int) -> Bool {
        if b[i - 1] < 0x80 { return letter(b[i - 1]) }
        let scalars = text.unicodeScalars
        return scalars[scalars.index(before: text.utf8.index(text.utf8.startIndex, offsetBy: i))].properties.isAlphabetic
      }
      func alphabetic(after i: Int) -> Bool {
        if b[i + 1] < 0x80 { return letter(b[i + 1]) }
        let scalars = text.unicodeScalars
        return scalars[scalars.index(after: text.utf8.index(text.utf8.startIndex, offsetBy: i))].properties.isAlphabetic
      }
      guard let base = UnsafeRawPointer(b.baseAddress) else { return }
      Self.markBytes.withUnsafeBufferPointer { table in
        let n = b.count
        var pos = -1
        var i = 0
        while i < n {
          if i + 8 <= n {
            // In bounds: bytes i..<i+8 of the buffer; `table` has 256 entries.
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            var mark: UInt8 = 0
            for k in 0..<8 { mark |= table[Int(truncatingIfNeeded: w &>> UInt64(8 * k)) & 0xFF] }
            if mark == 0 {
              let highBits = w & 0x8080_8080_8080_8080
              if highBits == 0 {
                pos &+= 8
              } else {
                high |= 0x80
                // Continuation bytes: bit 7 set, bit 6 clear.
                pos &+= 8 - (highBits & ~(w &<< 1)).nonzeroBitCount
              }
              i &+= 8
              continue
            }
          }
          let end = min(i + 8, n)
          while i < end {
            let x = b[i]
            high |= x
            pos &+= x & 0xC0 != 0x80 ? 1 : 0
            defer { i &+= 1 }
            guard table[Int(x)] != 0 else { continue }
            switch x {
            case 33, 63:  // "!", "?"; "G!bran", "Pr!bowo": between two letters it is a disguised letter
              let inWord = i > 0 && i + 1 < n && alphabetic(before: i) && alphabetic(after: i)
              if !inWord { boundaries.append((pos, false)) }
            case 46: boundaries.append((pos, true))  // "."
            case 0xE2:  // "•" (U+2022, E2 80 A2)
              if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA2 { boundaries.append((pos, false)) }
            default: boundaries.append((pos, false))  // ";", "\n", "\r", "|"
            }
          }
        }
      }
    }
    ascii = high < 0x80
    return boundaries
  }

  /// The bytes that can start a clause mark (``markBytes``) as a C string, for `strcspn`.
  private static let markSet: [CChar] = [10, 13, 33, 46, 59, 63, 124, CChar(bitPattern: 0xE2), 0]

  /// When `text` holds no byte that can start a clause mark: whether it is all ASCII; `nil`
  /// when it holds one (a "!" inside a word or an "E2" lead byte of another scalar too).
  static func markFreeASCII(_ text: String) -> Bool? {
    let n = text.utf8.count
    return text.withCString { p -> Bool? in
      Self.markSet.withUnsafeBufferPointer { set -> Bool? in
        guard let marks = set.baseAddress else { return nil }
        // `withCString` ends the n bytes with a NUL; a NUL inside the text stops `strcspn`
        // early, so the search goes on after it.
        var i = 0
        while i < n {
          i += strcspn(p + i, marks)
          if i >= n { break }
          guard p[i] == 0 else { return nil }
          i += 1
        }
        var high: UInt64 = 0
        let base = UnsafeRawPointer(p)
        var k = 0
        // In bounds: bytes k..<k+8 of the n bytes.
        while k + 8 <= n {
          high |= base.loadUnaligned(fromByteOffset: k, as: UInt64.self)
          k += 8
        }
        while k < n {
          high |= UInt64(UInt8(bitPattern: p[k]))
          k += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
      }
    }
  }

  /// Clause boundaries (scalar offset, and whether it is a dot) of any text.
  static func scalarBoundaries(_ text: String) -> [(pos: Int, dot: Bool)] {
    var boundaries: [(pos: Int, dot: Bool)] = []
    var pos = 0
    let scalars = Array(text.unicodeScalars)
    // "G!bran", "Pr!bowo": a "!" or "?" between two letters is a disguised letter, not an end.
    func inWord(_ i: Int) -> Bool {
      i > 0 && i + 1 < scalars.count && scalars[i - 1].properties.isAlphabetic && scalars[i + 1].properties.isAlphabetic
    }
    for s in scalars {
      switch s {
      case "!", "?": if !inWord(pos) { boundaries.append((pos, false)) }
      case ";", "\n", "\r", "|", "\u{2022}": boundaries.append((pos, false))
      case ".": boundaries.append((pos, true))
      default: break
      }
      pos += 1
    }
    return boundaries
  }

  /// Clause index per token: `!`, `?`, `;`, line breaks and sentence-ending dots separate
  /// clauses (a dot after a short abbreviation like "no." does not).
  /// Also tells whether `text` is all ASCII (read in the same pass). Written into `clause`
  /// (emptied first, its storage kept).
  static func clauses(_ text: String, _ normalized: NormalizedText, ascii: inout Bool, into clause: inout [Int]) {
    let tokens = normalized.spans
    let boundaries = byteBoundaries(text, ascii: &ascii)
    guard !boundaries.isEmpty else { return zeros(tokens.count, into: &clause) }
    clause.removeAll(keepingCapacity: true)
    clause.reserveCapacity(tokens.count)
    var current = 0
    var b = 0
    var previousEnd = -1
    var previous = -1  // the token `previousEnd` ends: a dot after it asks its length
    for (k, t) in tokens.enumerated() {
      while b < boundaries.count, boundaries[b].pos < t.original.lowerBound {
        let bound = boundaries[b]
        if bound.pos >= previousEnd {
          if !bound.dot || (previous >= 0 && length(previous) > 3) { current += 1 }
        }
        b += 1
      }
      clause.append(current)
      if t.hashtag == nil {
        previousEnd = t.original.upperBound
        previous = k
      }
    }
    /// The characters of token `k`'s normalized form: never more than bytes, and as many in
    /// ASCII without a "\r\n" pair (asked only for a dot after the token).
    func length(_ k: Int) -> Int {
      let bytes = tokens[k].utf8.count
      return bytes <= 3 || normalized.withUTF8(of: k, { $0.allSatisfy { $0 < 0x80 && $0 != 13 } })
        ? bytes : normalized.text(of: k).count
    }
  }

  /// `count` zeros into `out` (emptied first, its storage kept), in one `replaceSubrange`
  /// (`Array(repeating:count:)` takes a generic, unspecialized allocation path that looks up
  /// type metadata on every call).
  static func zeros(_ count: Int, into out: inout [Int]) {
    // One call that empties and refills (emptying alone, `removeAll(keepingCapacity:)`, goes
    // through the same `replaceSubrange`).
    out.replaceSubrange(out.startIndex..<out.endIndex, with: repeatElement(0, count: count))
  }

  private func collect(_ hits: [Lexicon.Hit], into a: inout FieldAnalysis) {
    // Entries are read in place (`entries[e].kind`): copying an entry retained both its strings.
    let entries = packs.lexicon.entries
    let labels = self.labels
    var cues = a.takeCueStorage()
    var cuesSorted = true
    var lastSlot: UInt8 = 0
    for hit in hits {
      let e = Int(hit.entry)
      // At the first reference, room for every hit: one allocation instead of a growth per
      // power of two.
      if a.references.isEmpty, entries[e].kind.isContestant { a.references.reserveCapacity(hits.count) }
      let inHashtag = a.tokens[hit.start].kind == .hashtag || a.tokens[hit.start].hashtag != nil
      let ambiguous = entries[e].ambiguous || (hit.fuzzy && hit.end - hit.start == 1)
      func ref(_ subject: Reference.Subject, _ signal: Signal, account: Bool = false) {
        a.references.append(
          Reference(
            subject: subject, signal: inHashtag ? .hashtag : signal, start: hit.start,
            end: hit.end, ambiguous: ambiguous, label: labels[e], isAccount: account, inHashtag: inHashtag))
      }
      switch entries[e].kind {
      case .candidate(let t): ref(.ticket(t), .candidate)
      case .ticketName(let t): ref(.ticket(t), .candidate)
      case .ticketAccount(let t): ref(.ticket(t), .campaignAccount, account: true)
      case .party(let p):
        // A short abbreviation written in lower case is an ordinary word too ("pas", "pan").
        let span = a.tokens[hit.start]
        if hit.end - hit.start == 1, span.utf8.count <= 4, span.kind == .word,
          a.scalar(at: span.original.lowerBound).map({ !$0.properties.isUppercase }) ?? false
        {
          a.references.append(
            Reference(
              subject: .party(p), signal: .party, start: hit.start, end: hit.end, ambiguous: true,
              label: labels[e], inHashtag: inHashtag))
        } else {
          ref(.party(p), .party)
        }
      case .partySymbol(let p), .partyEmoji(let p): ref(.party(p), .party)
      case .partyAccount(let p): ref(.party(p), .campaignAccount, account: true)
      case .slogan(let t, let p):
        let subject: Reference.Subject = t >= 0 ? .ticket(t) : p >= 0 ? .party(p) : .election
        ref(subject, inHashtag ? .hashtag : .slogan)
      case .gesture(let g):
        let emojiOnly = entries[e].ambiguous || a.tokens[hit.start..<hit.end].allSatisfy { $0.kind == .emoji }
        a.gestures.append(
          GestureHit(
            gesture: g, start: hit.start, end: hit.end, label: labels[e], emojiOnly: emojiOnly, unconfirmed: entries[e].confidence == .unconfirmed))
      case .vocabulary(let category):
        if cues.isEmpty { cues.reserveCapacity(hits.count) }
        let slot = UInt8(CueSlot.of(category))
        if slot < lastSlot { cuesSorted = false }
        lastSlot = slot
        cues.append(
          Cue(
            start: hit.start, end: hit.end, label: labels[e], agentNoun: a.codes[hit.start].agentNoun, ambiguous: entries[e].ambiguous, slot: slot))
      }
    }
    a.setCues(consume cues, sorted: cuesSorted)
  }

  /// Whether a field without lexicon hits has a number that ``findBallotNumbers(_:)`` could take
  /// for a ballot number (answered conservatively): a number 1–20 (a number word 1–4) with a
  /// ballot-number cue or vote verb before it (``numberCue(before:_:_:clause:)``, the search
  /// ``findBallotNumbers(_:)`` makes, here across clauses), or written "02", inside a
  /// hashtag, or in a text that is not ASCII (circled and keycap digits). Without hits there is
  /// no number-context word to rule one out.
  private func mayHoldBallotNumber(_ text: String, _ normalized: NormalizedText, _ codes: [Lexicon.Code]) -> Bool {
    var ascii: Bool?
    let tokens = normalized.spans
    for k in tokens.indices where tokens[k].kind == .number || (tokens[k].kind == .word && codes[k].cues.contains(.numeral)) {
      let t = tokens[k]
      guard let value = TokenKey.value(of: k, in: normalized), value >= 1, value <= 20 else { continue }
      if t.kind == .word && value > 4 { continue }
      // Clauses are not known yet: looking across them finds every cue the real search finds.
      let cue = numberCue(before: k, normalized, codes, clause: nil)
      if cue.strong || cue.weak { return true }
      if t.kind == .word { continue }  // a number word needs a cue
      if t.hashtag != nil || TokenKey.hasLeadingZero(k, in: normalized) { return true }
      if ascii == nil { ascii = text.withUTF8Bytes { b in !b.contains { $0 >= 0x80 } } }
      if ascii == false { return true }
    }
    return false
  }

  /// The ballot-number cues and vote verbs among the (at most three) tokens before the number
  /// at `k`: whether a strong or a weak one is there, and where the cue words start (`k` when
  /// none is a cue word). The search stops at a strong cue or vote verb, after a number, and,
  /// when `clause` is given, at the start of the number's clause.
  private func numberCue(
    before k: Int, _ normalized: NormalizedText, _ codes: [Lexicon.Code], clause: [Int]?
  ) -> (strong: Bool, weak: Bool, cueStart: Int) {
    var strong = false
    var weak = false
    var cueStart = k
    var j = k - 1
    while j >= 0, j >= k - 3 {
      let id = cueId(normalized, codes, j)
      if let clause, clause[j] != clause[k] { break }
      if strongCueIds.contains(id) {
        strong = true
        cueStart = j
        break
      }
      if weakCueIds.contains(id) {
        weak = true
        cueStart = j
      }
      if strongVerbIds.contains(id) {
        strong = true
        break
      }
      if weakVerbIds.contains(id) { weak = true }
      if normalized.spans[j].kind == .number { break }
      j -= 1
    }
    return (strong, weak, cueStart)
  }

  /// The id used to compare token `j` with the built-in cue words: its lexicon id, or -2 for a
  /// word listed among the cues by text, or -1.
  private func cueId(_ a: FieldAnalysis, _ j: Int) -> Int32 { cueId(a.normalized, a.codes, j) }

  private func cueId(_ normalized: NormalizedText, _ codes: [Lexicon.Code], _ j: Int) -> Int32 {
    let id = codes[j].id
    if id >= 0 { return id }
    if normalized.spans[j].kind == .word {
      // The word table marks the cue words (one lookup while coding).
      let c = codes[j].cues
      if c.contains(.strongNumberCue) { return strongTextId }
      if c.contains(.weakNumberCue) { return weakTextId }
      if c.contains(.strongNumberVerb) { return strongVerbTextId }
      if c.contains(.weakNumberVerb) { return weakVerbTextId }
      return -1
    }
    let t = normalized.text(of: j)
    if BuiltInCues.strongNumberCues.contains(t) { return strongTextId }
    if BuiltInCues.weakNumberCues.contains(t) { return weakTextId }
    if BuiltInCues.strongNumberVerbs.contains(t) { return strongVerbTextId }
    if BuiltInCues.weakNumberVerbs.contains(t) { return weakVerbTextId }
    return -1
  }
  private let strongTextId: Int32 = -10
  private let weakTextId: Int32 = -11
  private let strongVerbTextId: Int32 = -12
  private let weakVerbTextId: Int32 = -13

  /// Whether token `k` is written in capitals in the original ("AMIN", not "Amin" or "amin").
  private static func isCapitals(_ a: FieldAnalysis, _ k: Int) -> Bool {
    let range = a.tokens[k].original
    var letters = 0
    for s in a.original.unicodeScalars.dropFirst(range.lowerBound).prefix(range.count)
    where s.properties.isAlphabetic {
      guard s.properties.isUppercase else { return false }
      letters += 1
    }
    return letters >= 2
  }

  /// A one-word candidate name followed by an unknown capitalised word is someone else
  /// ("Ganjar Wicaksono", "Anies Rahmawati").
  ///
  /// The namesakes are found while `a` is only read, then removed in place: a closure that
  /// reads `a` while `a.references` is mutated would copy the whole analysis and the array.
  private func dropNamesakes(_ a: inout FieldAnalysis) {
    guard !a.references.isEmpty, a.field != .targetAuthor else { return }
    var drop: [Int] = []
    for i in a.references.indices where Self.isNamesake(a, i) { drop.append(i) }
    for i in drop.reversed() { a.references.remove(at: i) }
  }

  /// Whether reference `i` of `a` is a one-word candidate name followed by an unknown
  /// capitalised word in the same clause.
  private static func isNamesake(_ a: borrowing FieldAnalysis, _ i: Int) -> Bool {
    let r = a.references[i]
    guard r.signal == .candidate, r.end - r.start == 1, r.end < a.tokens.count, !r.inHashtag,
      !a.cues(.accountPrefix).contains(where: { $0.end <= r.start })
    else { return false }
    let next = a.tokens[r.end]
    guard next.kind == .word, a.codes[r.end].id < 0, a.codes[r.end].fuzzy < 0,
      a.clause[r.end] == a.clause[r.start]
    else { return false }
    let first = a.scalar(at: next.original.lowerBound)
    return first.map { $0.properties.isUppercase } ?? false
  }

  /// An attribute, membership or account word right next to a name ("kaos AMIN", "kader
  /// banteng", "Relawan RIDO") makes the name a contestant.
  private func adjacentCue(_ a: FieldAnalysis, _ r: Reference) -> Bool {
    for category in [VocabularyCategory.attribute, .membership, .accountPrefix, .profileFrame] {
      // Touching, or one word apart ("twibbon bertuliskan AMIN", "kaos bergambar RIDO").
      if a.cues(category).contains(where: { FieldAnalysis.distance(($0.start, $0.end), (r.start, r.end)) <= 1 && a.clause[$0.start] == a.clause[r.start] }) { return true }
    }
    return false
  }

  /// A ticket name next to its own ballot number ("RIDO nomor 1") confirms both.
  private func ownNumber(_ a: FieldAnalysis, _ r: Reference) -> Bool {
    guard case .ticket(let t) = r.subject else { return false }
    let number = packs.tickets[Int(t)].number
    return a.references.contains { n in
      n.subject == .number(number) && FieldAnalysis.distance((n.start, n.end), (r.start, r.end)) <= 2
    }
  }

  /// Finger poses the packs' phrases miss: a finger word ("jari", "telunjuk") with a pose verb or a
  /// number within three tokens before it ("berpose jari", "mengangkat empat jari").
  @inline(never) private func findFingerPoses(_ a: inout FieldAnalysis) {
    for k in a.tokens.indices where a.tokens[k].kind == .word && a.codes[k].cues.contains(.finger) {
      if a.gestures.contains(where: { $0.start <= k && k < $0.end }) { continue }
      var start = k
      var j = k - 1
      while j >= 0, j >= k - 3, a.clause[j] == a.clause[k] {
        let w = a.text(j)
        if BuiltInCues.poseWords.contains(w) || TokenKey.value(of: j, in: a.normalized) != nil { start = j }
        j -= 1
      }
      guard start < k else { continue }
      a.gestures.append(GestureHit(gesture: -1, start: start, end: k + 1, key: "engine/gesture/finger-pose", display: "pose jari", emojiOnly: false))
    }
  }

  /// Whether `scalar` is a circled digit or number (a switch: a static table of ranges cost a
  /// `swift_once` on every look-up).
  private static func circled(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x2460...0x2473, 0x24F5...0x24FE, 0x2776...0x2793, 0x24EA, 0x1F10B...0x1F10C: true
    default: false
    }
  }

  private func findBallotNumbers(_ a: inout FieldAnalysis) {
    for k in a.tokens.indices where a.tokens[k].kind == .number || (a.tokens[k].kind == .word && a.codes[k].cues.contains(.numeral)) {
      let t = a.tokens[k]
      guard let value = TokenKey.value(of: k, in: a.normalized), value >= 1, value <= 20 else { continue }
      if t.kind == .word && value > 4 { continue }
      let (strong, weak, firstCue) = numberCue(before: k, a.normalized, a.codes, clause: a.clause)
      var cueStart = firstCue
      let leadingZero = t.kind == .number && TokenKey.hasLeadingZero(k, in: a.normalized)
      let hashtagged = t.hashtag != nil || t.kind == .hashtag
      // A circled or keycap digit is asked only when nothing else makes the number a
      // candidate, and never in an ASCII text (an ASCII scalar is neither); the original's
      // scalar index is found once for both.
      func circledOrKeycap() -> Bool {
        guard !a.ascii, let i = a.scalarIndex(t.original.lowerBound) else { return false }
        let scalars = a.original.unicodeScalars
        let scalar = scalars[i].value
        return Self.circled(scalar) || scalars[i...].prefix(3).contains("\u{20E3}")
      }
      guard strong || weak || leadingZero || hashtagged || circledOrKeycap() else { continue }
      // Queue, rank, age, time and date words: before the number (window 2) or, unless marked
      // ambiguous ("tanggal"), right after it.
      var blocker = max(0, k - 4)
      for b in stride(from: k - 1, through: max(0, k - 4), by: -1) where a.clause[b] == a.clause[k] {
        let id = cueId(a, b)
        // A vote verb between a date word and the number ("tanggal 14 pilih 02") ends its reach.
        if strongCueIds.contains(id) || strongVerbIds.contains(id) || weakVerbIds.contains(id) {
          blocker = b + 1
          break
        }
      }
      let context = a.cues(.numberContext).contains { c in
        (c.end <= k && c.start >= blocker && a.clause[c.start] == a.clause[k])
          || (!c.ambiguous && c.start == k + 1)
      }
      if context { continue }
      if t.kind == .word && !strong && !weak { continue }
      // "jam 02", "2 jari" handled by gestures; a number inside a gesture phrase is not a ballot number.
      if a.gestures.contains(where: { $0.start <= k && k < $0.end }) { continue }
      while cueStart > 0, a.clause[cueStart - 1] == a.clause[k],
        strongCueIds.contains(cueId(a, cueStart - 1)) || weakCueIds.contains(cueId(a, cueStart - 1))
      {
        cueStart -= 1
      }
      let sure = strong || (weak && leadingZero)
      a.references.append(
        Reference(
          subject: .number(value), signal: .ballotNumber, start: strong || weak ? cueStart : k,
          end: k + 1, ambiguous: !sure, key: nil,
          display: leadingZero ? a.text(k) : "nomor \(value)", inHashtag: hashtagged))
    }
  }

  private func resolveAmbiguity(_ a: inout FieldAnalysis, extraContext: Bool) {
    // Every step below changes references only: a field without one (most fields with cues)
    // has nothing to resolve, and the cue questions are asked only when a reference needs them.
    guard !a.references.isEmpty else { return }
    // "Pak Mahfud bagian keuangan", "Gibran kecil": a candidate's name among workplace or family
    // words, with no election word in the field, is someone else.
    if a.references.contains(where: { $0.signal == .candidate && !$0.ambiguous }) && a.has(.literalContext) {
      let electionWords = extraContext || a.has(.campaignWord) || a.has(.event) || a.has(.accountPrefix)
        || a.cues(.support).contains { !$0.ambiguous } || a.has(.opposition)
      if !electionWords {
        for i in a.references.indices where a.references[i].signal == .candidate && !a.references[i].ambiguous {
          let r = a.references[i]
          if case .ticket = r.subject, a.near(.literalContext, r.start, r.end, window: 4) != nil {
            a.references[i].ambiguous = true
          }
        }
      }
    }
    guard a.references.contains(where: { $0.ambiguous }) else { return }
    let context = extraContext || a.references.contains { !$0.ambiguous && $0.subject != .election }
      || a.has(.campaignWord) || a.has(.event) || a.has(.accountPrefix)
      || a.gestures.contains { !$0.emojiOnly } && a.references.contains { if case .number = $0.subject { return true } else { return false } }
    for i in a.references.indices where a.references[i].ambiguous {
      let r = a.references[i]
      let isParty: Bool
      if case .party = r.subject { isParty = true } else { isParty = false }
      // "pilih AMIN", "coblos RIDO": a vote verb right before a pair's acronym.
      // "wis yakin karo Pramono", "mantap ke Pramono": one preposition may stand between.
      func endsBefore(_ c: Cue) -> Bool {
        c.end == r.start || (c.end == r.start - 1 && BuiltInCues.linkingPrepositions.contains(a.text(r.start - 1)))
      }
      let votedBefore = r.signal == .candidate && r.start > 0
        && (a.cues(.support).contains(where: endsBefore) || a.cues(.opposition).contains(where: endsBefore))
      // A cheering emoji backs a name of two or more words, or one in capitals ("AMIN 🔥"); after
      // one plain word ("amin 🔥") it is as likely a prayer's or a greeting's.
      let votedAfter = (r.signal == .candidate && a.cues(.support).contains {
          ($0.start == r.end || $0.start == r.end + 1)
            && (r.end - r.start > 1 || r.inHashtag || !$0.ambiguous || a.tokens[$0.start].kind != .emoji
              || Self.isCapitals(a, r.start))
        })
        // "02 harga mati", "03 menang telak": a ballot-style number with a support word after it.
        || (r.signal == .ballotNumber && r.display.hasPrefix("0") && !r.inHashtag
          && a.cues(.support).contains { !$0.ambiguous && $0.start == r.end && a.clause[$0.start] == a.clause[r.start] })
      // "#01Menang", "#Nomor2Menang": a number and a support word in one hashtag.
      let votedTag = r.signal == .ballotNumber && r.inHashtag && a.cues(.support).contains { c in
        let h = a.tokens[c.start].hashtag
        return h != nil && (h == a.tokens[r.start].hashtag || h == r.start)
      }
      let voted = votedBefore || votedAfter || votedTag
        || adjacentCue(a, r) || ownNumber(a, r)
      guard context || voted else { continue }
      if isParty, a.near(.literalContext, r.start, r.end, window: 3) != nil { continue }
      if isParty, a.tokens[r.start].kind == .emoji, !a.references.contains(where: { !$0.ambiguous }) { continue }
      let prayer = a.cues(.prayer).contains {
        !($0.start < r.end && r.start < $0.end)
          && FieldAnalysis.distance(($0.start, $0.end), (r.start, r.end)) <= 2
      }
      if prayer, !isParty, !voted { continue }
      a.references[i].ambiguous = false
    }
    for i in a.references.indices where a.references[i].ambiguous {
      guard case .number(let n) = a.references[i].subject else { continue }
      let r = a.references[i]
      let named = a.references.contains { o in
        guard !o.ambiguous, case .ticket(let t) = o.subject else { return false }
        return packs.tickets[Int(t)].number == n && FieldAnalysis.distance((o.start, o.end), (r.start, r.end)) <= 3
      }
      if named { a.references[i].ambiguous = false }
    }
  }
}
