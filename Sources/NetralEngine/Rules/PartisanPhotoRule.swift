import NetralText
import NetralPacks
import NetralCore

/// `photo.partisan`: a photo with a candidate, or with a campaign team showing a partisan
/// symbol, attributes or a campaign backdrop.
struct PartisanPhotoRule: Rule {
  let id = "photo.partisan"
  let severity = Severity.violation
  let basis = RuleBasis(
    citations: ["skb-2022/A5", "skb-2022/B7", "se-menpanrb-b71-2017/f", "se-purbalingga-800-3871-2023"],
    ethicsRow: "A5", disciplineRow: "B7", level: .berat)

  func detect(_ scene: Scene) -> RuleMatch? { Self.detect(in: scene) }

  /// ``detect(_:)`` without an instance (the catalog calls it so: no rule is read per call).
  static func detect(in scene: Scene) -> RuleMatch? {
    guard scene.kind != .like, scene.kind != .follow, scene.kind != .join,
      scene.kind != .profile,
      scene.hasMedia
    else { return nil }
    var evidence: [Evidence] = []
    var subject = ""
    var tickets: [Int32] = []
    for p in scene.mediaPeople {
      for r in p.accepted where r.signal == .candidate || r.isAccount {
        evidence.append(p.evidence(r))
        if subject.isEmpty { subject = r.display }
        tickets += scene.tickets([r])
      }
    }
    for d in scene.mediaDescriptions where !Scene.informational(d) {
      let refs = d.contestants
      let person = refs.first { $0.signal == .candidate || $0.isAccount }
      let team = d.cues(.accountPrefix).first { !$0.ambiguous }
      let symbol = d.gestures.first
      let attribute = d.cues(.attribute).first
      let withPerson = person.map { p in
        d.cues(.photo).contains { FieldAnalysis.distance(($0.start, $0.end), (p.start, p.end)) <= 4 }
          || d.gestures.contains { FieldAnalysis.distance(($0.start, $0.end), (p.start, p.end)) <= 8 }
      } ?? false
      if let person, withPerson, d.negated(before: person.start) == nil {
        evidence.append(d.evidence(person))
        if subject.isEmpty { subject = person.display }
      }
      if let g = symbol, person != nil || team != nil || !refs.isEmpty || attribute != nil {
        evidence.append(d.evidence(g.start, g.end, .gesture, term: g.key))
        if subject.isEmpty { subject = g.display }
      }
      if let a = attribute, let r = refs.first {
        evidence.append(d.evidence(a, .attribute))
        evidence.append(d.evidence(r))
        if subject.isEmpty { subject = "\(a.display) \(Detect.name(r, scene))" }
      }
      if !evidence.isEmpty { tickets += scene.tickets(refs) }
    }
    // Own words about the photo: "foto bareng Pak Ganjar".
    if let t = scene.text, let cue = t.cues(.photo).first, !Scene.informational(t),
      let r = t.accepted.first(where: { ($0.signal == .candidate || $0.isAccount) && FieldAnalysis.distance(($0.start, $0.end), (cue.start, cue.end)) <= 4 })
    {
      evidence += [t.evidence(cue, .photo), t.evidence(r)]
      if subject.isEmpty { subject = r.display }
      tickets += scene.tickets([r])
    }
    guard !evidence.isEmpty else { return nil }
    return RuleMatch(evidence: Detect.unique(evidence), subject: subject, tickets: tickets, strength: min(20, evidence.count * 5), remove: nil)
  }

  let messageLead = LocalizedText(
    id: "Mengunggah foto bersama calon atau dengan simbol/atribut keberpihakan: ",
    en: "Posts a photo with a candidate or with partisan symbols or attributes: ")

  let text = RuleText(
    title: LocalizedText(id: "Foto keberpihakan", en: "Partisan photo"),
    summary: LocalizedText(
      id: "Foto bersama calon (ditandai atau dideskripsikan), atau dengan tim sukses sambil memperagakan simbol tangan, memakai atribut atau berlatar alat peraga kampanye.",
      en: "A photo with a candidate (tagged or described), or with a campaign team showing a hand symbol, wearing attributes or in front of campaign props."),
    rationale: LocalizedText(
      id: "SKB 2022 A5/B7; SE MenPAN-RB B/71/2017 huruf f (simbol tangan); SE Sekda Purbalingga 800/3871 (foto bersama bakal calon). Orang yang ditandai dibandingkan dengan nama dan akun calon; deskripsi foto dibaca seperti teks: calon, gestur bersama tim atau nomor, atribut bersama calon.",
      en: "SKB 2022 A5/B7; SE MenPAN-RB B/71/2017 (f) (hand symbols); SE Sekda Purbalingga 800/3871 (photos with prospective candidates). Tagged people are compared with candidates' names and accounts; descriptions are read like text: a candidate, a gesture with a team or number, attributes with a candidate."),
    suggestion: LocalizedText(
      id: "Jangan unggah foto bersama calon atau dengan simbol dan atribut kampanye.",
      en: "Do not post photos with candidates or with campaign symbols and attributes."),
    triggering: [
      Example.act(.post, text: "⟦Foto bareng⟧ ⟦Bu Airin⟧ tadi sore", media: [Media(description: "berfoto bersama sambil mengacungkan satu jari", people: ["Airin Rachmi Diany"])]),
    ],
    nonTriggering: [
      Example.act(.post, text: "Foto bareng keluarga di pantai", media: [Media(description: "keluarga berfoto di pantai saat matahari terbenam")], .clean),
    ])
}
