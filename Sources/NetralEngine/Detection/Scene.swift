import NetralText
import NetralCore
import NetralPacks

/// One activity analysed field by field, with the questions rules ask about it.
struct Scene: Sendable {
  /// What the activity is. The scene keeps what rules ask of the activity itself, not the
  /// activity (copying it retained each of its strings once more per check).
  let kind: Activity.Kind
  /// The actor's category, when the activity names an actor.
  let actorType: Actor.Category?
  /// Whether the activity has photos or videos.
  let hasMedia: Bool
  let text: FieldAnalysis?
  let targetAuthor: FieldAnalysis?
  let targetText: FieldAnalysis?
  let mediaDescriptions: [FieldAnalysis]
  let mediaPeople: [FieldAnalysis]
  /// The analyzer, which holds the compiled packs (shared, not copied).
  let analyzer: Analyzer
  /// The compiled packs.
  var packs: CompiledPacks { analyzer.packs }

  /// The scene of `activity`, its fields analysed with the buffers of `workspace` (field `k`
  /// analysed, in the order below, uses the workspace's `k`th set).
  init(_ activity: borrowing Activity, analyzer: Analyzer, reusing workspace: inout Checker.Workspace) {
    var slot = 0
    func analyze(_ text: String, _ field: ActivityField, extraContext: Bool = false) -> FieldAnalysis {
      if slot == workspace.fields.count { workspace.fields.append(FieldWorkspace()) }
      defer { slot += 1 }
      return analyzer.analyze(text, field: field, extraContext: extraContext, reusing: &workspace.fields[slot])
    }
    // Fields are built in locals and stored once (assigning them one by one to `self` made the
    // optimizer copy the whole scene).
    var targetAuthor: FieldAnalysis?
    var text: FieldAnalysis?
    var targetText: FieldAnalysis?
    var mediaDescriptions: [FieldAnalysis] = []
    var mediaPeople: [FieldAnalysis] = []
    if let t = activity.target?.author, !t.isEmpty { targetAuthor = analyze(t, .targetAuthor) }
    // Words on a contestant's own post need no further election context ("2 periode!").
    let onCampaign = targetAuthor.map { a in a.references.contains { !$0.ambiguous && $0.subject != .election } || a.has(.accountPrefix) } ?? false
    if let t = activity.text, !t.isEmpty { text = analyze(t, .text, extraContext: onCampaign) }
    if let t = activity.target?.text, !t.isEmpty { targetText = analyze(t, .targetText) }
    for (i, m) in activity.media.enumerated() {
      if let d = m.description, !d.isEmpty {
        mediaDescriptions.append(analyze(d, .mediaDescription(i)))
      }
      for (j, p) in m.people.enumerated() where !p.isEmpty {
        var a = analyze(p, .mediaPerson(media: i, person: j))
        // A tagged person is a name on its own: a candidate's name needs no further context.
        // ("Gibran Al Fatih" is someone else: the name must cover every word but honorifics).
        let words = a.tokens.indices.filter { a.tokens[$0].kind != .emoji && !BuiltInCues.honorifics.contains(a.text($0)) }
        for k in a.references.indices where a.references[k].signal == .candidate || a.references[k].isAccount {
          let r = a.references[k]
          a.references[k].ambiguous = !words.allSatisfy({ r.start <= $0 && $0 < r.end })
        }
        mediaPeople.append(a)
      }
    }
    kind = activity.kind
    actorType = activity.actor?.type
    hasMedia = !activity.media.isEmpty
    self.analyzer = analyzer
    self.text = text
    self.targetAuthor = targetAuthor
    self.targetText = targetText
    self.mediaDescriptions = mediaDescriptions
    self.mediaPeople = mediaPeople
  }

  /// Every field is bare (``FieldAnalysis/isBare``): no rule can match.
  var isBare: Bool {
    (text?.isBare ?? true) && (targetAuthor?.isBare ?? true) && (targetText?.isBare ?? true)
      && mediaDescriptions.allSatisfy { $0.isBare } && mediaPeople.allSatisfy { $0.isBare }
  }

  /// The first result of `body` over the actor's own words, the text and then the media
  /// descriptions, each read in place (they are not gathered into an array: that copied the
  /// text, and a `for` loop over an array, or even its subscript, copies every field).
  func firstOwnField<T>(_ body: (FieldAnalysis) -> T?) -> T? {
    // The text is read from the scene itself, which is borrowed: the optimizer copies what
    // it reads from an array's buffer (it cannot prove `body` leaves the buffer alone), but
    // not a field of a borrowed value.
    if let text, let result = body(text) { return result }
    return mediaDescriptions.withUnsafeBufferPointer { fields in
      for i in fields.indices {
        if let result = body(fields[i]) { return result }
      }
      return nil
    }
  }

  /// Calls `body` with each of the actor's own words, in ``firstOwnField(_:)``'s order.
  func forEachOwnField(_ body: (FieldAnalysis) -> Void) {
    let none: Void? = firstOwnField { f in
      body(f)
      return nil
    }
    _ = none
  }

  /// Whether the actor authored content (post, comment, share with own words, profile).
  var authored: Bool {
    switch kind {
    case .post, .comment, .share: true
    case .like, .follow, .join, .profile: false
    }
  }

  /// Whether a field only reports, reminds of the rules or informs neutrally.
  static func informational(_ a: FieldAnalysis) -> Bool {
    a.has(.reporting) || a.has(.neutrality) || a.has(.electionBody)
  }

  /// Tickets referred to (directly, by party, or by number in the date's election).
  func tickets(_ refs: [Reference]) -> [Int32] {
    var out: [Int32] = []
    for r in refs {
      switch r.subject {
      case .ticket(let t): out.append(t)
      case .party(let p):
        for (i, t) in packs.tickets.enumerated() where t.parties.contains(p) { out.append(Int32(i)) }
      case .number, .election: break
      }
    }
    return out
  }

  /// Whether a field's text campaigns: it takes a stance, or names a contestant next to a
  /// campaign word, ballot number or slogan.
  static func campaigns(_ a: FieldAnalysis?) -> [Stance] {
    guard let a else { return [] }
    return a.stances
  }
}
