import NetralCore
import NetralPacks
import NetralText

/// Turns one field's text into a ``FieldAnalysis``: tokens, lexicon hits, references, ballot
/// numbers, cues, resolved ambiguity and stances.
struct Analyzer: Sendable {
  let packs: CompiledPacks
  private let strongCueIds: Set<Int32>
  private let weakCueIds: Set<Int32>
  private let strongVerbIds: Set<Int32>
  private let weakVerbIds: Set<Int32>
  private let firstPersonIds: Set<Int32>
  private let attendanceIds: Set<Int32>

  init(packs: CompiledPacks) {
    self.packs = packs
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
    strongCueIds = ids(BuiltInCues.strongNumberCues)
    weakCueIds = ids(BuiltInCues.weakNumberCues)
    strongVerbIds = ids(BuiltInCues.strongNumberVerbs)
    weakVerbIds = ids(BuiltInCues.weakNumberVerbs)
    firstPersonIds = ids(BuiltInCues.firstPerson)
    attendanceIds = ids(BuiltInCues.attendance)
  }

  /// Analyses `text` as `field`.
  func analyze(_ text: String, field: ActivityField) -> FieldAnalysis {
    let lexicon = packs.lexicon
    let normalized = lexicon.normalizer.normalize(text)
    let tokens = normalized.tokens
    var codes: [Lexicon.Code] = []
    codes.reserveCapacity(tokens.count)
    for t in tokens { codes.append(lexicon.code(t)) }
    var a = FieldAnalysis(
      field: field, original: text, tokens: tokens, codes: codes,
      clause: Self.clauses(text, tokens))
    for c in codes {
      if c.id >= 0 {
        if firstPersonIds.contains(c.id) { a.firstPerson = true }
        if attendanceIds.contains(c.id) { a.attendance = true }
      }
    }
    for t in tokens where t.kind == .word && BuiltInCues.firstPerson.contains(t.text) {
      a.firstPerson = true
    }
    collect(lexicon.match(tokens, codes: codes), into: &a)
    findBallotNumbers(&a)
    resolveAmbiguity(&a)
    StanceFinder.find(&a, packs: packs)
    return a
  }

  /// Clause index per token: `!`, `?`, `;`, line breaks and sentence-ending dots separate
  /// clauses (a dot after a short abbreviation like "no." does not).
  static func clauses(_ text: String, _ tokens: [Token]) -> [Int] {
    var boundaries: [(pos: Int, dot: Bool)] = []
    var pos = 0
    for s in text.unicodeScalars {
      switch s {
      case "!", "?", ";", "\n", "\r", "|", "\u{2022}": boundaries.append((pos, false))
      case ".": boundaries.append((pos, true))
      default: break
      }
      pos += 1
    }
    var clause = [Int](repeating: 0, count: tokens.count)
    guard !boundaries.isEmpty else { return clause }
    var current = 0
    var b = 0
    var previousEnd = -1
    var previousLength = 0
    for (k, t) in tokens.enumerated() {
      while b < boundaries.count, boundaries[b].pos < t.original.lowerBound {
        let bound = boundaries[b]
        if bound.pos >= previousEnd {
          if !bound.dot || previousLength > 3 { current += 1 }
        }
        b += 1
      }
      clause[k] = current
      if t.hashtag == nil {
        previousEnd = t.original.upperBound
        previousLength = t.text.count
      }
    }
    return clause
  }

  private func collect(_ hits: [Lexicon.Hit], into a: inout FieldAnalysis) {
    for hit in hits {
      let entry = packs.lexicon.entries[Int(hit.entry)]
      let inHashtag = a.tokens[hit.start].kind == .hashtag || a.tokens[hit.start].hashtag != nil
      let ambiguous = entry.ambiguous || hit.fuzzy
      func ref(_ subject: Reference.Subject, _ signal: Signal, account: Bool = false) {
        a.references.append(
          Reference(
            subject: subject, signal: inHashtag ? .hashtag : signal, start: hit.start,
            end: hit.end, ambiguous: ambiguous, key: entry.key, display: entry.display,
            isAccount: account, inHashtag: inHashtag))
      }
      switch entry.kind {
      case .candidate(let t): ref(.ticket(t), .candidate)
      case .ticketName(let t): ref(.ticket(t), .candidate)
      case .ticketAccount(let t): ref(.ticket(t), .campaignAccount, account: true)
      case .party(let p): ref(.party(p), .party)
      case .partySymbol(let p), .partyEmoji(let p): ref(.party(p), .party)
      case .partyAccount(let p): ref(.party(p), .campaignAccount, account: true)
      case .slogan(let t, let p):
        let subject: Reference.Subject = t >= 0 ? .ticket(t) : p >= 0 ? .party(p) : .election
        ref(subject, inHashtag ? .hashtag : .slogan)
      case .gesture(let g):
        let emojiOnly = a.tokens[hit.start..<hit.end].allSatisfy { $0.kind == .emoji }
        a.gestures.append(
          GestureHit(
            gesture: g, start: hit.start, end: hit.end, key: entry.key, display: entry.display,
            emojiOnly: emojiOnly))
      case .vocabulary(let category):
        a.cues[category, default: []].append(
          Cue(
            start: hit.start, end: hit.end, key: entry.key, display: entry.display,
            agentNoun: a.codes[hit.start].agentNoun))
      }
    }
  }

