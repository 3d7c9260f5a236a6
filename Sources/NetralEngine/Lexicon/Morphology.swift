import Foundation

/// An affix-stripping model of Indonesian word formation, written as data.
///
/// The derived forms of each vocabulary root are defined by generating them ("dukung" →
/// "mendukung", "didukung", "dukungan", "dukungannya", "ngedukung", …): ``DerivedForms``
/// recognises a word as a form by checking candidate roots against ``forEachStem(of:_:)`` and
/// the suffixes; when any root is not a–z, every form is generated into the word table instead. The
/// prefixes follow standard morphophonemics: `meN-`/`peN-` drop or keep
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

  /// Each suffix's bytes (at most eight) packed into one word, first byte lowest, zeros after,
  /// so a suffix is written with one eight-byte store.
  static let suffixWords: [UInt64] = suffixes.map { packed($0.utf8) }
  /// The first (at most eight) of `bytes` packed into one word, first byte lowest, zeros after.
  static func packed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
    bytes.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }
  static let suffixLengths: [Int] = suffixes.map { min(8, $0.utf8.count) }
  /// The plain prefixes' bytes one after another; prefix `k` ends at `plainPrefixEnds[k]`.
  private static let plainPrefixArena: [UInt8] = plainPrefixes.flatMap { Array($0.utf8) }
  private static let plainPrefixEnds: [Int] = plainPrefixes.reduce(into: []) { ends, s in
    ends.append((ends.last ?? 0) + s.utf8.count)
  }

  /// Calls `body` with each derived form of `root` (as UTF-8 bytes) and whether it is an agent
  /// noun: the forms of ``derivations(of:)``, in the same order, written into one reused buffer
  /// instead of allocated as strings or arrays (an ASCII root; other roots go through
  /// ``derivations(of:)``).
  static func forEachDerivation(of root: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
    var root = root
    root.withUTF8 { r in
      guard isASCIILetters(r), r.count >= 3 else {
        for (form, agent) in derivations(of: String(decoding: r, as: UTF8.self)) {
          var form = form
          form.withUTF8 { body($0, agent) }
        }
        return
      }
      let suffixWords = Self.suffixWords
      let suffixLengths = Self.suffixLengths
      let an = anIndex
      let annya = annyaIndex
      suffixWords.withUnsafeBufferPointer { suffixWords in
        suffixLengths.withUnsafeBufferPointer { suffixLengths in
          forEachStem(of: r) { base, n, agent, nounOnly in
            for k in suffixWords.indices {
              if nounOnly && k != an && k != annya { continue }
              // In bounds: the stem's buffer has eight spare bytes after it.
              UnsafeMutableRawPointer(base + n).storeBytes(of: suffixWords[k].littleEndian, as: UInt64.self)
              body(UnsafeBufferPointer(start: base, count: n + suffixLengths[k]), agent)
            }
            return false
          }
        }
      }
    }
  }

  /// Whether every byte is an ASCII letter (either case): the roots ``forEachStem(of:_:)``
  /// takes.
  static func isASCIILetters(_ r: UnsafeBufferPointer<UInt8>) -> Bool {
    r.allSatisfy { ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }
  }

  /// Calls `body` with each stem of an ASCII-letter root of 3 bytes or more, in the order of
  /// ``derivations(of:)``: the stem's bytes (`base[0..<n]`, with eight spare bytes after them),
  /// whether it is an agent noun, and whether it takes only the suffixes "-an" and "-annya"
  /// (a "ke-" stem other than the root). Stops when `body` returns `true`.
  static func forEachStem(
    of r: UnsafeBufferPointer<UInt8>, _ body: (UnsafeMutablePointer<UInt8>, Int, Bool, Bool) -> Bool
  ) {
    guard let rootBase = r.baseAddress, r.count >= 3 else { return }
    let prefixArena = Self.plainPrefixArena
    let prefixEnds = Self.plainPrefixEnds
    let nasals = Self.nasalWords[Int(r[0])]
    // Longest stem: "memper" + root, or "me" + "ngk" + root; then eight bytes for a suffix.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: r.count + 16) { buffer in
      guard let base = buffer.baseAddress else { return }
      /// Calls `body` with stem `base[0..<n]`; whether to stop.
      func emit(_ n: Int, agent: Bool) -> Bool {
        // "ke-" alone is ordinal or directional; only "ke-…-an" is a noun of the root.
        let nounOnly =
          n >= 2 && base[0] == 107 && base[1] == 101
          && !(n == r.count && memcmp(base, rootBase, n) == 0)
        return body(base, n, agent, nounOnly)
      }
      /// Writes `length` bytes of `prefix` (packed, first byte lowest), then the root from its
      /// byte `from`, at the start of the buffer.
      func stem(_ prefix: UInt64, _ length: Int, from: Int) -> Int {
        // In bounds: the buffer holds 16 bytes more than the root.
        UnsafeMutableRawPointer(base).storeBytes(of: prefix.littleEndian, as: UInt64.self)
        (base + length).update(from: rootBase + from, count: r.count - from)
        return length + r.count - from
      }
      if emit(stem(0, 0, from: 0), agent: false) { return }
      var start = 0
      for end in prefixEnds {
        for i in start..<end { base[i - start] = prefixArena[i] }
        (base + end - start).update(from: rootBase, count: r.count)
        if emit(end - start + r.count, agent: false) { return }
        start = end
      }
      // Up to two nasals, 32 bits each: prefix bytes in bits 0–23, length in 24–25, whether
      // the root's first letter is dropped in bit 26, bit 27 set when present.
      var rest = nasals
      while rest & (1 << 27) != 0 {
        let prefix = rest & 0xFF_FFFF
        let length = Int(rest >> 24 & 3)
        let from = rest & (1 << 26) != 0 ? 1 : 0
        if emit(stem(0x656D | prefix << 16, 2 + length, from: from), agent: false) { return }  // "me"
        if emit(stem(0x6570 | prefix << 16, 2 + length, from: from), agent: true) { return }  // "pe"
        if emit(stem(prefix, length, from: from), agent: false) { return }
        rest >>= 32
      }
      _ = emit(stem(0x72_6570, 3, from: 0), agent: false)  // "per"
    }
  }

  /// ``nasalBytes(first:)`` packed per first byte (see ``forEachStem(of:_:)``).
  private static let nasalWords: [UInt64] = (0..<256).map { first in
    var word: UInt64 = 0
    for (i, nasal) in nasalBytes(first: UInt8(first)).enumerated() {
      var entry = packed(nasal.prefix)
      entry |= UInt64(nasal.prefix.count) << 24 | (nasal.dropsFirst ? 1 << 26 : 0) | 1 << 27
      word |= entry << UInt64(32 * i)
    }
    return word
  }

  /// Whether `form` is a derivation of the ASCII-letter root `r` (3 bytes or more), and if so
  /// whether the first derivation of `r` that spells it (in the order of
  /// ``forEachDerivation(of:_:)``) is an agent noun.
  static func firstDerivation(of r: UnsafeBufferPointer<UInt8>, spelling form: UnsafeBufferPointer<UInt8>) -> Bool? {
    guard let f = form.baseAddress else { return nil }
    var found: Bool?
    forEachStem(of: r) { base, n, agent, nounOnly in
      let rest = form.count - n
      guard rest >= 0, rest <= 8, memcmp(base, f, n) == 0 else { return false }
      // The rest of the form packed like ``suffixWords``.
      var word: UInt64 = 0
      for i in 0..<rest { word |= UInt64(f[n + i]) << UInt64(8 * i) }
      for k in suffixWords.indices where suffixLengths[k] == rest && suffixWords[k] == word {
        if nounOnly && k != anIndex && k != annyaIndex { continue }
        found = agent
        return true
      }
      return false
    }
    return found
  }

  /// ``nasalForms(of:)`` as bytes: each form is `prefix` followed by the root, without its
  /// first letter when `dropsFirst`.
  private static func nasalBytes(first: UInt8) -> [(prefix: [UInt8], dropsFirst: Bool)] {
    let m: UInt8 = 109, n: UInt8 = 110, g: UInt8 = 103, y: UInt8 = 121, p: UInt8 = 112, k: UInt8 = 107
    switch first {
    case UInt8(ascii: "p"): return [([m], true), ([m, p], true)]
    case UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "v"): return [([m], false)]
    case UInt8(ascii: "t"): return [([n], true)]
    case UInt8(ascii: "d"), UInt8(ascii: "j"), UInt8(ascii: "z"): return [([n], false)]
    case UInt8(ascii: "c"): return [([n, y], true), ([n], false)]
    case UInt8(ascii: "s"): return [([n, y], true)]
    case UInt8(ascii: "k"): return [([n, g], true), ([n, g, k], true)]
    case UInt8(ascii: "g"), UInt8(ascii: "h"), UInt8(ascii: "q"): return [([n, g], false)]
    case UInt8(ascii: "a"), UInt8(ascii: "i"), UInt8(ascii: "u"), UInt8(ascii: "e"), UInt8(ascii: "o"):
      return [([n, g], false), ([n, y], false)]
    default: return [([], false)]
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
