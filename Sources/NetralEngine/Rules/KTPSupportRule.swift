import NetralText
import NetralPacks
import NetralCore

/// `post.ktp-support`: collecting KTP copies or support letters for an independent candidate.
struct KTPSupportRule: Rule {
  let id = "post.ktp-support"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/B11", "pp-94-2021/5n7"],
    ethicsRow: nil, disciplineRow: "B11", level: .berat, levelBeforeCandidacy: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.authored else { return nil }
    return scene.firstOwnField { f -> RuleMatch? in
      guard f.has(.ktpSupport), !Scene.informational(f) else { return nil }
      for cue in f.cues(.ktpSupport) where f.negated(before: cue.start) == nil {
        let context = f.has(.support) || f.has(.campaignWord) || !f.accepted.isEmpty
        guard context else { continue }
        var e = [f.evidence(cue, .support)]
        if let r = f.accepted.first { e.append(f.evidence(r)) }
        return RuleMatch(evidence: e, subject: cue.display, tickets: scene.tickets(f.accepted), strength: 10, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Mengumpulkan atau memberikan dukungan KTP untuk calon perseorangan: ",
    en: "Collects or gives KTP support for an independent candidate: ")

  let text = RuleText(
    title: LocalizedText(id: "Dukungan KTP calon perseorangan", en: "KTP support for independents"),
    summary: LocalizedText(
      id: "Mengumpulkan fotokopi KTP atau surat dukungan untuk calon perseorangan.",
      en: "Collecting KTP copies or support letters for an independent candidate."),
    rationale: LocalizedText(
      id: "SKB 2022 B11 dan PP 94/2021 Pasal 5 huruf n angka 7. Aturan ini memerlukan istilah dukungan KTP (fotokopi KTP, surat dukungan) bersama kata dukungan, ajakan, kata pemilihan atau nama calon, tanpa penyangkalan atau konteks sosialisasi.",
      en: "SKB 2022 B11 and PP 94/2021 Article 5(n)(7). The rule needs a KTP-support term (fotokopi KTP, surat dukungan) with a support word, an appeal, an election word or a candidate, not negated and not an awareness message."),
    suggestion: LocalizedText(
      id: "Jangan mengumpulkan atau memberikan fotokopi KTP untuk calon perseorangan.",
      en: "Do not collect or give KTP copies for independent candidates."),
    triggering: [
      Example.post("Yang mau dukung calon perseorangan, kumpulkan ⟦fotokopi KTP⟧ ke saya ya"),
    ],
    nonTriggering: [
      Example.post("Fotokopi KTP untuk berkas BPJS dikumpulkan ke bagian umum paling lambat Jumat", .clean),
    ])
}
