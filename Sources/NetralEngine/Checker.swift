public import Foundation
public import NetralCore
public import NetralPacks

/// Options for a ``Checker``.
public struct CheckOptions: Sendable, Hashable {
  /// Language of findings' messages.
  public var language: Language
  /// The date assumed for activities without one (which phase applies).
  public var asOf: Date?
  /// Actor category assumed for activities whose actor type is unknown.
  public var defaultActor: Actor.Category?

  /// Creates options.
  public init(language: Language = .id, asOf: Date? = nil, defaultActor: Actor.Category? = nil) {
    self.language = language
    self.asOf = asOf
    self.defaultActor = defaultActor
  }
}

/// Checks activities against the loaded packs. Built once, immutable, safe to share across
/// threads.
///
/// ```swift
/// import NetralEngine
/// import NetralPacks
///
/// let checker = try Checker(packs: PackSet(PackLoader.bundled()))
/// let like = Activity(id: "1", kind: .like, actor: Actor(type: .pns),
///                     target: Target(author: "Tim Pemenangan Prabowo-Gibran Kab. Bungo"))
/// let assessment = checker.check(like)
/// print(assessment.verdict)                 // violation
/// print(assessment.findings[0].message)     // Menanggapi (suka, komentar …) … 'Tim Pemenangan …'
/// ```
public struct Checker: Sendable {
  /// The rules this checker applies, with citations resolved from the packs, sorted by id.
  public let rules: [RuleDescription]
  private let options: CheckOptions
  private let analyzer: Analyzer

  /// Compiles `packs` into a checker: every term is normalized once and compiled into a token
  /// trie; calendars, tickets and regulations are indexed.
  public init(packs: PackSet, options: CheckOptions = CheckOptions()) throws {
    self.init(prepared: PreparedPacks(packs), options: options)
  }

  /// A checker over packs compiled beforehand (see ``PreparedPacks``): the same checker as
  /// ``init(packs:options:)`` with `prepared.packs`, without compiling them again.
  public init(prepared: PreparedPacks, options: CheckOptions = CheckOptions()) {
    self.options = options
    let compiled = prepared.compiled
    analyzer = Analyzer(packs: compiled)
    // The closures capture the regulations alone: capturing `compiled` copied every table of
    // it (about 45 references retained and released) at each of the ~1,100 citations looked up.
    let regulations = compiled.regulations
    let cite = { (id: String) in CompiledPacks.citation(id, in: regulations) }
    rules = RuleCatalog.all.map { RuleCatalog.describe($0, cite: cite) }
      .sorted { $0.id < $1.id }
    electionDays = ElectionDays(compiled.elections)
    wordings = RuleCatalog.all.map { RuleWording($0, language: options.language) }
    law = LegalTable(
      rules: RuleCatalog.all, elections: compiled.elections, language: options.language, cite: cite)
  }

  /// Citations and sanctions of every rule, resolved once.
  private let law: LegalTable
  /// The elections' offsets and windows, to place each activity's date.
  private let electionDays: ElectionDays
  /// What each rule's findings say, in `RuleCatalog.all` order and the options' language.
  private let wordings: [RuleWording]

  /// Checks one activity.
  public func check(_ activity: Activity) -> Assessment {
    var workspace = Workspace()
    return check(activity, reusing: &workspace)
  }

  /// Checks one activity with the buffers of `workspace` (see ``Workspace``): the same
  /// assessment as ``check(_:)``, with fewer allocations when one workspace serves many calls.
  public func check(_ activity: Activity, reusing workspace: inout Workspace) -> Assessment {
    let scene = Scene(activity, analyzer: analyzer, reusing: &workspace)
    // Findings are worded as their rules match; the sanction and citations, which depend on
    // the phase the matches' tickets choose, are filled in after.
    var found = FindingCollector()
    if !scene.isBare {
      let own = OwnWords(scene)
      let violations = RuleCatalog.violations.count
      for k in 0..<violations where own.mayMatch(k) {
        if let m = RuleCatalog.detect(k, scene) { found.add(k, m, wordings[k], cache: &workspace.wordings) }
      }
      if found.findings.isEmpty {
        for k in violations..<RuleCatalog.all.count where own.mayMatch(k) {
          if let m = RuleCatalog.detect(k, scene) {
            found.add(k, m, wordings[k], cache: &workspace.wordings)
            break
          }
        }
      }
    }
    let (election, phase) = self.phase(for: activity, tickets: found.tickets)
    let actor = activity.actor?.type == .unknown || activity.actor == nil
      ? (options.defaultActor ?? .unknown) : (activity.actor?.type ?? .unknown)
    var verdict = Verdict.clean
    if !found.findings.isEmpty {
      let stage = SanctionResolver.stage(phase)
      verdict = .review
      var rules = found.matched
      for i in found.findings.indices {
        let k = rules.trailingZeroBitCount
        rules &= rules - 1
        found.findings[i].sanction = law.sanction(rule: k, stage: stage, actor: actor)
        found.findings[i].citations = law.citations(rule: k, actor: actor, election: election)
        if found.findings[i].severity == .violation { verdict = .violation }
      }
    }
    return Assessment(
      id: activity.id, verdict: verdict,
      score: found.score.total(inWindow: phase?.inWindow ?? true),
      findings: found.findings, phase: phase)
  }

  /// Checks activities in order.
  public func check(_ activities: [Activity]) -> [Assessment] {
    activities.map { check($0) }
  }

  /// Checks a sequence lazily, one assessment per activity, in order.
  public func assessments<S: Sequence<Activity>>(_ activities: S) -> LazyMapSequence<S, Assessment> {
    activities.lazy.map { check($0) }
  }

  /// The phase: the election the evidence refers to (else the one whose window contains the
  /// date, else the nearest), at the activity's date (else `asOf`).
  private func phase(for activity: Activity, tickets: [Int32]) -> (election: Int?, context: PhaseContext?) {
    guard let date = activity.at ?? options.asOf else { return (nil, nil) }
    let elections = analyzer.packs.elections
    guard !elections.isEmpty else { return (nil, nil) }
    // The first ticket whose election contains the date, else the first ticket's election.
    var chosen: Int?
    if !tickets.isEmpty {
      let all = analyzer.packs.tickets
      for t in tickets {
        let e = Int(all[Int(t)].election)
        if electionDays.contains(e, date) {
          chosen = e
          break
        }
      }
      if chosen == nil { chosen = Int(all[Int(tickets[0])].election) }
    }
    guard let e = chosen ?? electionDays.election(at: date) else { return (nil, nil) }
    return (e, elections[e].context(at: date))
  }
}

extension CompiledPacks {
  /// The citation with `id` from `regulations` (the packs'), else the built-in fallback.
  static func citation(_ id: String, in regulations: [String: RegulationProvision]) -> Citation {
    regulations[id]?.citation ?? FallbackCitations.citation(id)
  }
}
