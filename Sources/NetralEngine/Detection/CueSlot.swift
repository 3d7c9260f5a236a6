import NetralPacks

/// A vocabulary category as an array index, so a field's cues are found without hashing.
enum CueSlot {
  /// Number of categories.
  static let count = 18

  /// The index of `category` (declaration order).
  @inline(__always)
  static func of(_ category: VocabularyCategory) -> Int {
    switch category {
    case .support: 0
    case .opposition: 1
    case .campaignWord: 2
    case .attribute: 3
    case .event: 4
    case .accountPrefix: 5
    case .mobilization: 6
    case .membership: 7
    case .profileFrame: 8
    case .photo: 9
    case .negation: 10
    case .reporting: 11
    case .neutrality: 12
    case .electionBody: 13
    case .prayer: 14
    case .literalContext: 15
    case .numberContext: 16
    case .ktpSupport: 17
    }
  }
}