  private static let circled: [ClosedRange<UInt32>] = [
    0x2460...0x2473, 0x24F5...0x24FE, 0x2776...0x2793, 0x24EA...0x24EA, 0x1F10B...0x1F10C,
  ]

  private func findBallotNumbers(_ a: inout FieldAnalysis) {
    for (k, t) in a.tokens.enumerated() where t.kind == .number || (t.kind == .word && TokenKey.numerals[t.text] != nil) {
      guard let value = TokenKey.value(of: t), value >= 1, value <= 20 else { continue }
      if t.kind == .word && value > 4 { continue }
      var strong = false
      var weak = false
      var cueStart = k
      var j = k - 1
      while j >= 0, j >= k - 3 {
        let id = a.codes[j].id
        if a.clause[j] != a.clause[k] { break }
        if id >= 0, strongCueIds.contains(id) {
          strong = true
          cueStart = j
          break
        }
        if id >= 0, weakCueIds.contains(id) {
          weak = true
          cueStart = j
        }
        if id >= 0, strongVerbIds.contains(id) {
          strong = true
          break
        }
        if id >= 0, weakVerbIds.contains(id) { weak = true }
        if a.tokens[j].kind == .number { break }
        j -= 1
      }
      let scalar = a.original.unicodeScalars.dropFirst(t.original.lowerBound).first?.value ?? 0
      let isCircled = Self.circled.contains { $0.contains(scalar) }
      let leadingZero = t.kind == .number && t.text.utf8.count == 2 && t.text.utf8.first == 48
      let keycap = a.original.unicodeScalars.dropFirst(t.original.lowerBound).prefix(3).contains("\u{20E3}")
      let hashtagged = t.hashtag != nil || t.kind == .hashtag
      guard strong || weak || isCircled || leadingZero || keycap || hashtagged else { continue }
      if a.near(.numberContext, k, k + 1, window: 2) != nil { continue }
      if t.kind == .word && !strong && !weak { continue }
      // "jam 02", "2 jari" handled by gestures; a number inside a gesture phrase is not a ballot number.
      if a.gestures.contains(where: { $0.start <= k && k < $0.end }) { continue }
      while cueStart > 0, a.clause[cueStart - 1] == a.clause[k], a.codes[cueStart - 1].id >= 0,
        strongCueIds.contains(a.codes[cueStart - 1].id) || weakCueIds.contains(a.codes[cueStart - 1].id)
      {
        cueStart -= 1
      }
      let sure = strong || (weak && leadingZero)
      a.references.append(
        Reference(
          subject: .number(value), signal: .ballotNumber, start: strong || weak ? cueStart : k,
          end: k + 1, ambiguous: !sure, key: nil,
          display: leadingZero ? t.text : "nomor \(value)", inHashtag: hashtagged))
    }
  }

  private func resolveAmbiguity(_ a: inout FieldAnalysis) {
    let context = a.references.contains { !$0.ambiguous && $0.subject != .election }
      || a.has(.campaignWord) || a.has(.event) || a.has(.accountPrefix)
      || a.gestures.contains { !$0.emojiOnly } && a.references.contains { if case .number = $0.subject { return true } else { return false } }
    for i in a.references.indices where a.references[i].ambiguous {
      let r = a.references[i]
      guard context else { continue }
      if a.near(.literalContext, r.start, r.end, window: 3) != nil { continue }
      let prayer = a.cues(.prayer).contains {
        !($0.start < r.end && r.start < $0.end)
          && FieldAnalysis.distance(($0.start, $0.end), (r.start, r.end)) <= 2
      }
      if prayer { continue }
      a.references[i].ambiguous = false
    }
  }
}
