import NetralText
import NetralPacks
import NetralCore

/// Shared detection steps used by several rules.
enum Detect {
  /// Evidence of a stance: its word (if any) and the contestant.
  static func evidence(_ f: FieldAnalysis, _ s: Stance) -> [Evidence] {
    var e: [Evidence] = []
    if let cue = s.cue { e.append(f.evidence(cue, cueSignal(cue, s.kind))) }
    if s.reference.signal == .gesture {
      e.append(f.evidence(s.reference.start, s.reference.end, .gesture, term: s.reference.key))
    } else {
      e.append(f.evidence(s.reference))
    }
    return e
  }

  /// The signal of a stance's word: a gesture, else support or opposition.
  static func cueSignal(_ cue: Cue, _ kind: Stance.Kind) -> Signal {
    isGestureKey(cue.key) ? .gesture : kind == .support ? .support : .opposition
  }

  /// Whether a term key names a gesture: `key.contains("/gesture/")`, answered from the bytes
  /// for an ASCII key (where characters and bytes agree) and for any key without the needle's
  /// bytes, else by `String.contains` itself. Only the positions of a "/" are compared.
  static func isGestureKey(_ key: String) -> Bool {
    let needle: StaticString = "/gesture/"
    let verdict: Bool? = key.withUTF8Bytes { b in
      let n = needle.utf8CodeUnitCount
      guard b.count >= n else { return false }
      var found = false
      var i = 0
      while i + n <= b.count {
        if b[i] == 0x2F, b[i + 1] == 0x67 {
          var j = 2
          while j < n, b[i + j] == needle.utf8Start[j] { j += 1 }
          if j == n { found = true; break }
        }
        i += 1
      }
      // The needle is ASCII: without its bytes, no characters can match either.
      guard found else { return false }
      // Non-ASCII: the bytes match, but the characters may not (a combining mark after "/").
      for x in b where x >= 0x80 { return nil }
      return true
    }
    return verdict ?? key.contains("/gesture/")
  }

  /// How messages name a reference (a number names the ticket if one election has it).
  static func name(_ r: Reference, _ scene: Scene) -> String {
    guard case .number(let n) = r.subject else { return r.display }
    // The one display every ticket with the number shares, if any (no set of names).
    let name: String?? = scene.packs.tickets.withUnsafeBufferPointer { all in
      var name: String?
      for i in all.indices where all[i].number == n {
        if let name, name != all[i].display { return .some(nil) }
        if name == nil { name = all[i].display }
      }
      return name.map { .some($0) }
    }
    // No ticket has the number, or tickets with it differ: the reference's own display.
    guard let name, let name else { return r.display }
    return "\(r.display) (\(name))"
  }

  /// Drops repeated spans, keeping order.
  static func unique(_ e: [Evidence]) -> [Evidence] {
    // A few spans (the usual case): compare directly instead of hashing every span's text.
    if e.count <= 16 {
      var out: [Evidence] = []
      out.reserveCapacity(e.count)
      for x in e where !out.contains(x) { out.append(x) }
      return out
    }
    var seen = Set<Evidence>()
    return e.filter { seen.insert($0).inserted }
  }

  /// Gestures next to a contestant in one field ("✌️ 02"), read as support for it.
  static func gestureSupport(_ f: FieldAnalysis, packs: CompiledPacks) -> [Stance] {
    var out: [Stance] = []
    guard !f.gestures.isEmpty else { return out }
    // Filtered once, not per gesture: a post of thousands of emoji would otherwise filter
    // every reference once per gesture (quadratic; 100,000 emoji did not finish in minutes).
    let contestants = f.contestants
    for g in f.gestures {
      // A salute that means opposition ("salam 4 jari … asal jangan 02") is handled as such.
      if packs.gestureMeanings[g.gesture]?.contains(where: { $0.stance == .opposition }) ?? false { continue }
      if f.negated(before: g.start) != nil { continue }
      guard let r = contestants.first(where: { FieldAnalysis.distance(($0.start, $0.end), (g.start, g.end)) <= 6 }),
        f.negated(before: r.start) == nil
      else { continue }
      out.append(Stance(kind: .support, cue: Cue(start: g.start, end: g.end, key: g.key, display: g.display), reference: r, mobilizing: nil))
    }
    return out
  }
}
