import NetralText
import NetralCore

/// A match's evidence without repeated spans, in the order first added (what
/// ``Detect/unique(_:)`` makes of the same spans added one by one).
///
/// A span given by tokens is compared by field, scalar span, signal and term before its text is
/// sliced: two pieces of evidence agree on their text when they agree on field and span, so a
/// repeated span costs a comparison instead of a `String` and an `Evidence` made and freed.
struct EvidenceList {
  /// The evidence so far, each span once.
  private(set) var items: [Evidence] = []
  /// Past ``EvidenceList/linearLimit`` spans (a long text with many stances), the spans kept
  /// also in a set, so adding stays linear.
  private var seen: Set<Evidence>?

  /// Up to this many spans, a new one is compared with each (no hashing of texts).
  private static let linearLimit = 16

  /// Whether the list holds no evidence.

  /// Adds the evidence of field `f`'s tokens `start..<end` unless the same span is there.
  mutating func add(_ f: FieldAnalysis, _ start: Int, _ end: Int, _ signal: Signal, term: String?) {
    let (lower, upper) = f.scalarSpan(start, end)
    if seen == nil {
      for i in items.indices {
        let e = items[i]
        if e.start == lower, e.end == upper, e.signal == signal, e.field == f.field, e.term == term { return }
      }
    }
    append(f.evidence(start, end, signal, term: term))
  }

  /// Adds the evidence of reference `r` in `f` (``FieldAnalysis/evidence(_:)-(Reference)``)
  /// unless the same span is there.
  mutating func add(_ f: FieldAnalysis, _ r: Reference) {
    let (start, end) = f.referenceTokens(r)
    add(f, start, end, r.signal, term: r.key)
  }

  /// Adds the evidence of cue `c` in `f` with `signal` unless the same span is there.
  mutating func add(_ f: FieldAnalysis, _ c: Cue, _ signal: Signal) {
    add(f, c.start, c.end, signal, term: c.key)
  }

  /// Adds `e` unless equal evidence is there.
  mutating func add(_ e: Evidence) {
    if seen == nil {
      for i in items.indices {
        let x = items[i]
        // Spans first: equal evidence has equal spans, and comparing them costs no string.
        if x.start == e.start, x.end == e.end, x == e { return }
      }
    }
    append(e)
  }

  /// Appends `e`, which the caller found to be new unless the set is in use.
  private mutating func append(_ e: Evidence) {
    if var s = seen {
      seen = nil
      if s.insert(e).inserted { items.append(e) }
      seen = s
      return
    }
    if items.isEmpty { items.reserveCapacity(4) }
    items.append(e)
    if items.count > Self.linearLimit { seen = Set(items) }
  }
}

extension FieldAnalysis {
  /// The scalar span of the original text that ``evidence(_:_:_:term:)`` reports for tokens
  /// `start..<end`: from the first token's start to the furthest end.
  func scalarSpan(_ start: Int, _ end: Int) -> (lower: Int, upper: Int) {
    normalized.spans.withUnsafeBufferPointer { tokens in
      let lower = tokens[start].original.lowerBound
      var upper = tokens[start].original.upperBound
      for k in start..<end { upper = max(upper, tokens[k].original.upperBound) }
      return (lower, upper)
    }
  }

  /// The tokens ``evidence(_:)-(Reference)`` reports for `r`: a hashtag segment's whole
  /// hashtag, else the reference's own tokens.
  func referenceTokens(_ r: Reference) -> (start: Int, end: Int) {
    let tokens = normalized.spans
    if let h = tokens[r.start].hashtag, h < tokens.count { return (h, h + 1) }
    return (r.start, r.end)
  }
}
