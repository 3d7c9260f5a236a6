public import NetralCore

/// The reporters' own words, in Indonesian and English.
public struct ReportLabels: Sendable {
  /// The language.
  public var language: Language

  /// Labels in `language`.
  public init(_ language: Language) { self.language = language }

  private func t(_ id: String, _ en: String) -> String { language == .en ? en : id }

  /// A verdict's name.
  public func verdict(_ v: Verdict) -> String {
    switch v {
    case .clean: t("bersih", "clean")
    case .review: t("perlu ditinjau", "review")
    case .violation: t("pelanggaran", "violation")
    case .error: t("galat", "error")
    }
  }

  /// A severity's name.
  public func severity(_ s: Severity) -> String {
    s == .violation ? verdict(.violation) : verdict(.review)
  }

  /// A sanction level's name.
  public func sanction(_ level: SanctionLevel) -> String {
    switch level {
    case .none: t("tidak ada", "none")
    case .moral: t("sanksi moral", "moral sanction")
    case .ringan: t("hukuman disiplin ringan", "light discipline")
    case .sedang: t("hukuman disiplin sedang", "medium discipline")
    case .berat: t("hukuman disiplin berat", "heavy discipline")
    case .ptdh: t("diberhentikan tidak dengan hormat", "dismissal without honour")
    case .phk: t("pemutusan hubungan kerja", "contract termination")
    case .caseByCase: t("ditetapkan kasus per kasus", "decided case by case")
    }
  }

  /// A phase's name.
  public func phase(_ p: Phase) -> String {
    switch p {
    case .preRegistration: t("pra-pendaftaran", "pre-registration")
    case .registration: t("pendaftaran", "registration")
    case .verification: t("verifikasi", "verification")
    case .candidacy: t("penetapan calon", "candidacy")
    case .campaign: t("kampanye", "campaign")
    case .quietPeriod: t("masa tenang", "quiet period")
    case .voting: t("pemungutan suara", "voting")
    case .recapitulation: t("rekapitulasi", "recapitulation")
    case .after: t("pasca-pemilihan", "after")
    }
  }

  /// An actor category's name.
  public func actor(_ c: Actor.Category) -> String {
    switch c {
    case .pns: "PNS"
    case .pppk: "PPPK"
    case .nonASN: "non-ASN"
    case .agency: t("akun instansi", "agency account")
    case .unknown: t("tidak diketahui", "unknown")
    }
  }

  /// "Rina Marlina (PNS)", "PPPK" for an unnamed actor, `nil` when nothing is known.
  func who(_ actor: Actor?) -> String? {
    guard let actor else { return nil }
    guard let name = actor.name ?? actor.id else {
      return actor.type == .unknown ? nil : self.actor(actor.type)
    }
    return "\(name) (\(self.actor(actor.type)))"
  }

  var verdictLabel: String { t("putusan", "verdict") }
  var sanctionLabel: String { t("sanksi", "sanction") }
  var basisLabel: String { t("dasar", "basis") }
  var suggestionLabel: String { t("saran", "suggestion") }
  var phaseLabel: String { t("tahapan", "phase") }
  var scoreLabel: String { t("skor", "score") }
  var ruleLabel: String { t("aturan", "rule") }
  var countLabel: String { t("jumlah", "count") }
  var accountLabel: String { t("akun", "account") }
  var activitiesLabel: String { t("aktivitas", "activities") }
  var findingsLabel: String { t("temuan", "findings") }
  var unknownAccount: String { t("(akun tidak diketahui)", "(unknown account)") }
  var outsideWindow: String { t("di luar masa pemilihan", "outside the election window") }
  var reportTitle: String { t("Laporan netralitas ASN", "ASN neutrality report") }
  var summaryTitle: String { t("Ringkasan", "Summary") }
  var accountsTitle: String { t("Ringkasan per akun", "Summary per account") }
  var rulesTitle: String { t("Temuan per aturan", "Findings per rule") }
  var sanctionsTitle: String { t("Temuan per tingkat sanksi", "Findings per sanction level") }
  var timelineTitle: String { t("Temuan per minggu", "Findings per week") }
  var findingsTitle: String { t("Temuan", "Findings") }
  var errorsTitle: String { t("Masukan yang tidak terbaca", "Unreadable input") }
  var noFindings: String { t("Tidak ada temuan.", "No findings.") }
  var noDates: String {
    t("Tidak ada temuan bertanggal.", "No dated findings.")
  }
  var noSanction: String { t("tanpa sanksi (perlu ditinjau)", "no sanction (review)") }
  var generatedLabel: String { t("dibuat", "generated") }

  /// "12 dibaca, 10 diperiksa, 1 dilewati, 1 tidak terbaca".
  func counts(_ s: AuditSummary) -> String {
    var parts = [
      t("\(s.read) dibaca", "\(s.read) read"),
      t("\(s.audited) diperiksa", "\(s.audited) audited"),
    ]
    if s.skipped > 0 { parts.append(t("\(s.skipped) dilewati", "\(s.skipped) skipped")) }
    if s.unreadable > 0 {
      parts.append(t("\(s.unreadable) tidak terbaca", "\(s.unreadable) unreadable"))
    }
    return parts.joined(separator: ", ")
  }

  /// "1 pelanggaran, 2 perlu ditinjau, 7 bersih".
  func verdicts(_ s: AuditSummary) -> String {
    [Verdict.violation, .review, .clean, .error].compactMap { v in
      let n = s.verdicts[v] ?? 0
      return n == 0 && v == .error ? nil : "\(n) \(verdict(v))"
    }.joined(separator: ", ")
  }
}
