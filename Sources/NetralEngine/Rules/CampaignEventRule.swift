import NetralText
import NetralPacks
import NetralCore

/// `post.campaign-event`: attending a declaration, campaign or rally with support.
struct CampaignEventRule: Rule {
  let id = "post.campaign-event"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A3", "skb-2022/B4", "skb-2022/A6", "pp-94-2021/5n5", "uu-7-2017/280-3"],
    ethicsRow: "A3", disciplineRow: "B4", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.authored else { return nil }
    return scene.firstOwnField { f -> RuleMatch? in
      guard f.has(.event), !Scene.informational(f) else { return nil }
      let involved = f.attendance || f.firstPerson || !f.stances.isEmpty || !scene.mediaDescriptions.isEmpty
      guard involved else { return nil }
      for cue in f.cues(.event) where f.negated(before: cue.start) == nil {
        guard let r = f.accepted.first(where: { $0.subject != .election && FieldAnalysis.distance(($0.start, $0.end), (cue.start, cue.end)) <= 8 }) else { continue }
        return RuleMatch(
          evidence: [f.evidence(cue, .event), f.evidence(r)],
          subject: "\(cue.display) \(Detect.name(r, scene))", tickets: scene.tickets([r]),
          strength: 10, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Menghadiri atau ikut serta dalam kegiatan kampanye dengan dukungan: ",
    en: "Attends or takes part in a campaign event with support: ")

  let text = RuleText(
    title: LocalizedText(id: "Hadir di acara kampanye", en: "Attending a campaign event"),
    summary: LocalizedText(
      id: "Menghadiri deklarasi, kampanye, rapat umum atau acara pengenalan calon dan menunjukkan keberpihakan.",
      en: "Attending a candidate's declaration, campaign, rally or introduction event and showing partisanship."),
    rationale: LocalizedText(
      id: "SKB 2022 A3/B4 dan A6. Aturan ini memerlukan kata acara (deklarasi, kampanye akbar, rapat umum) dalam jarak ≤ 8 token dari calon atau nomor urut, bersama tanda keikutsertaan (hadir, ikut, bersama, saya/kami, foto) atau dukungan; jadwal KPU dan berita tidak dihitung.",
      en: "SKB 2022 A3/B4 and A6. The rule needs an event word (deklarasi, kampanye akbar, rapat umum) within 8 tokens of a candidate or ballot number, with a sign of taking part (hadir, ikut, bersama, I/we, a photo) or support; KPU schedules and news do not count."),
    suggestion: LocalizedText(
      id: "Jangan menghadiri acara kampanye calon dan jangan mengunggah kehadiran Anda.",
      en: "Do not attend candidates' campaign events and do not post your attendance."),
    triggering: [
      Example.post("Hadir di ⟦deklarasi⟧ relawan ⟦Ganjar-Mahfud⟧ tadi malam, luar biasa semangatnya"),
    ],
    nonTriggering: [
      Example.post("KPU merilis jadwal kampanye rapat umum paslon capres mulai 21 Januari", .clean),
    ])
}
