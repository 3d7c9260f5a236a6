import Foundation

/// A named phase of an election calendar.
public enum Phase: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// Before candidate registration opens.
  case preRegistration = "pre_registration"
  /// Candidacy registration (pendaftaran bakal calon).
  case registration
  /// Verification until penetapan calon; still "bakal calon".
  case verification
  /// After penetapan, before the campaign (includes the ballot-number draw).
  case candidacy
  /// Masa kampanye.
  case campaign
  /// Masa tenang.
  case quietPeriod = "quiet_period"
  /// Hari pemungutan suara.
  case voting
  /// Counting and recapitulation.
  case recapitulation
  /// After the results.
  case after

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

  /// Orders phases chronologically.
  public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rank < rhs.rank }

  /// Whether candidates are already set (penetapan passed): bans are discipline, not ethics.
  public var candidatesFixed: Bool { self >= .candidacy }
}

/// Where an activity falls in an election's calendar.
public struct PhaseContext: Sendable, Hashable {
  /// The election's id, e.g. `pemilu-2024`.
  public var election: String
  /// The phase.
  public var phase: Phase
  /// Whether the activity lies inside the election's window of concern
  /// (from registration to the end of recapitulation, with the pack's margins).
  public var inWindow: Bool

  /// Creates a phase context.
  public init(election: String, phase: Phase, inWindow: Bool) {
    self.election = election
    self.phase = phase
    self.inWindow = inWindow
  }
}
