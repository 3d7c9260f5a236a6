import NetralText
import NetralPacks
import NetralCore

/// Chooses the stage of an activity and the sanction of a rule for an actor category.
///
/// Before penetapan (bakal calon) the SKB 2022 table A applies: a moral sanction under PP 42/2004
/// Pasal 15. After penetapan table B applies: the PP 94/2021 level of the row (PPPK: the same
/// levels through PP 49/2018). Non-ASN staff: SE MenPAN-RB 01/2023, graduated up to termination
/// of the contract. Agency accounts: the account managers are responsible (SE Kota Jambi 2018).
enum SanctionResolver {
  static func stage(_ phase: PhaseContext?) -> StageSanction.Stage {
    guard let phase else { return .afterCandidacy }
    if !phase.inWindow { return .outsideElection }
    return phase.phase.candidatesFixed ? .afterCandidacy : .beforeCandidacy
  }

  static func sanction(
    _ basis: RuleBasis, stage: StageSanction.Stage, actor: Actor.Category, language: Language
  ) -> Sanction? {
    let l: (String, String) -> String = { language == .en ? $1 : $0 }
    let level: SanctionLevel
    switch stage {
    case .beforeCandidacy: level = basis.levelBeforeCandidacy
    case .afterCandidacy: level = basis.level
    case .outsideElection: level = basis.level == .none ? .none : .moral
    }
    guard level != .none else { return nil }
    let row = stage == .beforeCandidacy ? (basis.ethicsRow ?? basis.disciplineRow) : (basis.disciplineRow ?? basis.ethicsRow)
    let rowText = row.map { " (SKB 2022 Lampiran II \($0))" } ?? ""
    switch actor {
    case .nonASN:
      return Sanction(
        level: .phk,
        description: l("Sanksi bertahap sesuai perjanjian kerja sampai pemutusan hubungan kerja", "Graduated sanctions under the work contract, up to termination"),
        basis: "SE MenPAN-RB Nomor 01 Tahun 2023")
    case .agency:
      return Sanction(
        level: .caseByCase,
        description: l("Pengelola akun instansi bertanggung jawab; sanksi bagi ASN pengelola sesuai tahapan\(rowText)", "The agency's account managers are responsible; ASN managers are sanctioned per stage\(rowText)"),
        basis: "SE Wali Kota Jambi 270/179/Diskominfo/2018")
    case .pns, .pppk, .unknown:
      let ppk = actor == .pppk ? "PP 49/2018 (PPPK) jo. " : ""
      switch level {
      case .moral:
        return Sanction(
          level: .moral,
          description: l("Sanksi moral berupa pernyataan secara tertutup atau terbuka\(rowText)", "Moral sanction: a closed or open statement\(rowText)"),
          basis: stage == .outsideElection ? "PP 42/2004 Pasal 15 (di luar tahapan pemilihan)" : "PP 42/2004 Pasal 15")
      case .sedang:
        return Sanction(level: .sedang, description: l("Hukuman disiplin sedang: pemotongan tunjangan kinerja 25% selama 6, 9 atau 12 bulan\(rowText)", "Medium discipline: 25% performance allowance cut for 6, 9 or 12 months\(rowText)"), basis: ppk + "PP 94/2021 Pasal 8")
      case .berat:
        return Sanction(level: .berat, description: l("Hukuman disiplin berat: penurunan jabatan, pembebasan dari jabatan atau pemberhentian dengan hormat tidak atas permintaan sendiri\(rowText)", "Heavy discipline: demotion, release from position or honourable dismissal not at own request\(rowText)"), basis: ppk + "PP 94/2021 Pasal 8 dan Pasal 14")
      case .ptdh:
        return Sanction(level: .ptdh, description: l("Pemberhentian tidak dengan hormat\(rowText)", "Dismissal without honour\(rowText)"), basis: "UU 5/2014 Pasal 87 ayat (4) huruf c; UU 20/2023 Pasal 52 ayat (3) huruf j")
      default:
        return Sanction(level: level, description: l("Diputuskan oleh Satgas", "Decided by the Satgas"), basis: "SKB 2022 Lampiran II huruf B angka 13")
      }
    }
  }
}
