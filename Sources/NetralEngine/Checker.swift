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
/// threads. PLACEHOLDER until the engine lands.
public struct Checker: Sendable {
  /// The rules this checker applies.
  public let rules: [RuleDescription]

  /// Compiles `packs` into a checker.
  public init(packs: PackSet, options: CheckOptions = CheckOptions()) throws {
    rules = []
  }

  /// Checks one activity.
  public func check(_ activity: Activity) -> Assessment {
    Assessment(id: activity.id, verdict: .clean, score: 0)
  }
}
