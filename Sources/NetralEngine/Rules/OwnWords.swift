import NetralCore
import NetralPacks

/// What the actor's own words (the text and the media descriptions) hold, gathered once per
/// scene: the vocabulary categories of their cues, whether they take a stance, whether they
/// show a gesture. A rule that needs one of these in the own words is not asked when the scene
/// has none (most activities match no rule, and asking each rule to look cost more than this).
struct OwnWords {
  /// One bit per ``CueSlot`` with a cue.
  private var slots: UInt32 = 0
  /// An own field takes a stance.
  private(set) var stances = false
  /// An own field shows a gesture.
  private(set) var gestures = false
  /// The text shows a gesture.
  private(set) var textGestures = false
  /// A field (own or the target's) has a reference that counts without further context.
  private var accepted = false
  /// The target's author or text may make an interaction campaign: the author has a
  /// reference or an account prefix (``Scene/campaignAccount(_:into:tickets:)``'s first
  /// check), or the text takes a stance.
  private var campaignTarget = false

  /// Adds what field `f` holds.
  private mutating func add(_ f: borrowing FieldAnalysis) {
    slots |= f.cueSlots
    if !f.stances.isEmpty { stances = true }
    if !f.gestures.isEmpty { gestures = true }
    if !accepted { accepted = Self.accepts(f) }
  }

  /// Whether `f` has a reference that is not ambiguous.
  private static func accepts(_ f: borrowing FieldAnalysis) -> Bool {
    f.references.contains { !$0.ambiguous }
  }

  /// The own words of `scene`, its fields read in place.
  init(_ scene: borrowing Scene) {
    if let text = scene.text {
      add(text)
      textGestures = !text.gestures.isEmpty
    }
    scene.mediaDescriptions.withUnsafeBufferPointer { fields in
      for i in fields.indices { add(fields[i]) }
    }
    if let a = scene.targetAuthor {
      campaignTarget = !a.references.isEmpty || a.has(.accountPrefix)
      if !accepted { accepted = Self.accepts(a) }
    }
    if let t = scene.targetText {
      if !t.stances.isEmpty { campaignTarget = true }
      if !accepted { accepted = Self.accepts(t) }
    }
    candidates = candidates(kind: scene.kind, hasMedia: scene.hasMedia)
  }

  /// The rules of ``RuleCatalog/all`` (one bit each, by index) that can match an activity of
  /// `kind` with these own words. Each line repeats its rule's first checks: the kinds it
  /// takes, then what it needs in the own words.
  private func candidates(kind: Activity.Kind, hasMedia: Bool) -> UInt32 {
    let authored = kind == .post || kind == .comment || kind == .share
    let membership = kind == .follow || kind == .join
    let shown = !(kind == .like || membership)
    var c: UInt32 = 0
    func rule(_ k: UInt32, _ may: Bool) { if may { c |= 1 << k } }
    // Campaign support: a stance or a gesture in the text, or (through mobilization) an event.
    rule(0, authored && (stances || textGestures || has(.event)))
    rule(1, authored && stances)
    // Mobilization: a stance or an event word.
    rule(2, authored && (stances || has(.event)))
    rule(3, authored && has(.attribute))
    rule(4, authored && has(.event))
    rule(5, shown && has(.membership))
    rule(6, authored && has(.ktpSupport))
    rule(7, (kind == .like || kind == .comment || kind == .share) && campaignTarget)
    rule(8, membership)
    rule(9, hasMedia && shown && kind != .profile)
    rule(10, kind == .profile)
    rule(11, shown && gestures)
    // Election mention: an accepted reference in an own field or the target's.
    rule(12, !membership && accepted)
    return c
  }

  /// Whether an own field has a cue of `category`.
  func has(_ category: VocabularyCategory) -> Bool {
    slots & (1 << UInt32(CueSlot.of(category))) != 0
  }

  /// One bit per rule of ``RuleCatalog/all`` that ``mayMatch(_:)``, set once.
  private var candidates: UInt32 = 0

  /// Whether rule number `k` of ``RuleCatalog/all`` can match: `false` only when the rule
  /// does not take the activity's kind or needs in the own words something they lack (each
  /// rule checks the same again, field by field; `RuleGateTests` holds the two together on the
  /// dev set).
  @inline(__always)
  func mayMatch(_ k: Int) -> Bool { candidates & (1 << UInt32(k)) != 0 }
}
