import NetralCore

/// How to import an input.
public struct ImportOptions: Sendable {
  /// The archive owner, made the actor of every imported activity. Its `type` and `name`
  /// override what the archive says (`--actor pns --actor-name "…"`); for JSON Lines and CSV
  /// they fill in activities that lack them.
  public var actor: Actor?
  /// The input's format; `nil` sniffs it from the name, layout and content.
  public var format: InputFormat?
  /// Bounds against hostile archives and enormous records.
  public var limits: ArchiveLimits

  /// Creates options.
  public init(
    actor: Actor? = nil, format: InputFormat? = nil, limits: ArchiveLimits = ArchiveLimits()
  ) {
    self.actor = actor
    self.format = format
    self.limits = limits
  }
}
