import NetralText
import NetralPacks
import NetralCore

/// A span of a field that points at a contestant: a candidate, ticket, party, ballot number or
/// campaign account.
struct Reference: Sendable, Hashable {
  /// What the reference points at.
  enum Subject: Sendable, Hashable {
    case ticket(Int32)
    case party(Int32)
    case number(Int)
    /// An election-wide slogan with no single ticket.
    case election
  }

  var subject: Subject
  var signal: Signal
  /// Token range.
  var start: Int
  var end: Int
  /// Counts only with other election context.
  var ambiguous: Bool
  /// Evidence term key and how messages name it.
  var label: TermLabel
  /// The entry is a handle or official account (or an account-prefixed name).
  var isAccount: Bool = false
  /// Written as (or inside) a hashtag.
  var inHashtag: Bool = false
  /// Evidence term key.
  var key: String? { label.key }
  /// How messages name it.
  var display: String { label.display }

  init(
    subject: Subject, signal: Signal, start: Int, end: Int, ambiguous: Bool, label: TermLabel,
    isAccount: Bool = false, inHashtag: Bool = false
  ) {
    self.subject = subject
    self.signal = signal
    self.start = start
    self.end = end
    self.ambiguous = ambiguous
    self.label = label
    self.isAccount = isAccount
    self.inHashtag = inHashtag
  }

  /// A reference with a label of its own (not a lexicon entry's).
  init(
    subject: Subject, signal: Signal, start: Int, end: Int, ambiguous: Bool, key: String?, display: String,
    isAccount: Bool = false, inHashtag: Bool = false
  ) {
    self.init(
      subject: subject, signal: signal, start: start, end: end, ambiguous: ambiguous,
      label: TermLabel(key: key, display: display), isAccount: isAccount, inHashtag: inHashtag)
  }
}

/// A gesture found in a field.
struct GestureHit: Sendable, Hashable {
  var gesture: Int32
  var start: Int
  var end: Int
  var label: TermLabel
  /// Only an emoji ("✌️"), not a described gesture.
  var emojiOnly: Bool
  /// The pack marks the term unconfirmed as a partisan symbol (thumbs-up, finger-heart: on
  /// the viral lists only, regulations.md §3.4).
  var unconfirmed = false
  /// Evidence term key.
  var key: String { label.key ?? "" }
  /// How messages name it.
  var display: String { label.display }

  init(gesture: Int32, start: Int, end: Int, label: TermLabel, emojiOnly: Bool, unconfirmed: Bool = false) {
    self.gesture = gesture
    self.start = start
    self.end = end
    self.label = label
    self.emojiOnly = emojiOnly
    self.unconfirmed = unconfirmed
  }

  /// A gesture with a label of its own (not a lexicon entry's).
  init(gesture: Int32, start: Int, end: Int, key: String, display: String, emojiOnly: Bool) {
    self.init(gesture: gesture, start: start, end: end, label: TermLabel(key: key, display: display), emojiOnly: emojiOnly)
  }
}

/// A vocabulary span of one category.
struct Cue: Sendable, Hashable {
  var start: Int
  var end: Int
  var label: TermLabel
  var agentNoun: Bool = false
  /// The vocabulary term is marked ambiguous.
  var ambiguous: Bool = false
  /// The ``CueSlot`` of the term's category (the field keeps its cues grouped by it).
  var slot: UInt8 = 0
  /// Evidence term key.
  var key: String { label.key ?? "" }
  /// How messages name it.
  var display: String { label.display }

  init(start: Int, end: Int, label: TermLabel, agentNoun: Bool = false, ambiguous: Bool = false, slot: UInt8 = 0) {
    self.start = start
    self.end = end
    self.label = label
    self.agentNoun = agentNoun
    self.ambiguous = ambiguous
    self.slot = slot
  }

  /// A cue with a label of its own (not a lexicon entry's).
  init(start: Int, end: Int, key: String, display: String) {
    self.init(start: start, end: end, label: TermLabel(key: key, display: display))
  }
}

/// A stance the field takes towards a reference.
struct Stance: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case support, opposition }
  var kind: Kind
  /// The stance word (support verb, hostile word, negation or slogan), if any.
  var cue: Cue?
  var reference: Reference
  /// Stance came from a mobilising appeal ("ayo", "rekan-rekan ASN").
  var mobilizing: Cue?
}

/// The evidence term key and display of a reference, gesture or cue, one shared object per
/// lexicon entry (``Analyzer`` makes them once): a copy of a reference, gesture or cue then
/// retains and releases one object instead of two strings (about 60 instructions each).
final class TermLabel: Sendable, Hashable {
  /// Evidence term key (`nil` for a ballot number).
  let key: String?
  /// How messages name the term.
  let display: String

  init(key: String?, display: String) {
    self.key = key
    self.display = display
  }

  static func == (l: TermLabel, r: TermLabel) -> Bool { l === r || (l.key == r.key && l.display == r.display) }

  func hash(into hasher: inout Hasher) {
    hasher.combine(key)
    hasher.combine(display)
  }
}
