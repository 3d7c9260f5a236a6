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
    let refs = a.accepted.filter { $0.subject != .election }
    let mobilizers = a.cues(.mobilization).filter { !$0.ambiguous }
    let reported = a.has(.reporting)
    let distinctSubjects = a.distinctContestants(packs.tickets)
    let neutral = a.has(.neutrality)
    func mobilizer(near start: Int) -> Cue? {
      mobilizers.first { abs($0.start - start) <= 8 && a.clause[$0.start] == a.clause[start] }
    }
    func object(of cue: Cue, maxBefore: Int = 4) -> Reference? {
      var best: (Reference, Int)?
      for r in refs where a.clause[r.start] == a.clause[cue.start] || a.clause[r.start] == a.clause[max(cue.end - 1, cue.start)] {
        let d: Int
        if r.start >= cue.end { d = r.start - cue.end } else if r.end <= cue.start {
          d = cue.start - r.end
          if d > maxBefore { continue }
        } else { d = 0 }
        if d <= window, best == nil || d < best!.1 { best = (r, d) }
      }
      return best?.0
    }
    guard !reported else { return }
    for cue in a.cues(.support) {
      if cue.agentNoun && !a.firstPerson { continue }
      guard let r = object(of: cue) else { continue }
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
      a.stances.append(Stance(kind: .opposition, cue: cue, reference: r, mobilizing: mobilizer(near: cue.start)))
    }
    // Hashtags: "#BukanPrabowoGibran" opposes; a hashtag naming a contestant promotes it.
    for r in refs where r.inHashtag {
      if a.stances.contains(where: { $0.reference == r }) { continue }
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
    // Ticket slogans outside hashtags ("Lanjutkan!", "Sat set") with context promote the ticket.
    for r in refs where !r.inHashtag && (r.signal == .slogan) {
      if a.stances.contains(where: { $0.reference == r }) || neutral { continue }
      a.stances.append(Stance(kind: .support, cue: nil, reference: r, mobilizing: mobilizer(near: r.start)))
    }
    // "02 lanjut", "pokoke 03 jos": a ticket number written as on the ballot ("02") is itself
    // a promotion, unless several tickets are listed (news, results) or it is negated.
    if !neutral && distinctSubjects == 1 {
      for r in refs where r.signal == .ballotNumber && r.display.hasPrefix("0") {
        if a.stances.contains(where: { $0.reference.subject == r.subject }) { continue }
        if a.negated(before: r.start) != nil { continue }
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
}
