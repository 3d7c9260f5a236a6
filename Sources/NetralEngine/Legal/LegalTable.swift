import Foundation
import NetralCore
import NetralPacks

/// The citations and sanction of every rule for every actor category, stage and election,
/// resolved once when the checker is built: a finding then takes shared arrays instead of
/// filtering citation ids, comparing regions and formatting sanction texts per finding.
struct LegalTable: Sendable {
  /// Citations per rule, actor and region class (``regionClass``).
  private let citations: [[Citation]]
  /// Sanction per rule, stage and actor.
  private let sanctions: [Sanction?]
  /// Region class per election index: 0 for none of the regional instruments, else one more
  /// than the index of the distinct set of regional instruments the election's region admits.
  private let regionClass: [Int]
  private let classes: Int

  private static let actors = Actor.Category.allCases
  private static let stages = StageSanction.Stage.allCases

  /// Resolves `rules` (in catalog order) for `elections`, with citation texts from `cite`.
  init(rules: [any Rule], elections: [ElectionCalendar], language: Language, cite: (String) -> Citation) {
    let regional = FallbackCitations.regions.keys.sorted()
    // The regional instruments an election's region admits (the first election with its id
    // names the region, as the phase names its election by id).
    var sets: [[String]] = [[]]
    var regionClass: [Int] = []
    for e in elections {
      let region = elections.first { $0.id == e.id }?.region
      let admitted = regional.filter { Self.admits(region, FallbackCitations.regions[$0] ?? "") }
      if let k = sets.firstIndex(of: admitted) {
        regionClass.append(k)
      } else {
        regionClass.append(sets.count)
        sets.append(admitted)
      }
    }
    self.regionClass = regionClass
    classes = sets.count
    var texts: [String: Citation] = [:]
    func citation(_ id: String) -> Citation {
      if let c = texts[id] { return c }
      let c = cite(id)
      texts[id] = c
      return c
    }
    var citations: [[Citation]] = []
    var sanctions: [Sanction?] = []
    for rule in rules {
      for actor in Self.actors {
        for admitted in sets {
          citations.append(Self.ids(rule, actor: actor, admitted: admitted).map(citation))
        }
      }
      for stage in Self.stages {
        for actor in Self.actors {
          sanctions.append(
            rule.severity == .violation
              ? SanctionResolver.sanction(rule.basis, stage: stage, actor: actor, language: language) : nil)
        }
      }
    }
    self.citations = citations
    self.sanctions = sanctions
  }

  /// The citations of rule number `rule` for `actor`, in the election with index `election`.
  func citations(rule: Int, actor: Actor.Category, election: Int?) -> [Citation] {
    let region = election.map { regionClass[$0] } ?? 0
    return citations[(rule * Self.actors.count + Self.slot(actor)) * classes + region]
  }

  /// The sanction of rule number `rule` at `stage` for `actor` (none for review rules).
  func sanction(rule: Int, stage: StageSanction.Stage, actor: Actor.Category) -> Sanction? {
    let s = Self.stages.firstIndex(of: stage) ?? 0
    return sanctions[(rule * Self.stages.count + s) * Self.actors.count + Self.slot(actor)]
  }

  private static func slot(_ actor: Actor.Category) -> Int { actors.firstIndex(of: actor) ?? 0 }

  /// Whether a regional instrument for `place` applies in `region`.
  private static func admits(_ region: Region?, _ place: String) -> Bool {
    guard let region else { return false }
    return region.province.lowercased().contains(place) || (region.regency?.lowercased().contains(place) ?? false)
  }

  /// A rule's citation ids: its basis without the regional instruments its region does not
  /// admit, plus the actor's own instrument for a violation.
  private static func ids(_ rule: any Rule, actor: Actor.Category, admitted: [String]) -> [String] {
    var ids = rule.basis.citations.filter { id in
      FallbackCitations.regions[id] == nil || admitted.contains(id)
    }
    if rule.severity == .violation {
      switch actor {
      case .pppk: ids.append("pp-49-2018")
      case .nonASN: ids.append("se-menpanrb-01-2023")
      case .agency:
        if !ids.contains("se-kota-jambi-270-179-2018") { ids.append("se-kota-jambi-270-179-2018") }
      default: break
      }
    }
    return ids
  }
}
