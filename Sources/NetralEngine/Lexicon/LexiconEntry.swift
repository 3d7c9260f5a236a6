import NetralCore
import NetralPacks

/// What a compiled pack term stands for.
enum EntryKind: Sendable, Hashable {
  /// A candidate's full name, short name or nickname.
  case candidate(ticket: Int32)
  /// A ticket's pair name or acronym ("Prabowo-Gibran", "AMIN").
  case ticketName(ticket: Int32)
  /// A candidate handle or a ticket's official/campaign account.
  case ticketAccount(ticket: Int32)
  /// A party name or abbreviation.
  case party(Int32)
  /// A party logo symbol in words ("banteng moncong putih").
  case partySymbol(Int32)
  /// A party logo emoji ("🐃").
  case partyEmoji(Int32)
  /// A party's official account.
  case partyAccount(Int32)
  /// A slogan or hashtag of a ticket (or of an election, ticket `-1`), or of a party.
  case slogan(ticket: Int32, party: Int32)
  /// A gesture phrase or emoji.
  case gesture(Int32)
  /// Generic vocabulary.
  case vocabulary(VocabularyCategory)

  /// Whether the entry names a contestant (candidate, ticket or party).
  var isContestant: Bool {
    switch self {
    case .candidate, .ticketName, .ticketAccount, .party, .partySymbol, .partyEmoji, .partyAccount,
      .slogan:
      true
    case .gesture, .vocabulary: false
    }
  }
}

/// One compiled term: what it stands for, how sure, and how to name it in evidence.
struct LexiconEntry: Sendable, Hashable {
  var kind: EntryKind
  /// Ordinary word too; counts only with other election context.
  var ambiguous: Bool
  var confidence: Confidence
  /// Evidence term key, e.g. `pemilu-2024/candidate/prabowo-subianto`.
  var key: String
  /// How messages name it, e.g. `Prabowo Subianto`.
  var display: String
  /// Whether the term was written as a hashtag or mention in the pack.
  var tagged: Bool

  /// Whether the entry is a person's, ticket's, party's or account's name (misspellings of
  /// names are tolerated).
  var isName: Bool {
    switch kind {
    case .candidate, .ticketName, .ticketAccount, .party, .partyAccount: true
    default: false
    }
  }
}

/// A ticket, flattened across all packs.
struct CompiledTicket: Sendable, Hashable {
  var id: String
  var election: Int32
  var number: Int
  var display: String
  var parties: [Int32]
}

/// A party, flattened across all packs.
struct CompiledParty: Sendable, Hashable {
  var id: String
  var name: String
  var number: Int?
}
