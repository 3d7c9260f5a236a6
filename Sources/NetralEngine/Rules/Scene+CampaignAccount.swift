import NetralCore
import NetralPacks

extension Scene {
  /// The campaign account a target author is (a handle or official account of a candidate or
  /// party, a campaign-team prefix ("Tim Pemenangan", "Relawan", "TKD") with a contestant or
  /// ballot number, or a candidate's or party's own name), written into a match as it is built:
  /// the account's evidence is added to `evidence`, its tickets to `tickets`, and its display
  /// (the author as written) returned; `nil` (and nothing added) when `a` is not a campaign
  /// account. No array of contestants, evidence or tickets is made on the way.
  func campaignAccount(_ a: FieldAnalysis?, into evidence: inout EvidenceList, tickets: inout [Int32]) -> String? {
    guard let a else { return nil }
    // Every answer below needs a reference or an account prefix.
    guard !a.references.isEmpty || a.has(.accountPrefix) else { return nil }
    if a.has(.electionBody) || a.has(.neutrality) { return nil }
    let prefixes = a.cues(.accountPrefix)
    if let prefix = prefixes.first, let r = a.references.first(where: { !$0.ambiguous && $0.subject != .election }) {
      evidence.add(a, prefix, .campaignAccount)
      evidence.add(a, r)
      packs.appendTickets(of: r, to: &tickets)
      return a.original
    }
    if let prefix = prefixes.first(where: { !$0.ambiguous }) {
      evidence.add(a, prefix, .campaignAccount)
      return a.original
    }
    if let r = a.references.first(where: { r in
      !r.ambiguous && r.subject != .election && (r.isAccount || r.signal == .candidate || r.signal == .party || r.signal == .hashtag)
    }) {
      if a.has(.reporting) { return nil }
      // The reference's evidence, reported as the account.
      let (start, end) = a.referenceTokens(r)
      evidence.add(a, start, end, .campaignAccount, term: r.key)
      packs.appendTickets(of: r, to: &tickets)
      return a.original
    }
    return nil
  }
}
