import NetralText
import NetralCore
import NetralPacks

/// Finds the stances a field takes: support verbs and slogans towards a contestant,
/// opposition (hostile words, negated support, "#Bukan…" hashtags), each with its distance and
/// negation scope. Combination rules are documented in `Docs/Engine.md`.
enum StanceFinder {
  /// Tokens between a stance word and the contestant it is about.
  static let window = 6

  static func find(_ a: inout FieldAnalysis, packs: CompiledPacks) {
    // Asked before the contestants are gathered: most fields have neither.
    guard !a.references.isEmpty || !a.gestures.isEmpty else { return }
    let refs = a.contestants
    // Every stance below is taken towards one of `refs` or comes from a gesture.
    guard !refs.isEmpty || !a.gestures.isEmpty else { return }
    // An appeal is a word of the sentence, not a hashtag's segment ("#SatuTigaTambahKita").
    // "presiden kita", "jagoan kita": a "kita" after another word (not after an appeal such as
    // "ayo kita", nor opening its clause) is a possessive.
    let allAppeals = a.cues(.mobilization)
    let mobilizers = allAppeals.filter { c in
      guard !c.ambiguous, a.tokens[c.start].hashtag == nil, a.tokens[c.start].kind != .hashtag else { return false }
      if c.end - c.start == 1, a.text(c.start, is: "kita"), c.start > 0, a.clause[c.start - 1] == a.clause[c.start],
        !allAppeals.contains(where: { $0.end == c.start })
      {
        return false
      }
      return true
    }
    // "menurut saya", "versi gue": an opinion introduced like a report is still the speaker's.
    let reported = a.cues(.reporting).contains { c in
      !(c.end < a.tokens.count && BuiltInCues.firstPerson.contains(a.text(c.end)))
        && !(c.start > 0 && BuiltInCues.firstPerson.contains(a.text(c.start - 1)))
    }
    let distinctSubjects = a.distinctContestants(packs.tickets)
    let neutral = a.has(.neutrality)
    func mobilizer(near start: Int, opening: Bool = true) -> Cue? {
      mobilizers.first { m in
        (abs(m.start - start) <= 8 && a.clause[m.start] == a.clause[start])
          // "Rekan-rekan guru! Tanggal 27 coblos nomor 2": an opening appeal in the clause before.
          || (opening && m.start < start && start - m.start <= 12 && a.clause[start] - a.clause[m.start] == 1)
      }
    }
    func object(of cue: Cue, maxBefore: Int = 6) -> Reference? {
      // Positions only: the reference (with its strings) is copied once, when chosen.
      var best: (index: Int, distance: Int)?
      for i in refs.indices {
        let (start, end) = (refs[i].start, refs[i].end)
        guard a.clause[start] == a.clause[cue.start] || a.clause[start] == a.clause[max(cue.end - 1, cue.start)] else { continue }
        let d: Int
        if start >= cue.end { d = start - cue.end } else if end <= cue.start {
          d = cue.start - end
          if d > maxBefore { continue }
        } else { d = 0 }
        if d <= window, best.map({ d < $0.distance }) ?? true { best = (i, d) }
      }
      return best.map { refs[$0.index] }
    }
    guard !reported else { return }
    for cue in a.cues(.support) {
      if cue.agentNoun && !a.firstPerson { continue }
      if asked(a, cue.start) { continue }
      guard let r = object(of: cue) else { continue }
      // A cheering emoji ("💪", "🔥") supports only right after a multi-word name, a ballot
      // number or a hashtag ("Prabowo-Gibran 💪"), never a lone first name ("Gibran 💪").
      // Positions and lengths first: a string is made and looked up only when they fit.
      if r.start < cue.end, BuiltInCues.forwardSupportLengths.contains(a.tokens[cue.end - 1].utf8.count),
        BuiltInCues.forwardSupport.contains(a.text(cue.end - 1))
      {
        continue
      }
      if r.start < cue.end || r.start - cue.end > 1,
        BuiltInCues.adjacentSupportLengths.contains(a.tokens[cue.start..<cue.end].reduce(cue.end - cue.start - 1) { $0 + $1.utf8.count }),
        BuiltInCues.adjacentSupport.contains((cue.start..<cue.end).map { a.text($0) }.joined(separator: " "))
      {
        continue
      }
      if a.tokens[cue.start..<cue.end].allSatisfy({ $0.kind == .emoji }) {
        let strongRef = r.end - r.start >= 2 || r.signal == .ballotNumber || r.inHashtag
        guard strongRef, r.end <= cue.start, cue.start - r.end <= 2 else { continue }
      }
      if let neg = a.negated(before: cue.start) {
        // "jangan pilih 02" opposes 02; "ASN dilarang mendukung paslon 01, 02 maupun 03" and
        // reminders of neutrality oppose no one.
        if neutral || distinctSubjects > 1 { continue }
        a.stances.append(Stance(kind: .opposition, cue: Cue(start: neg.start, end: cue.end, key: cue.key, display: neg.display + " " + cue.display), reference: r, mobilizing: nil))
        continue
      }
      a.stances.append(Stance(kind: .support, cue: cue, reference: r, mobilizing: mobilizer(near: cue.start)))
    }
    for cue in a.cues(.opposition) {
      guard a.negated(before: cue.start) == nil, let r = object(of: cue, maxBefore: 5) else { continue }
      if distinctSubjects > 1 { continue }
      a.stances.append(Stance(kind: .opposition, cue: cue, reference: r, mobilizing: mobilizer(near: cue.start, opening: false)))
    }
    // "Cukup Jokowi, jangan Gibran lagi", "asal jangan 02": "jangan" right before a contestant.
    if !neutral && distinctSubjects == 1 {
      for i in refs.indices where !refs[i].inHashtag && refs[i].start > 0 {
        let r = refs[i]
        if a.stances.contains(where: { $0.reference.subject == r.subject }) { continue }
        guard let neg = a.cues(.negation).first(where: { $0.end == r.start && a.text($0.end - 1, is: "jangan") && a.clause[$0.start] == a.clause[r.start] }),
          !(neg.end < a.tokens.count && BuiltInCues.negationCancellers.contains(a.text(neg.end)))
        else { continue }
        a.stances.append(Stance(kind: .opposition, cue: neg, reference: r, mobilizing: nil))
      }
    }
    // Hashtags: "#BukanPrabowoGibran" opposes; a hashtag naming a contestant promotes it.
    for i in refs.indices where refs[i].inHashtag {
      let r = refs[i]
      // One stance per contestant per hashtag ("#AsalBukanPrabowo" names Prabowo as candidate
      // and as account: it opposes once, it does not also promote).
      if a.stances.contains(where: { $0.reference == r || ($0.reference.subject == r.subject && $0.reference.inHashtag && a.tokens[$0.reference.start].hashtag == a.tokens[r.start].hashtag) }) { continue }
      let neg = a.cues(.negation).first { c in
        c.end <= r.start && a.tokens[c.start].hashtag != nil && a.tokens[c.start].hashtag == a.tokens[r.start].hashtag
      }
      if let neg {
        a.stances.append(Stance(kind: .opposition, cue: neg, reference: r, mobilizing: nil))
      } else if case .number = r.subject, !r.inHashtag {
        continue
      } else if !neutral {
        a.stances.append(Stance(kind: .support, cue: nil, reference: r, mobilizing: mobilizer(near: r.start)))
      }
    }
    // "Bersama Ganjar Mahfud kita bisa", "Anies Muhaimin untuk Indonesia": a contestant named
    // right after a clause-opening "bersama", or right before "untuk" + a country, region or
    // people word, is a campaign slogan (one contestant only, not in a neutrality field).
    if !neutral && distinctSubjects == 1 {
      for i in refs.indices where !refs[i].inHashtag && refs[i].signal != .ballotNumber {
        let r = refs[i]
        if a.stances.contains(where: { $0.reference.subject == r.subject }) { continue }
        let h = r.start - 1
        let headed = h >= 0 && BuiltInCues.sloganHeads.contains(a.text(h))
          && (h == 0 || a.clause[h - 1] != a.clause[h]) && a.clause[h] == a.clause[r.start]
        let p = r.end
        let dedicated = p + 1 < a.tokens.count && a.clause[p] == a.clause[r.start] && a.clause[p + 1] == a.clause[p]
          && BuiltInCues.dedicationPrepositions.contains(a.text(p))
          && BuiltInCues.dedicationWords.contains(a.text(p + 1))
        guard headed || dedicated else { continue }
        let cue = headed ? Cue(start: h, end: h + 1, key: "engine/support/slogan-head", display: a.text(h)) : Cue(start: p, end: p + 2, key: "engine/support/dedication", display: a.text(p) + " " + a.text(p + 1))
        a.stances.append(Stance(kind: .support, cue: cue, reference: r, mobilizing: mobilizer(near: r.start)))
      }
    }
    // "Andra Soni gubernur Banten 2024-2029", "2024 Ganjar presiden": an office word right after
    // a contestant, with a term year (2024-2034) ≤ 4 tokens after the office or ≤ 2 before the
    // contestant, same clause ("Prabowo dilantik presiden 2024" names no office right after).
    if !neutral && distinctSubjects == 1 {
      func year(_ k: Int) -> Bool {
        guard a.tokens[k].kind == .number, a.clause[k] == a.clause[min(k, a.tokens.count - 1)] else { return false }
        return Int(String(a.text(k).prefix(4))).map { (2024...2034).contains($0) } ?? false
      }
      for i in refs.indices where !refs[i].inHashtag && refs[i].signal != .ballotNumber && refs[i].end < a.tokens.count {
        let r = refs[i]
        if a.stances.contains(where: { $0.reference.subject == r.subject }) || asked(a, r.start) { continue }
        let o = r.end
        guard a.clause[o] == a.clause[r.start], BuiltInCues.offices.contains(a.text(o)) else { continue }
        let after = (o + 1..<min(a.tokens.count, o + 5)).contains { year($0) && a.clause[$0] == a.clause[o] }
        let before = (max(0, r.start - 2)..<r.start).contains { year($0) && a.clause[$0] == a.clause[o] }
        guard after || before else { continue }
        a.stances.append(Stance(kind: .support, cue: Cue(start: o, end: o + 1, key: "engine/support/office-term", display: a.text(o)), reference: r, mobilizing: mobilizer(near: r.start)))
      }
    }
    // Ticket slogans outside hashtags ("Lanjutkan!", "Sat set") with context promote the ticket.
    for i in refs.indices where !refs[i].inHashtag && (refs[i].signal == .slogan) {
      let r = refs[i]
      if a.stances.contains(where: { $0.reference == r }) || neutral || asked(a, r.start) { continue }
      a.stances.append(Stance(kind: .support, cue: nil, reference: r, mobilizing: mobilizer(near: r.start)))
    }
    // "02 lanjut", "pokoke 03 jos": a ticket number written as on the ballot ("02") is itself
    // a promotion, unless several tickets are listed (news, results) or it is negated.
    if !neutral && distinctSubjects == 1 {
      for i in refs.indices where refs[i].signal == .ballotNumber && refs[i].display.hasPrefix("0") {
        let r = refs[i]
        if a.stances.contains(where: { $0.reference.subject == r.subject }) { continue }
        if a.negated(before: r.start) != nil { continue }
        a.stances.append(Stance(kind: .support, cue: nil, reference: r, mobilizing: mobilizer(near: r.start)))
      }
    }
    // "RIDO nomor 1": a ticket named with its own ballot number promotes it (one contestant).
    if !neutral && distinctSubjects == 1 {
      for i in refs.indices where refs[i].signal == .candidate || refs[i].signal == .hashtag {
        let r = refs[i]
        guard case .ticket(let t) = r.subject else { continue }
        let number = packs.tickets[Int(t)].number
        guard let n = refs.first(where: { $0.subject == .number(number) && FieldAnalysis.distance(($0.start, $0.end), (r.start, r.end)) <= 2 }),
          a.negated(before: min(n.start, r.start)) == nil,
          !a.stances.contains(where: { $0.reference.subject == r.subject || $0.reference.subject == n.subject })
        else { continue }
        a.stances.append(Stance(kind: .support, cue: nil, reference: r, mobilizing: mobilizer(near: r.start)))
      }
    }
    // Gestures with election context carry their meaning ("salam empat jari" opposes 02).
    // Asked once: the loop only adds stances, and asking per gesture made emoji runs quadratic.
    let electionContext = a.electionContext
    for g in a.gestures where electionContext {
      if let meanings = packs.gestureMeanings[g.gesture], meanings.contains(where: { $0.stance == .opposition }), refs.isEmpty || true {
        for m in meanings where m.stance == .opposition {
          let t = packs.tickets[Int(m.ticket)]
          let r = Reference(subject: .ticket(m.ticket), signal: .gesture, start: g.start, end: g.end, ambiguous: false, key: g.key, display: t.display)
          a.stances.append(Stance(kind: .opposition, cue: nil, reference: r, mobilizing: nil))
        }
      }
    }
  }

  /// Whether a question comes before token `start` in its clause ("Apakah X akan menang?",
  /// "Siapa yang akan menang, A atau B?"): then the support word after it asks; it does not
  /// campaign.
  private static func asked(_ a: borrowing FieldAnalysis, _ start: Int) -> Bool {
    var j = start - 1
    while j >= 0, a.clause[j] == a.clause[start] {
      let t = a.tokens[j]
      // A word's membership is a bit of its code; other tokens are looked up when their
      // length is an interrogative's.
      if t.kind == .word {
        if a.codes[j].cues.contains(.interrogative) { return true }
      } else if BuiltInCues.interrogativeLengths.contains(t.utf8.count), BuiltInCues.interrogatives.contains(a.text(j)) {
        return true
      }
      if j + 2 < start, t.utf8.count == 5, a.text(j, is: "siapa"), a.text(j + 1, is: "yang"), a.text(j + 2, is: "akan") {
        return true
      }
      j -= 1
    }
    return false
  }
}
