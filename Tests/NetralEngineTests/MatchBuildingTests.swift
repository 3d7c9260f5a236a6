import Foundation
import NetralCore
import NetralEvaluation
import NetralPacks
import Testing

@testable import NetralEngine

/// The pieces rules build matches from: evidence lists that drop repeated spans before slicing
/// them, campaign accounts written into a match, the incremental score and joined messages.
@Suite("Match building")
struct MatchBuildingTests {
  @Test("evidence added by span keeps what slicing every span and dropping repeats keeps, on the dev set")
  func spansAgreeWithSlicedEvidence() throws {
    var compared = 0
    for (id, scene) in try devScenes() {
      for f in [scene.text, scene.targetAuthor, scene.targetText].compactMap({ $0 }) + scene.mediaDescriptions {
        var list = EvidenceList()
        var sliced: [Evidence] = []
        // Every reference and cue twice over, so repeats occur; references also as gestures.
        for _ in 0..<2 {
          for r in f.references {
            list.add(f, r)
            sliced.append(f.evidence(r))
            list.add(f, r.start, r.end, .gesture, term: r.key)
            sliced.append(f.evidence(r.start, r.end, .gesture, term: r.key))
          }
          for c in f.cues(.support) + f.cues(.event) {
            list.add(f, c, .support)
            sliced.append(f.evidence(c, .support))
          }
        }
        #expect(list.items == Detect.unique(sliced), "\(id) \(f.field)")
        compared += sliced.count
      }
    }
    #expect(compared > 500)
  }

  @Test("prebuilt evidence is kept once, in first order, below and above the linear limit")
  func prebuiltEvidenceOnce() {
    let text = "Ayo rekan-rekan ASN dukung Prabowo-Gibran, coblos nomor 2 ✌️ tanggal 14 Februari #PrabowoGibran2024"
    let words = text.split(separator: " ").map(String.init)
    var pool: [Evidence] = []
    var offset = 0
    for w in words {
      let n = w.unicodeScalars.count
      pool.append(Evidence(field: .text, range: offset..<(offset + n), in: text, signal: .support))
      pool.append(Evidence(field: .targetText, range: offset..<(offset + n), in: text, signal: .support))
      offset += n + 1
    }
    var generator = SystemRandomNumberGenerator()
    for count in [0, 1, 5, 16, 17, 40, 200] {
      let sequence = (0..<count).map { _ in pool[Int.random(in: 0..<pool.count, using: &generator)] }
      var list = EvidenceList()
      for e in sequence { list.add(e) }
      var expected: [Evidence] = []
      for e in sequence where !expected.contains(e) { expected.append(e) }
      #expect(list.items == expected, "\(count) items")
    }
  }

  @Test("a campaign account written into a match is the account Scene reports, on the dev set")
  func campaignAccountsAgree() throws {
    var accounts = 0
    for (id, scene) in try devScenes() {
      for field in [scene.targetAuthor, scene.targetText, scene.text] {
        var evidence = EvidenceList()
        var tickets: [Int32] = []
        let display = scene.campaignAccount(field, into: &evidence, tickets: &tickets)
        let expected = scene.referenceCampaignAccount(field)
        #expect(display == expected?.display, "\(id)")
        #expect(evidence.items == (expected?.evidence ?? []), "\(id)")
        #expect(tickets == (expected?.tickets ?? []), "\(id)")
        if expected != nil { accounts += 1 }
      }
    }
    #expect(accounts > 20)
  }

  @Test("the score follows the documented weights as findings are added")
  func scoreWeights() {
    var none = Scorer()
    #expect(none.total(inWindow: true) == 0)
    none.add(.review, strength: 7)
    #expect(none.total(inWindow: true) == 33)
    var one = Scorer()
    one.add(.violation, strength: 10)
    #expect(one.total(inWindow: true) == 80)
    #expect(one.total(inWindow: false) == 48)
    var two = Scorer()
    two.add(.violation, strength: 5)
    two.add(.violation, strength: 25)
    two.add(.review, strength: 20)
    #expect(two.total(inWindow: true) == 93)
    for _ in 0..<10 { two.add(.violation, strength: 20) }
    #expect(two.total(inWindow: true) == 100)
  }

  @Test("a joined message is the concatenation of its parts")
  func joinedStrings() {
    let lead = "Menanggapi (suka, komentar atau bagikan) konten kampanye atau akun peserta/tim pemenangan "
    for subject in ["", "02", "Tim Pemenangan Prabowo-Gibran Kab. Bungo", "✌️ 𝐏𝐫𝐚𝐛𝐨𝐰𝐨 é\u{301}"] {
      #expect(String(joining: lead + "\u{2018}", subject, "\u{2019}") == lead + "\u{2018}" + subject + "\u{2019}")
      #expect(String(joining: lead, subject).utf8.elementsEqual((lead + subject).utf8))
    }
  }
}

/// The checker asks a rule only when the own words may give it a match (``OwnWords``): a rule
/// skipped so must find nothing.
@Suite("Rule gate")
struct RuleGateTests {
  @Test("no rule skipped for the own words matches, on the dev set, and each gate skips somewhere")
  func skippedRulesFindNothing() throws {
    var skipped = Array(repeating: 0, count: RuleCatalog.all.count)
    for (id, scene) in try devScenes() {
      let own = OwnWords(scene)
      for k in RuleCatalog.all.indices where !own.mayMatch(k) {
        skipped[k] += 1
        #expect(RuleCatalog.detect(k, scene) == nil, "rule \(RuleCatalog.all[k].id) on \(id)")
      }
    }
    for k in RuleCatalog.all.indices { #expect(skipped[k] > 0, "rule \(RuleCatalog.all[k].id)") }
  }
}

/// Scenes of the dev set, each with its own workspace (so every analysis stays valid).
private func devScenes() throws -> [(id: String, scene: Scene)] {
  let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))
  let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
  return try EvaluationSet.load(url).map(\.activity).map { activity in
    var workspace = Checker.Workspace()
    return (activity.id, Scene(activity, analyzer: analyzer, reusing: &workspace))
  }
}

extension Scene {
  /// The campaign account a target author is, with its evidence, as arrays: the form the rules
  /// used before ``Scene/campaignAccount(_:into:tickets:)``, kept here as that one's oracle.
  func referenceCampaignAccount(_ a: FieldAnalysis?) -> (evidence: [Evidence], display: String, tickets: [Int32])? {
    guard let a else { return nil }
    // Every answer below needs a reference or an account prefix.
    guard !a.references.isEmpty || a.has(.accountPrefix) else { return nil }
    if a.has(.electionBody) || a.has(.neutrality) { return nil }
    let refs = a.contestants
    let strongPrefix = a.cues(.accountPrefix).first { !$0.ambiguous }
    if let prefix = a.cues(.accountPrefix).first, let r = refs.first {
      return ([a.evidence(prefix, .campaignAccount), a.evidence(r)], a.original, tickets([r]))
    }
    if let prefix = strongPrefix {
      return ([a.evidence(prefix, .campaignAccount)], a.original, [])
    }
    if let r = refs.first(where: { $0.isAccount || $0.signal == .candidate || $0.signal == .party || $0.signal == .hashtag }) {
      if a.has(.reporting) { return nil }
      var e = a.evidence(r)
      e.signal = .campaignAccount
      return ([e], a.original, tickets([r]))
    }
    return nil
  }
}
