import NetralText
import NetralPacks
import NetralCore

/// `gesture.partisan-symbol`: a finger gesture or salute with no other election context.
struct GestureSymbolRule: Rule {
  let id = "gesture.partisan-symbol"
  let severity = Severity.review
  let basis = RuleBasis(citations: ["se-menpanrb-b71-2017/f", "skb-2022/A5", "skb-2022/B7"], ethicsRow: nil, disciplineRow: nil, level: .none, levelBeforeCandidacy: .none)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.kind != .like, scene.kind != .follow, scene.kind != .join else { return nil }
    return scene.firstOwnField { f -> RuleMatch? in
      guard !f.gestures.isEmpty, !Scene.informational(f) else { return nil }
      // An emoji next to a number or a literal context ("juara 3 ✌️", "peace ✌️") is not a pose.
      let innocent = f.tokens.contains { $0.kind == .number } || f.has(.literalContext)
      // An unconfirmed symbol sent as an emoji alone ("👍") is everyday use, not a pose.
      for g in f.gestures
      where (!g.emojiOnly || ((!innocent && !g.unconfirmed) || f.electionContext))
        && f.negated(before: g.start) == nil
      {
        return RuleMatch(evidence: [f.evidence(g.start, g.end, .gesture, term: g.key)], subject: g.display, tickets: [], strength: 0, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Gestur yang dapat menjadi simbol keberpihakan, tanpa konteks pemilihan lain: ",
    en: "A gesture that may be a partisan symbol, with no other election context: ")

  let text = RuleText(
    title: LocalizedText(id: "Gestur simbol keberpihakan", en: "Partisan hand gesture"),
    summary: LocalizedText(
      id: "Salam jari atau gestur tangan yang dipakai sebagai simbol pasangan calon, tanpa konteks pemilihan lain: perlu ditinjau.",
      en: "A finger salute or hand gesture used as a ticket's symbol, with no other election context: needs review."),
    rationale: LocalizedText(
      id: "SE MenPAN-RB B/71/2017 huruf f melarang simbol tangan sebagai tanda keberpihakan, tetapi jari yang sama dipakai sehari-hari dan nomor urut berbeda antar-pemilihan; tanpa calon, nomor atau kata kampanye, gestur hanya ditinjau. Emoji jari di samping angka atau konteks harfiah (\"juara 3 ✌️\", \"peace ✌️\") tidak dilaporkan, begitu pula emoji simbol yang belum dikonfirmasi (👍, 🫰) tanpa konteks pemilihan.",
      en: "SE MenPAN-RB B/71/2017 (f) bans hand symbols as a sign of partisanship, but the same fingers are used every day and ballot numbers differ between elections; without a candidate, number or campaign word a gesture is only reviewed. A finger emoji next to a number or a literal context (\"juara 3 ✌️\", \"peace ✌️\") is not reported, nor is an unconfirmed symbol's emoji (👍, 🫰) without election context."),
    suggestion: LocalizedText(
      id: "Hindari pose jari yang menyerupai nomor urut calon pada foto di masa pemilihan.",
      en: "Avoid finger poses that look like a ticket's number in photos during elections."),
    triggering: [
      Example.post("Kompak ⟦salam dua jari⟧ bareng teman kantor", .review),
    ],
    nonTriggering: [
      Example.post("Selamat ulang tahun ke-5, Nak ✌️🎂", .clean),
      Example.post("Ngopi sebentar sebelum berangkat kerja 👍", .clean),
    ])
}
