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

  /// Adds what field `f` holds.
  private mutating func add(_ f: borrowing FieldAnalysis) {
    f.cueStore.withUnsafeBufferPointer { cues in
      for i in cues.indices { slots |= 1 << UInt32(cues[i].slot) }
    }
    if !f.stances.isEmpty { stances = true }
    if !f.gestures.isEmpty { gestures = true }
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
  }

  /// Whether an own field has a cue of `category`.
  func has(_ category: VocabularyCategory) -> Bool {
    slots & (1 << UInt32(CueSlot.of(category))) != 0
  }

  /// Whether rule number `k` of ``RuleCatalog/all`` can match: `false` only when the rule
  /// needs in the own words something they lack (each rule checks the same again, field by
  /// field; `RuleGateTests` holds the two together on the dev set).
  func mayMatch(_ k: Int) -> Bool {
    switch k {
    // Campaign support: a stance or a gesture in the text, or (through mobilization) an event.
    case 0: stances || textGestures || has(.event)
    // Campaign opposition: a stance.
    case 1: stances
    // Mobilization: a stance or an event word.
    case 2: stances || has(.event)
    case 3: has(.attribute)
    case 4: has(.event)
    case 5: has(.membership)
    case 6: has(.ktpSupport)
    // Gesture symbol: a gesture in an own field.
    case 11: gestures
    default: true
    }
  }
}
