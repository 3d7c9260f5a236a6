import NetralText
import NetralPacks
import NetralCore

/// `post.campaign-opposition`: own text campaigning against a candidate or ticket.
struct CampaignOppositionRule: Rule {
  let id = "post.campaign-opposition"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A2", "skb-2022/B12", "pp-94-2021/5n5", "uu-5-2014/9-2"],
    ethicsRow: "A2", disciplineRow: "B12", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.authored, scene.ownStance(.opposition) else { return nil }
    let packs = scene.packs
    var match = StanceMatch()
    scene.forEachOwnField { f in
      for s in f.stances where s.kind == .opposition { match.add(f, s, packs: packs) }
    }
    return match.match(scene)
  }

  let messageLead = LocalizedText(
    id: "Unggahan sendiri berkampanye menentang peserta pemilihan: ",
    en: "Own post campaigns against an election contestant: ")

  let text = RuleText(
    title: LocalizedText(id: "Unggahan menentang calon", en: "Post campaigning against a candidate"),
    summary: LocalizedText(
      id: "Teks sendiri yang mengajak tidak memilih atau menyerang calon atau pasangan calon (\"jangan pilih 02\", \"#Bukan…\").",
      en: "Own text urging people not to vote for, or attacking, a candidate or ticket (\"jangan pilih 02\", \"#Bukan…\")."),
    rationale: LocalizedText(
      id: "PP 94/2021 Pasal 5 huruf n angka 5 melarang tindakan yang menguntungkan atau merugikan pasangan calon; SKB 2022 B12. Aturan ini menangkap kata dukungan yang disangkal tepat sebelumnya (≤ 3 token: \"jangan pilih\"), kata bermusuhan (gagal, antek, pelanggar) dekat nama calon, tagar \"#Bukan…\" dan salam empat jari; pengingat netralitas yang menyebut semua pasangan tidak dihitung.",
      en: "PP 94/2021 Article 5(n)(5) bans acts that benefit or harm a ticket; SKB 2022 B12. The rule catches a support word negated just before (≤ 3 tokens: \"jangan pilih\"), hostile words (gagal, antek, pelanggar) near a candidate, \"#Bukan…\" hashtags and the four-finger salute; neutrality reminders naming every ticket do not count."),
    suggestion: LocalizedText(
      id: "Jangan unggah ajakan menolak atau menjelekkan calon tertentu.",
      en: "Do not post calls to reject or disparage a particular candidate."),
    triggering: [
      Example.post("Pokoknya ⟦jangan pilih⟧ ⟦02⟧, titik."),
      Example.post("Ingat ya, ⟦jangan pernah pilih⟧ ⟦Anies⟧"),
    ],
    nonTriggering: [
      Example.post("ASN dilarang mendukung paslon 01, 02 maupun 03. Jaga netralitas!", .clean),
      Example.post("Jangan like akun paslon ya rekan-rekan, kita wajib netral", .clean),
    ])
}
