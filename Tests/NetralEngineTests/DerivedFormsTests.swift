import Foundation
import NetralCore
import NetralEvaluation
import NetralText
import Testing

@testable import NetralEngine

/// Derived forms recognised at lookup (``DerivedForms``) code every word as the table of
/// generated forms did: same id, alternative id, agent-noun flag and cue classes.
@Suite("Derived forms recognised at lookup")
struct DerivedFormsTests {
  static let lazy = CompiledPacks(packs: Fixtures.packs).lexicon
  static let generated: Lexicon = {
    var lexicon = lazy
    lexicon.finish(generatingForms: true)
    return lexicon
  }()

  /// Every word worth asking about: each generated form of each root, each form with a letter
  /// dropped or added at either end (mostly not forms), the roots, the number and cue words, and
  /// the words of the dev set.
  static let words: [String] = {
    var words = Set<String>()
    for root in lazy.derivationRoots() {
      words.insert(root)
      Morphology.forEachDerivation(of: root) { form, _ in
        let w = String(decoding: form, as: UTF8.self)
        words.insert(w)
        words.insert(String(w.dropLast()))
        words.insert(String(w.dropFirst()))
        words.insert(w + "a")
        words.insert("k" + w)
      }
    }
    words.formUnion(TokenKey.numerals.keys)
    words.formUnion(BuiltInCueClass.words)
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    for activity in (try? EvaluationSet.load(url).map(\.activity)) ?? [] {
      for (_, text) in activity.textFields {
        for token in lazy.normalizer.normalize(text).tokens where token.kind == .word { words.insert(token.text) }
      }
    }
    return words.sorted()
  }()

  @Test("the bundled packs' roots are all recognised at lookup, none generated")
  func allRootsLazy() {
    #expect(Self.lazy.derivationRoots().count > 150)
    // Forms of "dukung" that no pack spells: the root's id, "pe-" forms agent nouns.
    let support = Self.lazy.code(kind: .word, text: "dukung").id
    #expect(support >= 0)
    #expect(Self.lazy.code(kind: .word, text: "mendukungmu").id == support)
    #expect(Self.lazy.code(kind: .word, text: "didukungnya").id == support)
    #expect(Self.lazy.code(kind: .word, text: "pendukungku").agentNoun)
    #expect(!Self.lazy.code(kind: .word, text: "mendukungmu").agentNoun)
    #expect(Self.lazy.code(kind: .word, text: "mendukungmuu").id < 0)
  }

  @Test("every form, near-form, root, number word, cue word and dev-set word codes as generated")
  func sameCodes() {
    #expect(Self.words.count > 100_000)
    var forms = 0
    for word in Self.words {
      let lazy = Self.lazy.code(kind: .word, text: word)
      let generated = Self.generated.code(kind: .word, text: word)
      #expect(lazy == generated, "\(word)")
      #expect(Self.lazy.cueClasses(word) == Self.generated.cueClasses(word), "\(word)")
      if generated.id >= 0 { forms += 1 }
    }
    #expect(forms > 60_000)
  }
}
