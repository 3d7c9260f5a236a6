/// How sure the sources are about a fact (see `regulations.md`'s confidence legend).
public enum Confidence: String, Sendable, Hashable, CaseIterable, Codable {
  /// Several independent sources agree.
  case high
  /// One good source, or sources agree on substance but differ on numbering.
  case medium
  /// Low confidence.
  case low
  /// No source was found; a hypothesis, never to be presented as certain.
  case unconfirmed
}

/// A legal basis for a rule or finding.
public struct Citation: Sendable, Hashable {
  /// Stable key used by rules and packs, e.g. `skb-2022/B6`.
  public var id: String
  /// The instrument, e.g. `SKB 5 K/L Nomor 2 Tahun 2022`.
  public var instrument: String
  /// Article, annex row or letter, e.g. `Lampiran II huruf B angka 6`.
  public var provision: String?
  /// One-line summary of what it says (Indonesian).
  public var summary: String?
  /// How sure the sources are.
  public var confidence: Confidence

  /// Creates a citation.
  public init(
    id: String, instrument: String, provision: String? = nil, summary: String? = nil,
    confidence: Confidence
  ) {
    self.id = id
    self.instrument = instrument
    self.provision = provision
    self.summary = summary
    self.confidence = confidence
  }
}
