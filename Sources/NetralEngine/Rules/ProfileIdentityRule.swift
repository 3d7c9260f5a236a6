import NetralText
import NetralPacks
import NetralCore

/// `profile.campaign-identity`: a twibbon, bio or display name declaring a campaign role or
/// support; an agency profile showing a candidate.
struct ProfileIdentityRule: Rule {
  let id = "profile.campaign-identity"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A2", "skb-2022/B2", "skb-2022/B9", "skb-2022/B10", "se-kota-jambi-270-179-2018"],
    ethicsRow: "A2", disciplineRow: "B2", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.kind == .profile else { return nil }
    let agency = scene.actorType == .agency
    return scene.firstOwnField { f -> RuleMatch? in
      guard !Scene.informational(f) else { return nil }
      let refs = f.contestants
      if refs.isEmpty, let role = f.cues(.accountPrefix).first(where: { !$0.ambiguous }) {
        return RuleMatch(evidence: [f.evidence(role, .campaignAccount)], subject: role.display, tickets: [], strength: 10, remove: nil)
      }
      guard let r = refs.first else { return nil }
      if let frame = f.cues(.profileFrame).first {
        return RuleMatch(evidence: [f.evidence(frame, .profileFrame), f.evidence(r)], subject: "\(frame.display) \(r.display)", tickets: scene.tickets([r]), strength: 15, remove: nil)
      }
      if let role = f.cues(.accountPrefix).first {
        return RuleMatch(evidence: [f.evidence(role, .campaignAccount), f.evidence(r)], subject: "\(role.display) \(r.display)", tickets: scene.tickets([r]), strength: 15, remove: nil)
      }
      if let s = f.stances.first {
        return RuleMatch(evidence: Detect.evidence(f, s), subject: Detect.name(s.reference, scene), tickets: scene.tickets([s.reference]), strength: 10, remove: nil)
      }
      if agency || r.inHashtag || f.field != .text || f.tokens.count <= 12 {
        return RuleMatch(evidence: [f.evidence(r)], subject: r.display, tickets: scene.tickets([r]), strength: 5, remove: nil)
      }
      return nil
    }
  }

  let messageLead = LocalizedText(
    id: "Profil (twibbon, bio atau nama) menunjukkan peran atau dukungan kampanye: ",
    en: "Profile (frame, bio or name) shows a campaign role or support: ")

  let text = RuleText(
    title: LocalizedText(id: "Identitas kampanye di profil", en: "Campaign identity in profile"),
    summary: LocalizedText(
      id: "Twibbon/bingkai foto, bio atau nama tampilan yang menyatakan dukungan atau peran di tim kampanye; profil akun instansi yang menampilkan calon.",
      en: "A profile frame, bio or display name declaring support or a campaign-team role; an agency profile showing a candidate."),
    rationale: LocalizedText(
      id: "SKB 2022 A2/B2 (kampanye di media sosial), B9/B10 (menjadi tim pemenangan); SE Wali Kota Jambi 270/179/Diskominfo/2018 melarang gambar calon di profil akun OPD. Aturan ini memerlukan kata bingkai (twibbon, frame), peran tim (relawan, tim pemenangan) atau dukungan bersama calon atau nomor.",
      en: "SKB 2022 A2/B2 (campaigning on social media), B9/B10 (serving on a winning team); SE Wali Kota Jambi 270/179/Diskominfo/2018 bans candidate images in agency account profiles. The rule needs a frame word (twibbon, frame), a team role (relawan, tim pemenangan) or support together with a candidate or number."),
    suggestion: LocalizedText(
      id: "Ganti foto profil dan bio tanpa twibbon, nama atau nomor calon.",
      en: "Change the profile picture and bio to one without a candidate's frame, name or number."),
    triggering: [
      RuleExample(Activity(id: "example", kind: .profile, text: "⟦Relawan⟧ ⟦Ganjar-Mahfud⟧ | Guru | Jambi"), verdict: .violation),
    ],
    nonTriggering: [
      RuleExample(Activity(id: "example", kind: .profile, text: "Guru SD | Pecinta kopi | Jambi"), verdict: .clean),
    ])
}
