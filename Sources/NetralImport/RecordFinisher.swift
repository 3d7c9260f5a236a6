import NetralCore

/// Gives every imported activity its actor and platform, and skips activities that hold
/// nothing to audit, so every record is decided in one place.
struct RecordFinisher: Sendable {
  /// The actor from the options (`--actor`, `--actor-name`).
  var override: Actor?
  /// The archive's owner as the archive names it, when known.
  var owner: Actor?
  /// Platform to write when the activity has none.
  var platform: String?

  /// The reason a record without text, target or media is skipped.
  static let nothingToAudit = "no text and no target"

  @inline(__always)  // into the line decoder: the activity is not copied into each result
  func finish(_ activity: consuming Activity) -> SourceRecord.Content {
    // Consumed: the caller's activity is completed in place, not copied.
    if activity.platform == nil, let platform { activity.platform = platform }
    // Without an owner or an override the actor stays as the line gave it.
    if owner != nil || override != nil {
      var actor = activity.actor ?? owner ?? Actor()
      if let owner, activity.actor != nil {
        if actor.id == nil { actor.id = owner.id }
        if actor.name == nil { actor.name = owner.name }
      }
      if let override {
        if override.type != .unknown { actor.type = override.type }
        if let name = override.name { actor.name = name }
        if let id = override.id { actor.id = id }
      }
      if actor != Actor() || activity.actor != nil { activity.actor = actor }
    }
    if !Self.hasText(activity), !Self.hasTarget(activity), activity.media.isEmpty {
      return .skipped(reason: Self.nothingToAudit)
    }
    return .activity(consume activity)
  }

  /// Whether the activity has a target with any field set (`target != Target()` without
  /// copying the target).
  private static func hasTarget(_ a: borrowing Activity) -> Bool {
    a.target?.author != nil || a.target?.text != nil || a.target?.kind != nil
      || a.target?.url != nil
  }

  /// Whether the activity has a non-empty text field (``NetralCore/Activity/textFields``
  /// without building the list). Inlined and borrowed: called, it got its own copy of the
  /// activity (a 208-byte memcpy a record).
  @inline(__always)
  private static func hasText(_ a: borrowing Activity) -> Bool {
    if let t = a.text, !t.isEmpty { return true }
    if let t = a.target?.author, !t.isEmpty { return true }
    if let t = a.target?.text, !t.isEmpty { return true }
    return a.media.contains { m in !(m.description ?? "").isEmpty || m.people.contains { !$0.isEmpty } }
  }

  @inline(__always)  // see finish(_:)
  func record(source: String, position: Int, _ content: consuming SourceRecord.Content)
    -> SourceRecord
  {
    // Consumed and switched over: the activity's id is read without copying the activity.
    let id: String
    switch content {
    case .activity(let activity): id = activity.id
    case .skipped, .unreadable: id = "\(source):\(position)"
    }
    return SourceRecord(source: source, position: position, id: id, content: content)
  }
}
