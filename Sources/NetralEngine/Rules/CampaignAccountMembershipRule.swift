import NetralText
import NetralPacks
import NetralCore

/// `membership.campaign-account`: following or joining a candidate, party or campaign account
/// or group.
struct CampaignAccountMembershipRule: Rule {
  let id = "membership.campaign-account"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A4", "skb-2022/B6", "pp-94-2021/5n5"],
    ethicsRow: "A4", disciplineRow: "B6", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    let kind = scene.kind
    guard kind == .follow || kind == .join else { return nil }
    var evidence = EvidenceList()
    var tickets: [Int32] = []
    guard let display = scene.campaignAccount(scene.targetAuthor, into: &evidence, tickets: &tickets)
      ?? scene.campaignAccount(scene.targetText, into: &evidence, tickets: &tickets)
    else { return nil }
    return RuleMatch(evidence: evidence.items, subject: display, tickets: tickets, strength: 10, remove: nil)
  }

  let messageLead = LocalizedText(
    id: "Mengikuti atau bergabung dengan akun/grup peserta atau tim pemenangan ",
    en: "Follows or joins the account or group of a contestant or campaign team ")
  let quotesSubject = true

  let text = RuleText(
    title: LocalizedText(id: "Mengikuti akun atau grup kampanye", en: "Following or joining campaign accounts"),
    summary: LocalizedText(
      id: "Mengikuti akun atau bergabung dengan grup calon, partai atau tim pemenangan.",
      en: "Following an account of, or joining a group of, a candidate, party or campaign team."),
    rationale: LocalizedText(
      id: "SKB 2022 A4/B6 melarang bergabung atau mengikuti grup/akun pemenangan (bakal) calon. Akun dikenali seperti pada aturan interaksi.",
      en: "SKB 2022 A4/B6 bans joining or following winning-team groups or accounts of (prospective) candidates. Accounts are recognised as in the interaction rule."),
    suggestion: LocalizedText(
      id: "Berhenti mengikuti akun dan keluar dari grup calon atau tim pemenangan.",
      en: "Unfollow the account and leave the candidate's or campaign team's group."),
    triggering: [
      Example.act(.join, author: "Relawan Ganjar Mahfud Jambi", targetKind: .group),
      Example.act(.follow, author: "Sahabat Anies Kerinci", targetKind: .account),
    ],
    nonTriggering: [
      Example.act(.follow, author: "Bawaslu RI", targetKind: .account, .clean),
      Example.act(.join, author: "Komunitas Sepeda Jambi", targetKind: .group, .clean),
    ])
}
