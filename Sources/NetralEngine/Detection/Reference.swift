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
  /// Evidence term key.
  var key: String?
  /// How messages name it.
  var display: String
  /// The entry is a handle or official account (or an account-prefixed name).
  var isAccount: Bool = false
  /// Written as (or inside) a hashtag.
  var inHashtag: Bool = false
}

/// A gesture found in a field.
struct GestureHit: Sendable, Hashable {
  var gesture: Int32
  var start: Int
  var end: Int
  var key: String
  var display: String
  /// Only an emoji ("✌️"), not a described gesture.
  var emojiOnly: Bool
  /// The pack marks the term unconfirmed as a partisan symbol (thumbs-up, finger-heart: on
  /// the viral lists only, regulations.md §3.4).
  var unconfirmed = false
}

/// A vocabulary span of one category.
struct Cue: Sendable, Hashable {
  var start: Int
  var end: Int
  var key: String
  var display: String
  var agentNoun: Bool = false
  /// The vocabulary term is marked ambiguous.
  var ambiguous: Bool = false
  /// The ``CueSlot`` of the term's category (the field keeps its cues grouped by it).
  var slot: UInt8 = 0
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
