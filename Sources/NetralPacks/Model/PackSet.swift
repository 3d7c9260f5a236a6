internal import NetralCore

/// The packs in force for one run: the base pack plus election packs and users' packs.
public struct PackSet: Sendable, Hashable {
  /// The packs, in load order.
  public var packs: [Pack]

  /// Creates a pack set.
  public init(_ packs: [Pack]) { self.packs = packs }

  /// Every election of every pack.
  public var elections: [Election] { packs.flatMap(\.elections) }
  /// Every party of every pack.
  public var parties: [Party] { packs.flatMap(\.parties) }
  /// Every gesture of every pack.
  public var gestures: [Gesture] { packs.flatMap(\.gestures) }
  /// Every regulation provision of every pack.
  public var regulations: [RegulationProvision] { packs.flatMap(\.regulations) }

  /// Every term of `category` across packs.
  public func vocabulary(_ category: VocabularyCategory) -> [Term] {
    packs.flatMap { $0.vocabulary[category] ?? [] }
  }

  /// The party with `id`, from the first pack that defines it.
  public func party(id: String) -> Party? { parties.first { $0.id == id } }

  /// The gesture with `id`, from the first pack that defines it.
  public func gesture(id: String) -> Gesture? { gestures.first { $0.id == id } }

  /// The regulation provision whose citation id is `id`.
  public func regulation(id: String) -> RegulationProvision? {
    regulations.first { $0.citation.id == id }
  }

  /// The ticket with `id` and the election it belongs to.
  public func ticket(id: String) -> (election: Election, ticket: Ticket)? {
    for election in elections {
      if let ticket = election.tickets.first(where: { $0.id == id }) { return (election, ticket) }
    }
    return nil
  }
}
