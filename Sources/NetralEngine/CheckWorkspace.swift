import NetralText

extension Checker {
  /// Buffers that ``Checker/check(_:reusing:)`` reuses from one activity to the next, so that
  /// checking an activity allocates less once they have grown to the activities' size.
  ///
  /// Keep one workspace per thread (or per batch of activities) and pass it to every call. An
  /// assessment never shares storage with it: what the check kept in its buffers is dropped
  /// with the activity's analysis before the call returns, so the next call writes into them
  /// in place. Copies of a workspace are independent values, like arrays.
  public struct Workspace: Sendable {
    /// One set of buffers per field an activity's analysis holds at once (target author,
    /// text, target text, then media), so the fields of one activity do not take each other's.
    var fields: [FieldWorkspace] = []
    /// The messages and fixes of recent findings (``WordingCache``).
    var wordings = WordingCache()

    /// An empty workspace; its buffers are allocated by the first checks that use them.
    public init() {}
  }
}

/// The reusable buffers for analysing one field (see ``Checker/Workspace``).
struct FieldWorkspace: Sendable {
  /// The normalizer's buffers and its result's storage.
  var normalizer = Normalizer.Workspace()
  /// The storage of the field's token codes.
  var codes: [Lexicon.Code] = []
  /// The codes of the tokens of the field's recent texts.
  var codeCache = Lexicon.CodeCache()
  /// The storage of the field's lexicon hits.
  var hits: [Lexicon.Hit] = []
  /// The storage of the field's clause numbers.
  var clause: [Int] = []
  /// The storage of the field's references, gestures, cues and stances
  /// (``FieldAnalysis/adoptBuffers(_:)``).
  var references: [Reference] = []
  var gestures: [GestureHit] = []
  var cues: [Cue] = []
  var stances: [Stance] = []
}
