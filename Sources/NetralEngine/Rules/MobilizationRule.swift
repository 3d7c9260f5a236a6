import NetralText
import NetralPacks
import NetralCore

/// `post.mobilization`: appeal to colleagues or the public to vote for, or attend for, a
/// candidate.
struct MobilizationRule: Rule {
  let id = "post.mobilization"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A6", "skb-2022/B8", "pp-94-2021/5n6", "uu-7-2017/283-1"],
    ethicsRow: "A6", disciplineRow: "B8", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    // Only a stance or an event word can give a pair.
    guard scene.authored, scene.anyOwnField({ !$0.stances.isEmpty || $0.has(.event) }) else { return nil }
    let packs = scene.packs
    var stances = StanceMatch()
    // The appeals' evidence, in the order of their stances.
    var appeals: [Evidence] = []
    scene.forEachOwnField { f in
      // Only a stance or an event word can give a pair.
      guard !f.stances.isEmpty || f.has(.event) else { return }
      for s in f.stances {
        guard let m = s.mobilizing else { continue }
        stances.add(f, s, packs: packs)
        appeals.append(f.evidence(m, .mobilization))
      }
      // "Ayo hadiri kampanye akbar 02": an appeal, an event and a contestant.
      if stances.count == 0, let e = f.cues(.event).first(where: { e in f.cues(.mobilization).contains { !$0.ambiguous && $0.start < e.start && e.start - $0.end <= 6 } }),
        let m = f.cues(.mobilization).last(where: { !$0.ambiguous && $0.start < e.start && e.start - $0.end <= 6 }),
        let r = f.accepted.first(where: { FieldAnalysis.distance(($0.start, $0.end), (e.start, e.end)) <= 6 && $0.subject != .election })
      {
        stances.add(f, Stance(kind: .support, cue: e, reference: r, mobilizing: m), packs: packs)
        appeals.append(f.evidence(m, .mobilization))
      }
    }
    guard var match = stances.match(scene) else { return nil }
    // The last stance's appeal first (each was put in front of the stances' evidence).
    var evidence = EvidenceList()
    for e in appeals.reversed() { evidence.add(e) }
    for e in match.evidence { evidence.add(e) }
    match.evidence = evidence.items
    return match
  }

  let messageLead = LocalizedText(
    id: "Ajakan kepada rekan atau masyarakat untuk memilih atau mendukung peserta pemilihan: ",
    en: "Appeal to colleagues or the public to vote for or support a contestant: ")

  let text = RuleText(
    title: LocalizedText(id: "Ajakan memilih calon", en: "Mobilising for a candidate"),
    summary: LocalizedText(
      id: "Ajakan, himbauan atau seruan kepada rekan kerja, keluarga atau masyarakat untuk memilih atau mendukung calon.",
      en: "Appeals, invitations or calls to colleagues, family or the public to vote for or support a candidate."),
    rationale: LocalizedText(
      id: "SKB 2022 B8 dan PP 94/2021 Pasal 5 huruf n angka 6 melarang kegiatan yang mengarah pada keberpihakan, termasuk ajakan dan seruan. Aturan ini memerlukan kata ajakan (ayo, mari, yuk, rekan-rekan ASN) dalam jarak ≤ 8 token dan satu klausa dari sebuah dukungan kepada calon, atau ajakan menghadiri acara kampanye calon.",
      en: "SKB 2022 B8 and PP 94/2021 Article 5(n)(6) ban activities leading to partisanship, including appeals and calls. The rule needs an appeal word (ayo, mari, yuk, rekan-rekan ASN) within 8 tokens and the same clause of support for a candidate, or an appeal to attend a candidate's campaign event."),
    suggestion: LocalizedText(
      id: "Jangan mengajak rekan atau masyarakat memilih calon tertentu; ajakan menggunakan hak pilih tanpa menyebut calon diperbolehkan.",
      en: "Do not urge colleagues or the public to vote for a particular candidate; urging people to vote without naming one is fine."),
    triggering: [
      Example.post("Rekan-rekan ASN, ayo ⟦coblos⟧ ⟦nomor 1⟧ tanggal 27 nanti!"),
    ],
    nonTriggering: [
      Example.post("Ayo gunakan hak pilih tanggal 14 Februari, jangan golput!", .clean),
    ])
}
