/// The sanction a violation carries, by the instrument's scale.
public enum SanctionLevel: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Nothing applies (outside any election window, or information only).
  case none
  /// PP 42/2004 Pasal 15: moral sanction, closed or open statement.
  case moral
  /// PP 94/2021: light discipline.
  case ringan
  /// PP 94/2021: medium discipline (tukin cut 25%).
  case sedang
  /// PP 94/2021: heavy discipline (demotion, release, dismissal with honour).
  case berat
  /// Dismissal without honour (pemberhentian tidak dengan hormat).
  case ptdh
  /// Termination of a non-ASN work contract (SE MenPAN-RB 01/2023).
  case phk
  /// Decided case by case by the Satgas (SKB 2022 B13).
  case caseByCase = "case_by_case"

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// Orders by gravity as listed.
  public static func < (lhs: SanctionLevel, rhs: SanctionLevel) -> Bool { lhs.rank < rhs.rank }
}

/// The sanction that applies to one finding.
public struct Sanction: Sendable, Hashable {
  /// Level on the instrument's scale.
  public var level: SanctionLevel
  /// What the sanction consists of (Indonesian or English per the report language).
  public var description: String
  /// The provision that sets it, e.g. `PP 94/2021 Pasal 8 ayat (4)`.
  public var basis: String?

  /// Creates a sanction.
  public init(level: SanctionLevel, description: String, basis: String? = nil) {
    self.level = level
    self.description = description
    self.basis = basis
  }
}
