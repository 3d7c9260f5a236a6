import NetralText
import NetralPacks
import NetralCore

/// `content.election-mention`: names a candidate, ticket or party without stance.
struct ElectionMentionRule: Rule {
  let id = "content.election-mention"
  let severity = Severity.review
  let basis = RuleBasis(citations: [], ethicsRow: nil, disciplineRow: nil, level: .none, levelBeforeCandidacy: .none)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    let kind = scene.kind
    guard kind != .follow, kind != .join else { return nil }
    // The own fields, then (for an interaction) the target's text and author.
    func mention(_ f: FieldAnalysis) -> RuleMatch? {
      guard !f.references.isEmpty, !f.has(.neutrality) else { return nil }
      let refs = f.accepted.filter { r in
        switch r.subject {
        case .ticket, .party: return true
        case .number: return (f.has(.campaignWord) && !f.has(.reporting)) || r.display.hasPrefix("0")
        case .election: return false
        }
      }
      guard let r = refs.first else { return nil }
      return RuleMatch(evidence: refs.prefix(3).map { f.evidence($0) }, subject: Detect.name(r, scene), tickets: scene.tickets(refs), strength: 0, remove: nil)
    }
    if let m = scene.firstOwnField(mention) { return m }
    guard kind == .like || kind == .share || kind == .comment else { return nil }
    if let t = scene.targetText, let m = mention(t) { return m }
    if let a = scene.targetAuthor, let m = mention(a) { return m }
    return nil
  }

  let messageLead = LocalizedText(
    id: "Menyebut peserta pemilihan tanpa sikap yang jelas: ",
    en: "Names an election contestant without a clear stance: ")

  let text = RuleText(
    title: LocalizedText(id: "Menyebut peserta pemilihan", en: "Mentions a contestant"),
    summary: LocalizedText(
      id: "Menyebut calon, pasangan atau partai tanpa dukungan atau penolakan (berita netral): perlu ditinjau.",
      en: "Names a candidate, ticket or party without support or opposition (neutral news): needs review."),
    rationale: LocalizedText(
      id: "Menyebut calon bukan pelanggaran, tetapi di masa pemilihan layak dilihat orang (berita, hasil hitung cepat, jadwal debat). Pengingat netralitas dan laporan pelanggaran yang tidak menyebut calon tidak dilaporkan.",
      en: "Naming a candidate is not a violation, but during elections it is worth a person's look (news, quick counts, debate schedules). Neutrality reminders and violation reports that name no candidate are not reported."),
    suggestion: LocalizedText(
      id: "Pastikan unggahan tidak menunjukkan keberpihakan.",
      en: "Make sure the post shows no partisanship."),
    triggering: [
      Example.post("Debat tadi malam ⟦Ganjar Pranowo⟧ bicara soal pendidikan", .review),
    ],
    nonTriggering: [
      Example.post("Gibran anak saya juara kelas lagi semester ini", .clean),
    ])
}
