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
}
