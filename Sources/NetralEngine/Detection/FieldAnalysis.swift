import NetralCore
import NetralPacks
import NetralText

/// Everything the detectors found in one text field of an activity.
struct FieldAnalysis: Sendable {
  var field: ActivityField
  /// The field's text, normalized.
  var normalized: NormalizedText
  var codes: [Lexicon.Code]
  /// Clause number per token (sentence punctuation and line breaks separate clauses).
  var clause: [Int]
  var references: [Reference] = []
  var gestures: [GestureHit] = []
  /// Vocabulary cues by category slot (``CueSlot``); empty until the first cue is added.
  private(set) var cueLists: [[Cue]] = []
  var stances: [Stance] = []
  var firstPerson = false
  var attendance = false
  /// The field is written in Javanese ("wae", "nggih", "pokoke"…).
  var javanese = false
  /// The original text is all ASCII (scalar offsets are byte offsets).
  var ascii = false

  /// The field's original text.
  var original: String { normalized.original }

  /// The tokens (``NormalizedText/spans``).
  var tokens: [TokenSpan] { normalized.spans }

  /// The normalized form of token `k` (a string made on each call).
  func text(_ k: Int) -> String { normalized.text(of: k) }

  /// Whether the normalized form of token `k` is `word` (compared on bytes; no string made).
  func text(_ k: Int, is word: StaticString) -> Bool {
    normalized.withUTF8(of: k) { $0.elementsEqual(UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)) }
  }

  /// The form of token `k` before colloquial folding (a string made on each call).
  func surface(_ k: Int) -> String { normalized.surface(of: k) }

  /// The original text's Unicode scalar at scalar offset `offset`, if any (in O(1) for an
  /// ASCII text).
  func scalar(at offset: Int) -> Unicode.Scalar? {
    if ascii {
      let utf8 = original.utf8
      guard offset >= 0, offset < utf8.count else { return nil }
      return Unicode.Scalar(utf8[utf8.index(utf8.startIndex, offsetBy: offset)])
    }
    return scalarIndex(offset).map { original.unicodeScalars[$0] }
  }

  /// The index of the original's scalar at scalar offset `offset`, found by counting UTF-8 lead
  /// bytes (no scalar decoding); `nil` at or past the end.
  func scalarIndex(_ offset: Int) -> String.Index? {
    guard offset >= 0 else { return nil }
    let utf8 = original.utf8
    if let byte = utf8.withContiguousStorageIfAvailable({ b -> Int? in
      var scalar = -1
      for i in 0..<b.count where b[i] & 0xC0 != 0x80 {
        scalar += 1
        if scalar == offset { return i }
      }
      return nil
    }) {
      return byte.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }
    let scalars = original.unicodeScalars
    guard let i = scalars.index(scalars.startIndex, offsetBy: offset, limitedBy: scalars.endIndex), i != scalars.endIndex
    else { return nil }
    return i
  }

  /// Cues of one category.
  func cues(_ category: VocabularyCategory) -> [Cue] {
    cueLists.isEmpty ? [] : cueLists[CueSlot.of(category)]
  }
  /// Whether any cue of `category` is present.
  func has(_ category: VocabularyCategory) -> Bool {
    !cueLists.isEmpty && !cueLists[CueSlot.of(category)].isEmpty
  }
  /// Adds a cue of `category`.
  mutating func add(_ cue: consuming Cue, _ category: VocabularyCategory) {
    if cueLists.isEmpty {
      // Appended into reserved storage: `Array(repeating:count:)` looks up type metadata.
      cueLists.reserveCapacity(CueSlot.count)
      for _ in 0..<CueSlot.count { cueLists.append([]) }
    }
    let slot = CueSlot.of(category)
    // Room for a few cues at once instead of a growth at one, two and four.
    if cueLists[slot].isEmpty { cueLists[slot].reserveCapacity(4) }
    cueLists[slot].append(cue)
  }

  /// Nothing was found: no reference, gesture, cue or stance. Every rule needs one of these in
  /// some field, so a scene of bare fields is clean without asking the rules.
  var isBare: Bool { references.isEmpty && gestures.isEmpty && cueLists.isEmpty && stances.isEmpty }

  /// References that count: unambiguous ones, and ambiguous ones the field gives context to.
  var accepted: [Reference] { selectReferences({ !$0.ambiguous }) }

  /// Accepted references to a contestant (not to the election as a whole), in one pass.
  var contestants: [Reference] { selectReferences({ !$0.ambiguous && $0.subject != .election }) }

  /// The references that satisfy `include`, in order; allocated once, at the first one (none
  /// for a field where no reference counts).
  private func selectReferences(_ include: (Reference) -> Bool) -> [Reference] {
    var out: [Reference] = []
    for i in references.indices where include(references[i]) {
      if out.isEmpty { out.reserveCapacity(references.count - i) }
      out.append(references[i])
    }
    return out
  }

  /// How many different contestants the accepted references name: tickets and ballot numbers
  /// (a number that a named ticket carries counts as that ticket), else parties.
  func distinctContestants(_ tickets: [CompiledTicket]) -> Int {
    if references.isEmpty { return 0 }
    // Small arrays searched in place of sets: a field names a few contestants, and hashing
    // them (with the filtered copies of the references) cost more than the search.
    var named: [Int32] = []
    for r in references where !r.ambiguous {
      if case .ticket(let t) = r.subject, !named.contains(t) { named.append(t) }
    }
    var subjects: [Reference.Subject] = []
    func insert(_ s: Reference.Subject) { if !subjects.contains(s) { subjects.append(s) } }
    for r in references where !r.ambiguous {
      switch r.subject {
      case .ticket: insert(r.subject)
      case .number(let n):
        // Any named ticket with the number will do: every named ticket is counted already.
        if let t = named.first(where: { tickets[Int($0)].number == n }) { insert(.ticket(t)) } else { insert(r.subject) }
      default: break
      }
    }
    if !subjects.isEmpty { return subjects.count }
    for r in references where !r.ambiguous && r.subject != .election { insert(r.subject) }
    return subjects.count
  }

  /// Whether the field talks about an election at all.
  var electionContext: Bool {
    // `contains`, not `!accepted.isEmpty`: callers ask this per token, and filtering every
    // reference each time made long emoji runs quadratic.
    references.contains { !$0.ambiguous } || has(.campaignWord) || has(.event)
      || has(.accountPrefix)
  }

  /// Evidence for a token range.
  func evidence(_ start: Int, _ end: Int, _ signal: Signal, term: String?) -> Evidence {
    let lower = tokens[start].original.lowerBound
    var upper = tokens[start].original.upperBound
    for t in tokens[start..<end] { upper = max(upper, t.original.upperBound) }
    return Evidence(field: field, range: lower..<upper, in: original, signal: signal, term: term)
  }

  /// Evidence for a reference (a hashtag segment reports the whole hashtag).
  func evidence(_ r: Reference) -> Evidence {
    if let h = tokens[r.start].hashtag, h < tokens.count {
      return evidence(h, h + 1, r.signal, term: r.key)
    }
    return evidence(r.start, r.end, r.signal, term: r.key)
  }

  /// Evidence for a cue.
  func evidence(_ c: Cue, _ signal: Signal) -> Evidence {
    evidence(c.start, c.end, signal, term: c.key)
  }

  /// Token distance between two ranges (0 when they touch or overlap).
  static func distance(_ a: (Int, Int), _ b: (Int, Int)) -> Int {
    if a.1 <= b.0 { return b.0 - a.1 }
    if b.1 <= a.0 { return a.0 - b.1 }
    return 0
  }

  /// Whether a cue of `category` lies within `window` tokens of `start..<end` in the same clause.
  func near(_ category: VocabularyCategory, _ start: Int, _ end: Int, window: Int) -> Cue? {
    for c in cues(category) where Self.distance((c.start, c.end), (start, end)) <= window {
      if clause[c.start] == clause[start] || clause[min(c.end, tokens.count) - 1] == clause[start] {
        return c
      }
    }
    return nil
  }

  /// Whether a negation ends at most `window` tokens before `start`, in the same clause.
  func negated(before start: Int, window: Int = 3) -> Cue? {
    for c in cues(.negation) where c.end <= start && start - c.end <= window - 1 {
      // "jangan lupa coblos", "jangan ragu pilih": a negated hesitation is an urging.
      if c.end < tokens.count, BuiltInCues.negationCancellers.contains(text(c.end)) { continue }
      // Javanese "tak coblos", "tak pilih": "tak" before the verb is the speaker.
      if javanese, c.end - c.start == 1, surface(c.start) == "tak", c.end == start { continue }
      if clause[c.start] == clause[start] { return c }
    }
    return nil
  }
}
