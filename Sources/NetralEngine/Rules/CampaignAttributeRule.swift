import NetralText
import NetralPacks
import NetralCore

/// `post.campaign-attribute`: spanduk, baliho, APK, kaos or atribut of a candidate or party.
struct CampaignAttributeRule: Rule {
  let id = "post.campaign-attribute"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A1", "skb-2022/B1", "skb-2022/A5", "skb-2022/B7", "pp-94-2021/5n5"],
    ethicsRow: "A1", disciplineRow: "B1", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.authored else { return nil }
    return scene.firstOwnField { f -> RuleMatch? in
      guard f.has(.attribute), !Scene.informational(f), f.distinctContestants(scene.packs.tickets) <= 1 else { return nil }
      for cue in f.cues(.attribute) where f.negated(before: cue.start) == nil {
        guard let r = f.accepted.first(where: { $0.subject != .election && FieldAnalysis.distance(($0.start, $0.end), (cue.start, cue.end)) <= 5 && f.clause[$0.start] == f.clause[cue.start] }) else { continue }
        let e = [f.evidence(cue, .attribute), f.evidence(r)]
        return RuleMatch(
          evidence: e, subject: "\(cue.display) \(Detect.name(r, scene))", tickets: scene.tickets([r]),
          strength: 10, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Memasang atau memamerkan alat peraga/atribut kampanye: ",
    en: "Puts up or shows campaign props or attributes: ")

  let text = RuleText(
    title: LocalizedText(id: "Atribut dan alat peraga kampanye", en: "Campaign attributes and props"),
    summary: LocalizedText(
      id: "Spanduk, baliho, APK, kaos, stiker atau atribut calon atau partai yang dipasang, dipakai atau dipamerkan sendiri.",
      en: "Banners, billboards, campaign props, shirts, stickers or attributes of a candidate or party put up, worn or shown by the actor."),
    rationale: LocalizedText(
      id: "SKB 2022 A1/B1 (memasang spanduk/baliho/alat peraga) dan A5/B7 (atribut partai). Aturan ini memerlukan kata atribut dalam jarak ≤ 5 token dan satu klausa dari nama calon, partai atau nomor urut, tanpa penyangkalan dan bukan pemberitaan (\"Satpol PP menertibkan baliho\").",
      en: "SKB 2022 A1/B1 (putting up banners/billboards/props) and A5/B7 (party attributes). The rule needs an attribute word within 5 tokens and the same clause of a candidate, party or ballot number, not negated and not reporting (\"Satpol PP menertibkan baliho\")."),
    suggestion: LocalizedText(
      id: "Jangan memasang, memakai atau mengunggah atribut dan alat peraga kampanye.",
      en: "Do not put up, wear or post campaign attributes and props."),
    triggering: [
      Example.post("Alhamdulillah ⟦baliho⟧ ⟦Prabowo-Gibran⟧ sudah terpasang depan rumah"),
    ],
    nonTriggering: [
      Example.post("Satpol PP menertibkan baliho yang dipasang di pohon sepanjang jalan", .clean),
    ])
}
