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
    law = LegalTable(
      rules: RuleCatalog.all, elections: compiled.elections, language: options.language, cite: cite)
  }

  /// Citations and sanctions of every rule, resolved once.
  private let law: LegalTable

  /// Checks one activity.
  public func check(_ activity: Activity) -> Assessment {
    var workspace = Workspace()
    return check(activity, reusing: &workspace)
  }

  /// Checks one activity with the buffers of `workspace` (see ``Workspace``): the same
  /// assessment as ``check(_:)``, with fewer allocations when one workspace serves many calls.
  public func check(_ activity: Activity, reusing workspace: inout Workspace) -> Assessment {
    let scene = Scene(activity, analyzer: analyzer, reusing: &workspace)
    // Matches with their rule's number in `RuleCatalog.all`.
    var matches: [(rule: Int, match: RuleMatch)] = []
    if !scene.isBare {
      let violations = RuleCatalog.violations.count
      for k in 0..<violations {
        if let m = RuleCatalog.detect(k, scene) { matches.append((k, m)) }
      }
      if matches.isEmpty {
        for k in violations..<RuleCatalog.all.count {
          if let m = RuleCatalog.detect(k, scene) {
            matches.append((k, m))
            break
          }
        }
      }
    }
    let (election, phase) = self.phase(for: activity, tickets: matches.flatMap { $0.match.tickets })
    let stage = SanctionResolver.stage(phase)
    let actor = activity.actor?.type == .unknown || activity.actor == nil
      ? (options.defaultActor ?? .unknown) : (activity.actor?.type ?? .unknown)
    var findings: [Finding] = []
    findings.reserveCapacity(matches.count)
    var weights: [(severity: Severity, strength: Int)] = []
    for (k, match) in matches {
      let rule = RuleCatalog.all[k]
      findings.append(
        Finding(
          rule: rule.id, severity: rule.severity, message: rule.message(match, in: options.language),
          sanction: law.sanction(rule: k, stage: stage, actor: actor),
          citations: law.citations(rule: k, actor: actor, election: election), evidence: match.evidence,
          suggestion: rule.suggestion(match, in: options.language)))
      weights.append((rule.severity, match.strength))
    }
    let verdict: Verdict =
      findings.contains { $0.severity == .violation } ? .violation : findings.isEmpty ? .clean : .review
    return Assessment(
      id: activity.id, verdict: verdict,
      score: Scorer.score(weights, inWindow: phase?.inWindow ?? true),
      findings: findings, phase: phase)
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
  /// date), at the activity's date (else `asOf`).
  private func phase(for activity: Activity, tickets: [Int32]) -> (election: Int?, context: PhaseContext?) {
    guard let date = activity.at ?? options.asOf else { return (nil, nil) }
    let elections = analyzer.packs.elections
    guard !elections.isEmpty else { return (nil, nil) }
    var candidates: [Int] = []
    for t in tickets {
      let e = Int(analyzer.packs.tickets[Int(t)].election)
      if !candidates.contains(e) { candidates.append(e) }
    }
    if let e = candidates.first(where: { elections[$0].contains(date) }) ?? candidates.first {
      return (e, elections[e].context(at: date))
    }
    if let e = elections.firstIndex(where: { $0.contains(date) }) { return (e, elections[e].context(at: date)) }
    // Outside every window: report against the nearest election.
    let nearest = elections.indices.min { a, b in
      abs((elections[a].window?.lowerBound ?? 0) - elections[a].localDay(date))
        < abs((elections[b].window?.lowerBound ?? 0) - elections[b].localDay(date))
    }
    return (nearest, nearest.map { elections[$0].context(at: date) })
  }
}

extension CompiledPacks {
  /// The citation with `id` from `regulations` (the packs'), else the built-in fallback.
  static func citation(_ id: String, in regulations: [String: RegulationProvision]) -> Citation {
    regulations[id]?.citation ?? FallbackCitations.citation(id)
  }
}
