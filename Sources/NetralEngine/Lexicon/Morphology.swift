/// An affix-stripping model of Indonesian word formation, written as data.
///
/// Instead of analysing every word of every post at check time, the engine *generates* the
/// derived forms of each vocabulary root once, when the ``Checker`` is built ("dukung" →
/// "mendukung", "didukung", "dukungan", "dukungannya", "ngedukung", …), and looks tokens up in
/// one dictionary. The prefixes follow standard morphophonemics: `meN-`/`peN-` drop or keep
/// the root's first consonant (`p`→`m`, `t`→`n`, `k`→`ng`, `s`/`c`→`ny`), colloquial `N-`
/// (`nyoblos`, `milih`, `menangin`) and `nge-`.
struct Morphology: Sendable {
  /// How a derived form relates to its root.
  struct Derivation: Sendable, Hashable {
    /// The root.
    var root: String
    /// Whether the form is an agent or instrument noun (`pendukung`, `pemilih`): such forms
    /// name people, so they only express stance with a first-person speaker.
    var agentNoun: Bool
  }

  /// Suffix combinations, particles and possessives last.
  static let suffixes: [String] = [
    "", "kan", "an", "i", "in", "nya", "lah", "kah", "ku", "mu", "pun",
    "kannya", "kanlah", "kanku", "kanmu", "annya", "anku", "anmu", "anlah", "inya", "innya",
    "inlah", "ilah", "nyalah",
  ]

  /// Verbal and nominal prefixes that keep the root intact.
  static let plainPrefixes: [String] = ["di", "ber", "be", "ke", "se", "memper", "diper", "nge", "ng"]

  private static let vowels: Set<Character> = ["a", "i", "u", "e", "o"]

  /// The derived forms of `root`, each with how it was formed.
  static func derivations(of root: String) -> [(form: String, agentNoun: Bool)] {
    guard root.count >= 3, root.allSatisfy({ $0.isLetter }) else { return [(root, false)] }
    var stems: [(String, Bool)] = [(root, false)]
    for p in plainPrefixes { stems.append((p + root, false)) }
    for nasal in nasalForms(of: root) {
      stems.append(("me" + nasal, false))
      stems.append(("pe" + nasal, true))
      stems.append((nasal, false))  // colloquial: nyoblos, milih, nulis
    }
    stems.append(("per" + root, false))
    var result: [(String, Bool)] = []
    result.reserveCapacity(stems.count * suffixes.count)
    for (stem, agent) in stems {
      // "ke-" alone is ordinal or directional; only "ke-…-an" is a noun of the root.
      let nounOnly = stem.hasPrefix("ke") && stem != root
      for s in suffixes {
        if nounOnly && s != "an" && s != "annya" { continue }
        result.append((stem + s, agent))
      }
    }
    return result
  }

  private static let suffixBytes: [[UInt8]] = suffixes.map { Array($0.utf8) }
  private static let plainPrefixBytes: [[UInt8]] = plainPrefixes.map { Array($0.utf8) }

  /// Calls `body` with each derived form of `root` (as UTF-8 bytes) and whether it is an agent
  /// noun: the forms of ``derivations(of:)``, in the same order, written into one reused buffer
  /// instead of allocated as strings (an ASCII root; other roots go through
  /// ``derivations(of:)``).
  static func forEachDerivation(of root: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
    let r = Array(root.utf8)
    let ascii = r.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
    guard ascii, r.count >= 3 else {
      for (form, agent) in derivations(of: root) {
        var form = form
        form.withUTF8 { body($0, agent) }
      }
      return
    }
    var stems: [([UInt8], Bool)] = [(r, false)]
    for p in plainPrefixBytes { stems.append((p + r, false)) }
    for nasal in nasalForms(of: root) {
      let n = Array(nasal.utf8)
      stems.append(([109, 101] + n, false))  // "me"
      stems.append(([112, 101] + n, true))  // "pe"
      stems.append((n, false))
    }
    stems.append(([112, 101, 114] + r, false))  // "per"
    let longest = stems.map { $0.0.count }.max() ?? 0
    let suffixes = suffixBytes
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longest + 8) { buffer in
      guard let base = buffer.baseAddress else { return }
      for (stem, agent) in stems {
        // "ke-" alone is ordinal or directional; only "ke-…-an" is a noun of the root.
        let nounOnly = stem.count >= 2 && stem[0] == 107 && stem[1] == 101 && stem != r
        stem.withUnsafeBufferPointer { s in
          if let p = s.baseAddress { base.update(from: p, count: s.count) }
        }
        for k in suffixes.indices {
          if nounOnly && k != anIndex && k != annyaIndex { continue }
          let count = suffixes[k].withUnsafeBufferPointer { x in
            if let p = x.baseAddress { (base + stem.count).update(from: p, count: x.count) }
            return x.count
          }
          body(UnsafeBufferPointer(start: base, count: stem.count + count), agent)
        }
      }
    }
  }

  private static let anIndex = suffixes.firstIndex(of: "an") ?? -1
  private static let annyaIndex = suffixes.firstIndex(of: "annya") ?? -1

  /// The root as it appears after a nasal prefix `N-`: `pilih`→`milih`, `coblos`→`nyoblos`,
  /// `dukung`→`ndukung`, `kalah`→`ngalah`, `menang`→`menang`.
  static func nasalForms(of root: String) -> [String] {
    guard let first = root.first else { return [] }
    let rest = String(root.dropFirst())
    switch first {
    case "p": return ["m" + rest, "mp" + rest]
    case "b", "f", "v": return ["m" + root]
    case "t": return ["n" + rest]
    case "d", "j", "z": return ["n" + root]
    case "c": return ["ny" + rest, "n" + root]
    case "s": return ["ny" + rest]
    case "k": return ["ng" + rest, "ngk" + rest]
    case "g", "h", "q": return ["ng" + root]
    case "l", "m", "n", "r", "w", "y": return [root]
    default:
      return vowels.contains(first) ? ["ng" + root, "ny" + root] : [root]
    }
  }
}
