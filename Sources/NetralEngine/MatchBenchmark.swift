public import NetralPacks
import NetralText

/// Measures the matcher alone — coding every token of a normalized text through the compiled
/// lexicon and finding every pack term in it (leftmost-longest over the token trie) — for the
/// benchmark tool. Normalization happens before the clock starts. Not used by checking itself.
public enum MatchBenchmark {
  /// What one run measured.
  public struct Result: Sendable, Hashable {
    /// Texts matched per round.
    public var texts: Int
    /// Tokens coded per round.
    public var tokens: Int
    /// Terms found per round (a checksum: equal runs find equal counts).
    public var hits: Int
    /// Thread CPU seconds of the fastest round.
    public var seconds: Double
  }

  /// Codes and matches the tokens of every text `rounds` times, after normalizing each once
  /// with the packs' normalizer; `cpuSeconds` reads the caller's clock of choice.
  public static func run(
    packs: PackSet, texts: [String], rounds: Int = 5, cpuSeconds: () -> Double
  ) -> Result {
    let compiled = CompiledPacks(packs: packs)
    let lexicon = compiled.lexicon
    let normalized = texts.map { lexicon.normalizer.normalize($0) }
    let tokens = normalized.reduce(0) { $0 + $1.spans.count }
    var best = Double.infinity
    var hits = 0
    for _ in 0..<max(1, rounds) {
      hits = 0
      let start = cpuSeconds()
      for text in normalized {
        hits += lexicon.match(text.spans, codes: lexicon.codes(text)).count
      }
      best = min(best, cpuSeconds() - start)
    }
    return Result(texts: texts.count, tokens: tokens, hits: hits, seconds: best)
  }
}
