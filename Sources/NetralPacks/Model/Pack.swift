public import NetralCore

/// One election pack: the knowledge netral checks against, as a compliance officer wrote it.
///
/// Packs compose: a base pack (regulations, generic vocabulary, gestures) plus any number of
/// election packs in force at once.
public struct Pack: Sendable, Hashable {
  /// Unique id, e.g. `base`, `pemilu-2024`, `pilkada-2024-kota-jambi`.
  public var id: String
  /// Human title.
  public var title: String
  /// Pack format version (currently 1).
  public var format: Int
  /// Where the pack was loaded from (file path or `bundled:NAME`), for messages.
  public var source: String
  /// Elections this pack describes (usually one; none for the base pack).
  public var elections: [Election]
  /// Parties (national parties live in the Pemilu pack; Pilkada packs refer to them by id).
  public var parties: [Party]
  /// Hand gestures and salutes.
  public var gestures: [Gesture]
  /// Generic vocabulary by category (support verbs, campaign words, negations, …).
  public var vocabulary: [VocabularyCategory: [Term]]
  /// Regulation provisions that rules cite.
  public var regulations: [RegulationProvision]

  /// Creates a pack.
  public init(
    id: String, title: String, format: Int = 1, source: String, elections: [Election] = [],
    parties: [Party] = [], gestures: [Gesture] = [],
    vocabulary: [VocabularyCategory: [Term]] = [:], regulations: [RegulationProvision] = []
  ) {
    self.id = id
    self.title = title
    self.format = format
    self.source = source
    self.elections = elections
    self.parties = parties
    self.gestures = gestures
    self.vocabulary = vocabulary
    self.regulations = regulations
  }
}

/// One election: Pilpres, Pileg, a Pilkada contest, …
public struct Election: Sendable, Hashable {
  /// The kind of election.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    case pilpres, pileg, pilkada, pilkades, pemilu, other
  }

  /// Unique id, e.g. `pilpres-2024`, `pilgub-banten-2024`.
  public var id: String
  /// Human title.
  public var title: String
  /// Kind.
  public var kind: Kind
  /// Region, when local: province and regency/city.
  public var region: Region?
  /// IANA time zone the calendar dates are in, e.g. `Asia/Jakarta`.
  public var timeZone: String
  /// Named phases with dates, in order.
  public var calendar: [CalendarPhase]
  /// Candidate pairs (or single candidates) with their ballot numbers.
  public var tickets: [Ticket]
  /// Hashtags and slogans not tied to one ticket.
  public var slogans: [Slogan]
  /// Gesture meanings in this election: which finger count or salute signals which ticket.
  public var gestureMeanings: [GestureMeaning]

  /// Creates an election.
  public init(
    id: String, title: String, kind: Kind, region: Region? = nil,
    timeZone: String = "Asia/Jakarta", calendar: [CalendarPhase] = [], tickets: [Ticket] = [],
    slogans: [Slogan] = [], gestureMeanings: [GestureMeaning] = []
  ) {
    self.id = id
    self.title = title
    self.kind = kind
    self.region = region
    self.timeZone = timeZone
    self.calendar = calendar
    self.tickets = tickets
    self.slogans = slogans
    self.gestureMeanings = gestureMeanings
  }
}

/// Where a local election is held.
public struct Region: Sendable, Hashable {
  /// Province, e.g. `Jambi`.
  public var province: String
  /// Regency or city, e.g. `Kota Jambi`; `nil` for a governor election.
  public var regency: String?

  /// Creates a region.
  public init(province: String, regency: String? = nil) {
    self.province = province
    self.regency = regency
  }
}

/// One phase of an election calendar, `start` to `end` inclusive, as dates in the election's
/// time zone.
public struct CalendarPhase: Sendable, Hashable {
  /// The phase.
  public var phase: Phase
  /// First day, `YYYY-MM-DD`.
  public var start: String
  /// Last day, `YYYY-MM-DD`.
  public var end: String
  /// How sure the sources are of these dates.
  public var confidence: Confidence

  /// Creates a calendar phase.
  public init(phase: Phase, start: String, end: String, confidence: Confidence = .high) {
    self.phase = phase
    self.start = start
    self.end = end
    self.confidence = confidence
  }
}

/// A ticket on the ballot: a candidate pair (or a single candidate) with a ballot number.
public struct Ticket: Sendable, Hashable {
  /// Unique id within the pack, e.g. `pilpres-2024/02`.
  public var id: String
  /// Ballot number (nomor urut).
  public var number: Int
  /// Names of the pair as a whole: "Prabowo-Gibran", acronyms "AMIN", "RIDO", "LUMAN".
  public var names: [Term]
  /// The candidates.
  public var candidates: [Candidate]
  /// Ids of the coalition's parties.
  public var parties: [String]
  /// Campaign hashtags and slogans of this ticket.
  public var slogans: [Slogan]
  /// Official and campaign accounts (handles, page names).
  public var accounts: [Term]

