import Foundation
import NetralCore
import NetralEvaluation
import NetralText
import Testing

@testable import NetralEngine

/// Coding tokens through a ``Lexicon/CodeCache`` gives the codes of coding them afresh, and
/// matching into a reused hits buffer gives the hits of a fresh match, whatever the cache held.
@Suite("Token code cache")
struct CodeCacheTests {
  static let lexicon = CompiledPacks(packs: Fixtures.packs).lexicon

  /// Texts of the dev set, then posts with misspelt names, doubled letters, numbers, emoji,
  /// hashtags, mentions and words of 15, 16 and more bytes.
  static let texts: [String] = {
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    let dev = ((try? EvaluationSet.load(url).map(\.activity)) ?? []).compactMap(\.text)
    return dev + [
      "Ayo coblos Prabowo Gibran nomor 2, lanjutkan! 🙏",
      "Dukung prabowi gibrna, jangan golput ya rekan2 ASN",
      "Prabowoo Gibrannn menang satu putaran #PrabowoGibran2024 @gerindra",
      "Selamat pagi Bapak/Ibu, pelayanan KTP buka sampai pukul 15.00 ✌️✌️",
      "pertanggungjawaban kependudukan ketidakberpihakan keanekaragaman 16.000.000",
      "Salam dua jari 🤞 dari kelurahan, mendukungnya sepenuh hati, dukungannya mohon",
      "Mari menangkan AMIN! Ganjar-Mahfud, Anies-Muhaimin, #01 #02 #03",
      // Misspellings of names (fuzzy codes) and 2,500 numbers: more tokens than slots.
      (["prabowo", "gibran", "mahfud", "baswedan"].flatMap(LexiconTableTests.variants)).joined(separator: " "),
      "nomor " + (1...2500).map(String.init).joined(separator: " "),
    ]
  }()

  @Test("cached codes equal fresh codes, text after text, through slot conflicts")
  func sameCodes() throws {
    let lexicon = Self.lexicon
    try #require(Self.texts.count > 100)
    var cache = Lexicon.CodeCache()
    var codes: [Lexicon.Code] = []
    var distinct = Set<String>()
    // Twice over, so the second round reads codes the first round kept.
    for text in Self.texts + Self.texts {
      let normalized = lexicon.normalizer.normalize(text)
      lexicon.codes(normalized, into: &codes, cache: &cache)
      #expect(codes == lexicon.codes(normalized), "\(text)")
      for k in normalized.spans.indices { distinct.insert(normalized.text(of: k)) }
    }
    // More distinct tokens than slots: some slots were taken over by another token.
    #expect(distinct.count > 1 << Lexicon.CodeCache.bits)
    #expect(cache.filled > (1 << Lexicon.CodeCache.bits) / 2)
  }

  @Test("a cache is filled from its second text on; the first is coded without it")
  func filledFromSecondText() {
    let lexicon = Self.lexicon
    var cache = Lexicon.CodeCache()
    var codes: [Lexicon.Code] = []
    let text = lexicon.normalizer.normalize("Ayo dukung Prabowo, coblos nomor 2")
    lexicon.codes(text, into: &codes, cache: &cache)
    #expect(cache.slots.isEmpty)
    #expect(codes == lexicon.codes(text))
    lexicon.codes(text, into: &codes, cache: &cache)
    #expect(cache.filled == text.spans.count)
    #expect(codes == lexicon.codes(text))
    // Fewer tokens than the buffer holds: the codes are exactly the text's.
    let short = lexicon.normalizer.normalize("prabowo")
    lexicon.codes(short, into: &codes, cache: &cache)
    #expect(codes == lexicon.codes(short))
  }

  @Test("keys tell apart every token of up to 15 bytes: bytes, length and kind")
  func distinctKeys() {
    var tokens: [[UInt8]] = [[0], [0, 0], [1], [97], [97, 0], [0, 97]]
    for word in ["di", "ke", "dan", "yang", "dukung", "prabowo", "prabowoo", "mendukung", "pertanggungjaw", "pertanggungjawa", "ganjär", "🙏", "✌️"] {
      let b = Array(word.utf8)
      tokens.append(b)
      // Each byte changed, at every position: keys must see every byte.
      for i in b.indices {
        var c = b
        c[i] ^= 1
        tokens.append(c)
      }
    }
    var seen: [String: [UInt8]] = [:]
    for bytes in tokens where bytes.count < 16 {
      for kind in Token.Kind.allCases {
        let (low, high) = bytes.withUnsafeBytes { Lexicon.CodeCache.key($0.baseAddress!, bytes.count) }
        let key = "\(low) \(high | Lexicon.CodeCache.tag(kind, length: bytes.count))"
        let id = bytes + [UInt8(Token.Kind.allCases.firstIndex(of: kind)!)]
        #expect(seen[key] == nil || seen[key] == id, "\(bytes) \(kind)")
        seen[key] = id
      }
    }
  }

  @Test("hits matched into a reused buffer equal a fresh match's")
  func sameHits() {
    let lexicon = Self.lexicon
    var hits: [Lexicon.Hit] = []
    var found = 0
    for text in Self.texts {
      let normalized = lexicon.normalizer.normalize(text)
      let codes = lexicon.codes(normalized)
      lexicon.match(normalized.spans, codes: codes, into: &hits)
      #expect(hits == lexicon.match(normalized.spans, codes: codes), "\(text)")
      found += hits.count
    }
    #expect(found > 100)
  }
}
