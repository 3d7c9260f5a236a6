import NetralCore

/// Writes a deterministic stream of realistic Indonesian activities in the interchange format:
/// every kind, emoji, media, a share of election content (support, mobilization, neutral
/// information) and of evasion (leet, spaced letters, zero-width characters, look-alikes).
struct ActivityGenerator {
  /// Share of activities with election content.
  var electionShare = 0.12
  /// Share of election content written evasively.
  var evasionShare = 0.3
  /// Distinct accounts (ids `u0`…), so input can be sharded by account.
  var accounts = 5_000
  private var random: SeededRandom

  init(seed: UInt64) { random = SeededRandom(seed: seed) }

  /// The interchange line (no newline) of activity number `index`.
  mutating func line(_ index: Int) -> String {
    let account = random.below(accounts)
    var w = JSONWriter()
    w.raw("{\"id\":")
    w.string("g\(index)")
    let kind = pickKind()
    w.raw(",\"kind\":")
    w.string(kind.rawValue)
    w.raw(",\"platform\":")
    w.string(random.pick(ActivityCorpus.platforms))
    w.raw(",\"at\":")
    w.string(timestamp())
    writeActor(account, to: &w)
    let election = random.chance(electionShare)
    switch kind {
    case .post:
      w.raw(",\"text\":")
      w.string(sentences(election: election))
      if random.chance(0.2) { writeMedia(election: election, to: &w) }
    case .comment, .share:
      w.raw(",\"text\":")
      w.string(random.chance(0.5) ? sentences(election: election) : random.pick(ActivityCorpus.daily))
      writeTarget(election: election, kind: .post, to: &w)
    case .like:
      w.raw(",\"reaction\":")
      w.string(random.pick(ActivityCorpus.reactions))
      writeTarget(election: election, kind: .post, to: &w)
    case .follow:
      writeTarget(election: election, kind: random.chance(0.5) ? .account : .page, to: &w)
    case .join:
      w.raw(",\"target\":{\"author\":")
      w.string(random.pick(ActivityCorpus.groups))
      w.raw(",\"kind\":\"group\"}")
    case .profile:
      w.raw(",\"text\":")
      w.string(election ? "ASN | Relawan " + random.pick(["AMIN", "02", "Ganjar"]) + " 🔥" : "ASN pelayan masyarakat | " + random.pick(ActivityCorpus.agencies))
      if random.chance(0.5) {
        w.raw(",\"media\":[{\"type\":\"photo\",\"description\":")
        w.string(election ? "foto profil dengan bingkai twibbon dukung paslon 02" : "foto profil berseragam dinas")
        w.raw("}]")
      }
    }
    w.raw(",\"url\":")
    w.string("https://example.org/a/\(index)")
    w.raw("}")
    return w.output
  }

  private mutating func pickKind() -> Activity.Kind {
    switch random.below(100) {
    case 0..<40: .post
    case 40..<55: .comment
    case 55..<67: .share
    case 67..<85: .like
    case 85..<91: .follow
    case 91..<95: .join
    default: .profile
    }
  }

  private mutating func timestamp() -> String {
    let month = 1 + random.below(12)
    let day = 1 + random.below(28)
    let hour = random.below(24)
    let minute = random.below(60)
    func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    return "2024-\(two(month))-\(two(day))T\(two(hour)):\(two(minute)):00+07:00"
  }

  private mutating func writeActor(_ account: Int, to w: inout JSONWriter) {
    w.raw(",\"actor\":{\"id\":")
    w.string("u\(account)")
    let roll = account % 10
    let agency = roll == 9
    w.raw(",\"name\":")
    w.string(
      agency
        ? ActivityCorpus.agencies[account % ActivityCorpus.agencies.count]
        : ActivityCorpus.firstNames[account % ActivityCorpus.firstNames.count] + " "
          + ActivityCorpus.lastNames[(account / 7) % ActivityCorpus.lastNames.count])
    w.raw(",\"type\":")
    w.string(agency ? "agency" : roll < 6 ? "pns" : roll < 8 ? "pppk" : "non_asn")
    w.raw("}")
  }

  private mutating func sentences(election: Bool) -> String {
    var parts: [String] = []
    for _ in 0..<(1 + random.below(3)) { parts.append(random.pick(ActivityCorpus.daily)) }
    if election {
      let pool =
        random.chance(0.3)
        ? ActivityCorpus.neutralElection
        : random.chance(evasionShare) ? ActivityCorpus.evasion : ActivityCorpus.support
      parts.insert(random.pick(pool), at: random.below(parts.count + 1))
    }
    return parts.joined(separator: ". ") + random.pick(ActivityCorpus.emoji)
  }

  private mutating func writeTarget(election: Bool, kind: Target.Kind, to w: inout JSONWriter) {
    w.raw(",\"target\":{\"author\":")
    w.string(random.pick(election ? ActivityCorpus.electionAuthors : ActivityCorpus.neutralAuthors))
    if kind == .post {
      w.raw(",\"text\":")
      w.string(sentences(election: election))
    }
    w.raw(",\"kind\":")
    w.string(kind.rawValue)
    w.raw("}")
  }

  private mutating func writeMedia(election: Bool, to w: inout JSONWriter) {
    w.raw(",\"media\":[{\"type\":\"photo\",\"description\":")
    w.string(random.pick(election ? ActivityCorpus.photoElection : ActivityCorpus.photoNeutral))
    w.raw(",\"people\":[")
    w.string(random.pick(ActivityCorpus.firstNames) + " " + random.pick(ActivityCorpus.lastNames))
    if election {
      w.raw(",")
      w.string(random.pick(ActivityCorpus.electionAuthors))
    }
    w.raw("]}]")
  }
}
