import NetralText
import NetralPacks
import NetralCore

/// `interaction.campaign-content`: a like, reaction, comment or share on a candidate's, party's
/// or campaign account's content, or on content that campaigns.
struct CampaignInteractionRule: Rule {
  let id = "interaction.campaign-content"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A4", "skb-2022/B6", "se-menpanrb-b71-2017/e", "pp-94-2021/5n5", "se-kota-jambi-270-179-2018", "se-purbalingga-800-3871-2023"],
    ethicsRow: "A4", disciplineRow: "B6", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    let kind = scene.kind
    guard kind == .like || kind == .comment || kind == .share else { return nil }
    var evidence = EvidenceList()
    var tickets: [Int32] = []
    var subject = scene.campaignAccount(scene.targetAuthor, into: &evidence, tickets: &tickets) ?? ""
    // The strength counts the account's evidence and the stances' (each without repeats).
    var count = evidence.items.count
    if let t = scene.targetText, !t.stances.isEmpty {
      let packs = scene.packs
      var m = StanceMatch()
      for s in t.stances { m.add(t, s, packs: packs) }
      count += m.evidence.items.count
      for e in m.evidence.items { evidence.add(e) }
      if subject.isEmpty, let r = m.first { subject = Detect.name(r, scene) }
      tickets += m.tickets
    }
    guard count > 0 else { return nil }
    return RuleMatch(evidence: evidence.items, subject: subject, tickets: tickets, strength: min(20, count * 5), remove: nil)
  }

  let messageLead = LocalizedText(
    id: "Menanggapi (suka, komentar atau bagikan) konten kampanye atau akun peserta/tim pemenangan ",
    en: "Responds to (likes, comments on or shares) campaign content or the account of a contestant or campaign team ")
  let quotesSubject = true

  let text = RuleText(
    title: LocalizedText(id: "Menanggapi konten kampanye", en: "Interacting with campaign content"),
    summary: LocalizedText(
      id: "Menyukai, memberi reaksi, mengomentari atau membagikan unggahan calon, partai, akun tim pemenangan, atau unggahan yang berkampanye.",
      en: "Liking, reacting to, commenting on or sharing posts of a candidate, party or campaign-team account, or posts that campaign."),
    rationale: LocalizedText(
      id: "SKB 2022 A4/B6 menyebut like, comment dan share; SE MenPAN-RB B/71/2017 huruf e melarang menanggapi gambar atau visi-misi bakal calon; SE Kota Jambi 2018 melarang memberi like pada halaman calon. Satu like tanpa teks sendiri pun terhitung. Akun kampanye dikenali dari akun resmi dalam paket, awalan tim (Tim Pemenangan, Relawan, TKD) dengan nama calon atau nomor, atau nama calon/partai sebagai penulis; akun KPU/Bawaslu tidak.",
      en: "SKB 2022 A4/B6 names like, comment and share; SE MenPAN-RB B/71/2017 (e) bans responding to candidates' images or platforms; SE Kota Jambi 2018 bans likes on candidates' pages. A single like without own words counts. Campaign accounts are the pack's official accounts, team prefixes (Tim Pemenangan, Relawan, TKD) with a candidate or number, or a candidate or party as author; KPU/Bawaslu accounts are not."),
    suggestion: LocalizedText(
      id: "Batalkan suka/komentar/bagikan pada konten kampanye dan jangan menanggapi akun calon atau tim pemenangan.",
      en: "Undo the like/comment/share on campaign content and do not respond to candidates' or campaign teams' accounts."),
    triggering: [
      Example.act(.like, author: "Tim Pemenangan Prabowo-Gibran Kab. Muaro Jambi", targetText: "Terima kasih relawan!"),
      Example.act(.share, text: "Mantap", author: "Budi Santoso", targetText: "Ayo coblos paslon nomor urut 3!"),
    ],
    nonTriggering: [
      Example.act(.like, author: "KPU Kota Jambi", targetText: "Jadwal kampanye pasangan calon wali kota", .clean),
      Example.act(.like, author: "Relawan Bencana Kerinci", targetText: "Penyaluran bantuan banjir hari ini", .clean),
    ])
}
