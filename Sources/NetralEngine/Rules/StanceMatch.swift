import NetralText
import NetralPacks
import NetralCore

/// A match built from stances as they are found, field by field: the evidence of each stance
/// (its word, then its contestant) without repeated spans, the tickets they refer to, and what
/// the first stance gives the message and the fix.
///
/// Stances are added where their field is read (no array of field/stance pairs, which copied
/// the field's analysis once per stance), and a span already given is not sliced again.
struct StanceMatch {
  /// The evidence, each span once.
  private(set) var evidence = EvidenceList()
  /// How many stances were added.
  private(set) var count = 0
  /// The first stance's contestant (it names the match).
  private(set) var first: Reference?
  /// The span a fix should remove: the first stance's hashtag, else its first evidence.
  private var remove: String?
  /// Tickets the stances refer to, in order.
  private(set) var tickets: [Int32] = []

  /// Adds stance `s` of field `f`.
  mutating func add(_ f: FieldAnalysis, _ s: Stance, packs: CompiledPacks) {
    if let cue = s.cue { evidence.add(f, cue, Detect.cueSignal(cue, s.kind)) }
    let r = s.reference
    if r.signal == .gesture {
      evidence.add(f, r.start, r.end, .gesture, term: r.key)
    } else {
      evidence.add(f, r)
    }
    if count == 0 {
      first = r
      remove = r.inHashtag ? f.evidence(r).text : evidence.items.first?.text
    }
    count += 1
    packs.appendTickets(of: r, to: &tickets)
  }

  /// The match (``Detect``'s shape: strength 5 per stance, 5 more for a named candidate), or
  /// `nil` when no stance was added.
  func match(_ scene: Scene) -> RuleMatch? {
    guard let r = first else { return nil }
    return RuleMatch(
      evidence: evidence.items, subject: Detect.name(r, scene), tickets: tickets,
      strength: min(20, count * 5 + (r.signal == .candidate ? 5 : 0)), remove: remove)
  }
}

extension CompiledPacks {
  /// Appends the tickets `r` refers to (``Scene/tickets(_:)`` for one reference) to `out`.
  func appendTickets(of r: Reference, to out: inout [Int32]) {
    switch r.subject {
    case .ticket(let t): out.append(t)
    case .party(let p):
      // Read in place: a `for` over the tickets copied each one (its strings retained).
      tickets.withUnsafeBufferPointer { all in
        for i in all.indices where all[i].parties.contains(p) { out.append(Int32(i)) }
      }
    case .number, .election: break
    }
  }
}
