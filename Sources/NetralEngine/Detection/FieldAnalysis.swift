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
  /// The vocabulary cues grouped by category in ``CueSlot`` order, each group in the order
  /// found (set by ``setCues(_:sorted:)``).
  private(set) var cueStore: [Cue] = []
  /// Bit `s` is set when a cue of ``CueSlot`` `s` is present: most questions are about
  /// categories a field has none of, answered from this without a search.
  private(set) var cueSlots: UInt32 = 0
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

  /// Cues of one category, in the order found.
  func cues(_ category: VocabularyCategory) -> ArraySlice<Cue> {
    let slot = UInt8(CueSlot.of(category))
    guard cueSlots & (1 << slot) != 0 else { return [] }
    return cueStore[firstCue(atLeast: slot)..<firstCue(atLeast: slot + 1)]
  }
  /// Whether any cue of `category` is present.
  func has(_ category: VocabularyCategory) -> Bool {
    cueSlots & (1 << UInt8(CueSlot.of(category))) != 0
  }
  /// The index of the first cue whose slot is `slot` or later (a binary search).
  private func firstCue(atLeast slot: UInt8) -> Int {
    cueStore.withUnsafeBufferPointer { cues in
      var low = 0
      var high = cues.count
      while low < high {
        let middle = (low + high) >> 1
        if cues[middle].slot < slot { low = middle + 1 } else { high = middle }
      }
      return low
    }
  }
  /// Sets the cues, given in the order found, each with the ``CueSlot`` of its category;
  /// `sorted` tells that their slots already ascend.
  ///
  /// One array for all categories, grouped by slot with a stable sort: an array per category
  /// cost a table of eighteen arrays and an allocation per category, about 540 instructions
  /// per cue. A field's few cues are sorted in place by insertion; many (a long text) by
  /// their order in a counting pass, so a huge field stays linear.
  ///
  /// `cues` is consumed: sorted in place in its own storage (a copy of the caller's array
  /// cost an allocation per field).
  mutating func setCues(_ given: consuming [Cue], sorted: Bool) {
    var cues = consume given
    if !sorted, cues.count > 1 {
      if cues.count <= 32 {
        cues.withUnsafeMutableBufferPointer { c in
          for i in 1..<c.count {
            var j = i
            while j > 0, c[j - 1].slot > c[j].slot {
              c.swapAt(j - 1, j)
              j -= 1
            }
          }
        }
      } else {
        var starts = [Int](repeating: 0, count: CueSlot.count + 1)
        for cue in cues { starts[Int(cue.slot) + 1] += 1 }
        for s in 0..<CueSlot.count { starts[s + 1] += starts[s] }
        var order = [Int](repeating: 0, count: cues.count)
        for (k, cue) in cues.enumerated() {
          order[starts[Int(cue.slot)]] = k
          starts[Int(cue.slot)] += 1
        }
        cues = order.map { cues[$0] }
      }
    }
    var slots: UInt32 = 0
    for cue in cues { slots |= 1 << cue.slot }
    cueSlots = slots
    cueStore = cues
  }

  /// Takes the storage of the result arrays (references, gestures, cues, stances) from
  /// `workspace`, emptied with their capacity kept, so that a field's results are written
  /// into the previous activity's storage once its analysis is dropped.
  /// ``shareBuffers(with:)`` puts them back when the analysis is done.
  mutating func adoptBuffers(_ workspace: inout FieldWorkspace) {
    swap(&references, &workspace.references)
    swap(&gestures, &workspace.gestures)
    swap(&cueStore, &workspace.cues)
    cueSlots = 0
    swap(&stances, &workspace.stances)
    Self.empty(&references)
    Self.empty(&gestures)
    Self.empty(&cueStore)
    Self.empty(&stances)
  }

  /// Removes every element of `array`, its storage kept: a few from the end one by one
  /// (`removeAll(keepingCapacity:)` goes through `replaceSubrange`, over a hundred
  /// instructions even for an empty array).
  private static func empty<T>(_ array: inout [T]) {
    if array.isEmpty { return }
    if array.count > 3 { return array.removeAll(keepingCapacity: true) }
    while !array.isEmpty { array.removeLast() }
  }

  /// Gives `workspace` a share of the result arrays' storage (see ``adoptBuffers(_:)``): the
  /// next analysis with it writes in place if this one is gone by then, and copies otherwise.
  func shareBuffers(with workspace: inout FieldWorkspace) {
    workspace.references = references
    workspace.gestures = gestures
    workspace.cues = cueStore
    workspace.stances = stances
  }

  /// The cues' storage, emptied (capacity kept), for ``setCues(_:sorted:)`` to be given back.
  mutating func takeCueStorage() -> [Cue] {
    var cues: [Cue] = []
    swap(&cues, &cueStore)
    cueSlots = 0
    Self.empty(&cues)
    return cues
  }

  /// Nothing was found: no reference, gesture, cue or stance. Every rule needs one of these in
  /// some field, so a scene of bare fields is clean without asking the rules.
  var isBare: Bool { references.isEmpty && gestures.isEmpty && cueStore.isEmpty && stances.isEmpty }

  /// References that count: unambiguous ones, and ambiguous ones the field gives context to.
  var accepted: [Reference] { selectReferences({ !$0.ambiguous }) }

  /// Accepted references to a contestant (not to the election as a whole), in one pass.
  var contestants: [Reference] { selectReferences({ !$0.ambiguous && $0.subject != .election }) }

  /// The references that satisfy `include`, in order. When all do (the usual case), the
  /// field's own array, shared: nothing is allocated or copied; otherwise allocated once, at
  /// the first one (none for a field where no reference counts).
  private func selectReferences(_ include: (Reference) -> Bool) -> [Reference] {
    if references.allSatisfy(include) { return references }
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
    return references.count <= 16 ? distinctContestantsInPlace(tickets) : distinctContestantsGathered(tickets)
  }

  /// ``distinctContestants(_:)`` through arrays of the subjects seen (linear in the references).
  func distinctContestantsGathered(_ tickets: [CompiledTicket]) -> Int {
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

  /// ``distinctContestants(_:)`` for a few references, counted by searching the references
  /// before each one instead of gathering arrays (quadratic: for a field's few references).
  func distinctContestantsInPlace(_ tickets: [CompiledTicket]) -> Int {
    references.withUnsafeBufferPointer { refs in
      // The first accepted reference to a ticket that carries number `n`, if any: the array
      // version's `named.first`, named tickets being in order of first mention.
      func namedTicket(_ n: Int) -> Int32? {
        for r in refs where !r.ambiguous {
          if case .ticket(let t) = r.subject, tickets[Int(t)].number == n { return t }
        }
        return nil
      }
      // What reference `i` counts as: a ticket (a number a named ticket carries counts as
      // that ticket), a number, or nil.
      func counted(_ i: Int) -> Reference.Subject? {
        let r = refs[i]
        guard !r.ambiguous else { return nil }
        switch r.subject {
        case .ticket: return r.subject
        case .number(let n): return namedTicket(n).map { .ticket($0) } ?? r.subject
        default: return nil
        }
      }
      var count = 0
      for i in refs.indices {
        guard let s = counted(i) else { continue }
        if !(0..<i).contains(where: { counted($0) == s }) { count += 1 }
      }
      if count > 0 { return count }
      for i in refs.indices where !refs[i].ambiguous && refs[i].subject != .election {
        let s = refs[i].subject
        if !(0..<i).contains(where: { !refs[$0].ambiguous && refs[$0].subject == s }) { count += 1 }
      }
      return count
    }
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
    if ascii, upper <= original.utf8.count {
      // Scalar offsets are byte offsets: the span is sliced without counting scalars from the start.
      let text = original.withUTF8Bytes { String(decoding: UnsafeBufferPointer(rebasing: $0[lower..<upper]), as: UTF8.self) }
      return Evidence(field: field, start: lower, end: upper, text: text, signal: signal, term: term)
    }
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
