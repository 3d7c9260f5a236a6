import NetralText
import NetralPacks
import NetralCore

/// `post.party-membership`: declaring membership or office in a party.
struct PartyMembershipRule: Rule {
  let id = "post.party-membership"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/B5", "uu-5-2014/87-4c", "uu-20-2023/52-3j"],
    ethicsRow: nil, disciplineRow: "B5", level: .ptdh, levelBeforeCandidacy: .ptdh)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.kind != .like, scene.kind != .follow, scene.kind != .join else { return nil }
    return scene.firstOwnField { f -> RuleMatch? in
      guard !f.has(.reporting) && f.has(.membership) else { return nil }
      // About someone else ("Pak Budi, anggota DPRD dari …") unless the speaker says "saya".
      let other = f.tokens.indices.contains { BuiltInCues.honorifics.contains(f.text($0)) }
      if other && !f.firstPerson { return nil }
      for cue in f.cues(.membership) where f.negated(before: cue.start) == nil {
        guard let r = f.accepted.first(where: { if case .party = $0.subject { return FieldAnalysis.distance(($0.start, $0.end), (cue.start, cue.end)) <= 4 } else { return false } }) else { continue }
        return RuleMatch(
          evidence: [f.evidence(cue, .membership), f.evidence(r)],
          subject: "\(cue.display) \(r.display)", tickets: [], strength: 15, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Menyatakan keanggotaan atau jabatan dalam partai politik: ",
    en: "Declares membership or office in a political party: ")

  let text = RuleText(
    title: LocalizedText(id: "Anggota atau pengurus partai", en: "Party member or officer"),
    summary: LocalizedText(
      id: "Pernyataan sendiri menjadi kader, anggota atau pengurus partai politik.",
      en: "A first-person statement of being a cadre, member or officer of a political party."),
    rationale: LocalizedText(
      id: "SKB 2022 B5; UU 5/2014 Pasal 87 ayat (4) huruf c (UU 20/2023 Pasal 52 ayat (3) huruf j): ASN yang menjadi anggota atau pengurus partai diberhentikan tidak dengan hormat. Aturan ini memerlukan kata keanggotaan (kader, pengurus, anggota, KTA) dalam jarak ≤ 4 token dari nama partai dan penutur orang pertama (saya, kami), supaya berita tentang orang lain tidak terhitung.",
      en: "SKB 2022 B5; UU 5/2014 Article 87(4)(c) (UU 20/2023 Article 52(3)(j)): ASN who join or lead a party are dismissed without honour. The rule needs a membership word (kader, pengurus, anggota, KTA) within 4 tokens of a party name and a first-person speaker (saya, kami), so news about others does not count."),
    suggestion: LocalizedText(
      id: "ASN tidak boleh menjadi anggota atau pengurus partai politik; hapus pernyataan ini dan konsultasikan status Anda.",
      en: "ASN may not be party members or officers; remove this statement and seek advice on your status."),
    triggering: [
      Example.post("Bangga saya jadi ⟦kader⟧ ⟦PDI Perjuangan⟧ sejak 2015"),
    ],
    nonTriggering: [
      Example.post("Saya kader posyandu di kelurahan, besok ada penimbangan balita", .clean),
    ])
}