  /// Creates a ticket.
  public init(
    id: String, number: Int, names: [Term] = [], candidates: [Candidate] = [],
    parties: [String] = [], slogans: [Slogan] = [], accounts: [Term] = []
  ) {
    self.id = id
    self.number = number
    self.names = names
    self.candidates = candidates
    self.parties = parties
    self.slogans = slogans
    self.accounts = accounts
  }
}

/// One candidate.
public struct Candidate: Sendable, Hashable {
  /// Role on the ticket.
  public enum Role: String, Sendable, Hashable, CaseIterable {
    case capres, cawapres, cagub, cawagub, cabup, cawabup, cawalkot, cawawalkot, caleg, calon
  }

  /// Unique id, e.g. `prabowo-subianto`.
  public var id: String
  /// Full name, e.g. `Prabowo Subianto`.
  public var fullName: String
  /// Short names and nicknames ("Prabowo", "Cak Imin", "Gus Imin", "Kang Emil").
  public var names: [Term]
  /// Social-media handles ("@prabowo").
  public var handles: [Term]
  /// Role.
  public var role: Role

  /// Creates a candidate.
  public init(
    id: String, fullName: String, names: [Term] = [], handles: [Term] = [], role: Role
  ) {
    self.id = id
    self.fullName = fullName
    self.names = names
    self.handles = handles
    self.role = role
  }
}

/// A political party.
public struct Party: Sendable, Hashable {
  /// Unique id, e.g. `pdip`.
  public var id: String
  /// Full name, e.g. `PDI Perjuangan`.
  public var name: String
  /// Abbreviations and spellings ("PDI-P", "PDIP", "PDI Perjuangan").
  public var abbreviations: [Term]
  /// Ballot number in the national election, if any.
  public var number: Int?
  /// Logo symbols as words ("banteng moncong putih"); usually ambiguous.
  public var symbols: [Term]
  /// Emoji standing for the logo ("🐃", "🌳").
  public var emoji: [Term]
  /// Colours.
  public var colors: [Term]
  /// Slogans and hashtags.
  public var slogans: [Slogan]
  /// Official accounts.
  public var accounts: [Term]

  /// Creates a party.
  public init(
    id: String, name: String, abbreviations: [Term] = [], number: Int? = nil,
    symbols: [Term] = [], emoji: [Term] = [], colors: [Term] = [], slogans: [Slogan] = [],
    accounts: [Term] = []
  ) {
    self.id = id
    self.name = name
    self.abbreviations = abbreviations
    self.number = number
    self.symbols = symbols
    self.emoji = emoji
    self.colors = colors
    self.slogans = slogans
    self.accounts = accounts
  }
}

/// A campaign hashtag or slogan.
public struct Slogan: Sendable, Hashable {
  /// The hashtag (`#PrabowoGemoy`) or phrase ("sat set").
  public var term: Term

  /// Creates a slogan.
  public init(_ term: Term) { self.term = term }
}

/// A hand gesture or salute, generic across elections.
public struct Gesture: Sendable, Hashable {
  /// Unique id, e.g. `salam-dua-jari`.
  public var id: String
  /// Phrases that describe it ("salam dua jari", "V sign", "mengacungkan dua jari").
  public var phrases: [Term]
  /// Emoji for it ("✌️").
  public var emoji: [Term]
  /// The finger count it shows, if it shows a number.
  public var fingers: Int?

  /// Creates a gesture.
  public init(id: String, phrases: [Term] = [], emoji: [Term] = [], fingers: Int? = nil) {
    self.id = id
    self.phrases = phrases
    self.emoji = emoji
    self.fingers = fingers
  }
}

/// What a gesture signals in one election.
public struct GestureMeaning: Sendable, Hashable {
  /// Whether the gesture supports or opposes the ticket.
  public enum Stance: String, Sendable, Hashable, CaseIterable { case support, opposition }

  /// The gesture's id.
  public var gesture: String
  /// The ticket it refers to.
  public var ticket: String
  /// Support or opposition.
  public var stance: Stance
  /// A note ("salam 4 jari: 01 + 03, against 02").
  public var note: String?

  /// Creates a gesture meaning.
  public init(gesture: String, ticket: String, stance: Stance, note: String? = nil) {
    self.gesture = gesture
    self.ticket = ticket
    self.stance = stance
    self.note = note
  }
}

/// One provision of a regulation that rules cite.
public struct RegulationProvision: Sendable, Hashable {
  /// The citation (id, instrument, provision, summary, confidence).
  public var citation: Citation
  /// The sanction it sets, by stage, when it sets one.
  public var sanctions: [StageSanction]
  /// Actor categories it applies to.
  public var appliesTo: [Actor.Category]
  /// Source URLs from the research doc.
  public var sources: [String]
  /// For a regional instrument (a governor's, regent's or mayor's circular), the region it binds;
  /// `nil` for a national instrument. The engine cites a regional provision only when the matched
  /// election is in that region.
  public var region: Region?

  /// Creates a provision.
  public init(
    citation: Citation, sanctions: [StageSanction] = [], appliesTo: [Actor.Category] = [],
    sources: [String] = [], region: Region? = nil
  ) {
    self.citation = citation
    self.sanctions = sanctions
    self.appliesTo = appliesTo
    self.sources = sources
    self.region = region
  }
}
