import NetralText
import NetralPacks
import NetralCore

/// `post.campaign-support`: own text or caption supporting or promoting a candidate, ticket or
/// party.
struct CampaignSupportRule: Rule {
  let id = "post.campaign-support"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A2", "skb-2022/B2", "skb-2022/A4", "skb-2022/B6", "se-menpanrb-b71-2017/e", "pp-94-2021/5n5", "uu-5-2014/9-2"],
    ethicsRow: "A2", disciplineRow: "B2", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.authored else { return nil }
    // An appeal to attend a candidate's event promotes the candidate too.
    guard scene.ownStance(.support) || !(scene.text?.gestures.isEmpty ?? true) else { return MobilizationRule.detect(in: scene) }
    let packs = scene.packs
    var match = StanceMatch()
    scene.forEachOwnField { f in
      for s in f.stances where s.kind == .support { match.add(f, s, packs: packs) }
    }
    if let t = scene.text, !t.gestures.isEmpty {
      for s in Detect.gestureSupport(t, packs: packs) { match.add(t, s, packs: packs) }
    }
    return match.match(scene) ?? MobilizationRule.detect(in: scene)
  }

  let messageLead = LocalizedText(
    id: "Unggahan sendiri mendukung atau mempromosikan peserta pemilihan: ",
    en: "Own post supports or promotes an election contestant: ")

  let text = RuleText(
    title: LocalizedText(id: "Unggahan mendukung calon", en: "Post supporting a candidate"),
    summary: LocalizedText(
      id: "Teks, keterangan foto atau draf sendiri yang mendukung, mengajak memilih atau mempromosikan calon, pasangan calon atau partai.",
      en: "Own text, caption or draft that supports, urges a vote for or promotes a candidate, ticket or party."),
    rationale: LocalizedText(
      id: "SKB 2022 melarang ASN melakukan sosialisasi/kampanye di media sosial untuk (bakal) calon (A2/B2) dan membuat unggahan yang mendukungnya (A4/B6). Aturan ini mencari kata dukungan (dengan morfologi: dukung, mendukung, coblos, nyoblos, menangkan, pilihlah) yang dekat (≤ 6 token, satu klausa) dengan nama calon, akronim pasangan, partai atau nomor urut, serta tagar kampanye; penyangkalan, pemberitaan dan pengingat netralitas tidak dihitung.",
      en: "SKB 2022 bans ASN from campaigning on social media for (prospective) candidates (A2/B2) and from posting support (A4/B6). The rule looks for support words (with morphology: dukung, mendukung, coblos, nyoblos, menangkan, pilihlah) close (≤ 6 tokens, same clause) to a candidate name, pair acronym, party or ballot number, and campaign hashtags; negation, reporting and neutrality reminders do not count."),
    suggestion: LocalizedText(
      id: "Jangan unggah dukungan, tagar atau nomor urut calon; ASN tetap memilih di bilik suara tanpa menunjukkan pilihan di media sosial.",
      en: "Do not post support, hashtags or ballot numbers of candidates; ASN still vote, without showing their choice on social media."),
    triggering: [
      Example.post("Bismillah, ⟦dukung⟧ ⟦Prabowo-Gibran⟧ sampai menang!"),
      Example.post("Tanggal 14 jangan lupa ⟦coblos paslon nomor urut 2⟧ ya"),
      Example.post("⟦menangkan⟧ ⟦calon bupati nomor 1⟧, demi daerah kita"),
      Example.post("Sudah bulat, ⟦pilihanku⟧ ⟦Ganjar Pranowo⟧"),
    ],
    nonTriggering: [
      Example.post("Dukung timnas Garuda di Piala Asia malam ini!", .clean),
      Example.post("Bawaslu menemukan ASN mendukung paslon di Facebook, kasusnya diteruskan ke BKN", .clean),
      Example.post("Semoga lekas sembuh ya Bu, aamiin", .clean),
    ])
}
