import NetralCore
import NetralPacks
import Testing

@testable import NetralEngine

/// What one analysed field says about the contestants it names: the accepted references to a
/// contestant and how many different contestants they are.
@Suite("Field analysis of contestants")
struct FieldAnalysisTests {
  static let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))

  @Test("a ticket named with its own ballot number counts once")
  func ticketWithItsNumber() {
    let a = Self.analyzer.analyze("Ayo coblos Prabowo Gibran nomor 2, lanjutkan!", field: .text)
    #expect(a.contestants.count >= 2)
    #expect(a.distinctContestants(Self.analyzer.packs.tickets) == 1)
  }

  @Test("three candidates named in a debate report are three contestants")
  func threeCandidates() {
    let a = Self.analyzer.analyze("Debat capres semalam: Anies, Prabowo dan Ganjar saling sindir soal pangan.", field: .text)
    #expect(a.distinctContestants(Self.analyzer.packs.tickets) == 3)
  }

  @Test("two ballot numbers without a named ticket are two contestants")
  func twoNumbers() {
    let a = Self.analyzer.analyze("Bingung mau coblos nomor 1 atau nomor 3 besok", field: .text)
    #expect(a.contestants.allSatisfy { $0.signal == .ballotNumber })
    #expect(a.distinctContestants(Self.analyzer.packs.tickets) == 2)
  }

  @Test("a field with no contestant counts none")
  func none() {
    let a = Self.analyzer.analyze("Rapat koordinasi posyandu kelurahan hari Senin pukul 09.00", field: .text)
    #expect(a.contestants.isEmpty)
    #expect(a.distinctContestants(Self.analyzer.packs.tickets) == 0)
  }
}

/// A field keeps its vocabulary cues in one array grouped by category; each category's cues
/// come back in the order they were found, whatever order the categories were found in.
@Suite("Field analysis of cues")
struct FieldCueTests {
  static let analyzer = FieldAnalysisTests.analyzer

  /// Every category's cues, checked against the field's whole cue list.
  func expectGrouped(_ a: FieldAnalysis, _ text: String) {
    var seen = 0
    for category in VocabularyCategory.allCases {
      let cues = a.cues(category)
      #expect(cues.allSatisfy { $0.slot == UInt8(CueSlot.of(category)) }, "\(category) in \(text)")
      #expect(zip(cues, cues.dropFirst()).allSatisfy { $0.start < $1.start }, "\(category) in \(text)")
      #expect(a.has(category) == !cues.isEmpty, "\(category) in \(text)")
      seen += cues.count
    }
    #expect(seen == a.cueStore.count)
  }

  @Test("cues found out of category order are grouped, each group in text order")
  func outOfOrder() {
    // Negation and event words before support words: found in another order than the slots.
    let text = "Jangan lupa hadir di kampanye akbar besok, ayo dukung dan pilih pasangan nomor 2!"
    let a = Self.analyzer.analyze(text, field: .text)
    #expect(a.has(.support))
    // Grouping moved cues: the store is not in text order.
    #expect(a.cueStore.map(\.start) != a.cueStore.map(\.start).sorted())
    expectGrouped(a, text)
  }

  @Test("a long field with many cues is grouped the same way")
  func manyCues() {
    let sentence = "Jangan lupa hadir di kampanye akbar, ayo dukung dan pilih nomor 2. "
    let text = String(repeating: sentence, count: 12)
    let a = Self.analyzer.analyze(text, field: .text)
    #expect(a.cueStore.count > 32)
    #expect(a.cueStore.map(\.start) != a.cueStore.map(\.start).sorted())
    expectGrouped(a, text)
    let short = Self.analyzer.analyze(sentence, field: .text)
    for category in VocabularyCategory.allCases {
      #expect(a.cues(category).count == short.cues(category).count * 12, "\(category)")
    }
  }

  @Test("the count by search and the count through arrays agree on every field of the dev set")
  func inPlaceCountAgrees() throws {
    let activities = CheckWorkspaceTests.activities
    try #require(activities.count > 100)
    let tickets = Self.analyzer.packs.tickets
    var counted = 0
    for activity in activities {
      for text in [activity.text, activity.target?.text, activity.target?.author].compactMap({ $0 }) {
        let a = Self.analyzer.analyze(text, field: .text)
        #expect(a.distinctContestantsInPlace(tickets) == a.distinctContestantsGathered(tickets), "\(text)")
        if a.distinctContestantsGathered(tickets) > 0 { counted += 1 }
      }
    }
    #expect(counted > 50)
  }

  @Test("accepted references and contestants are the filtered references, shared or gathered")
  func selectedReferences() throws {
    let activities = CheckWorkspaceTests.activities
    try #require(activities.count > 100)
    var shared = 0
    var gathered = 0
    for activity in activities {
      for text in [activity.text, activity.target?.text, activity.target?.author].compactMap({ $0 }) {
        let a = Self.analyzer.analyze(text, field: .text)
        let contestants = a.references.filter { !$0.ambiguous && $0.subject != .election }
        #expect(a.contestants == contestants, "\(text)")
        #expect(a.accepted == a.references.filter { !$0.ambiguous }, "\(text)")
        guard !a.references.isEmpty else { continue }
        if contestants.count == a.references.count { shared += 1 } else { gathered += 1 }
      }
    }
    // Both cases occur: every reference a contestant, and some ambiguous or election-wide.
    #expect(shared > 20 && gathered > 20)
  }

  @Test("hits of one lexicon entry share its label, which carries the entry's key and display")
  func sharedLabels() {
    let a = Self.analyzer.analyze("Dukung Prabowo! Sekali lagi dukung Prabowo sampai menang, ayo dukung", field: .text)
    let entries = Self.analyzer.packs.lexicon.entries
    let prabowo = a.references.filter { $0.display == a.references.first?.display }
    #expect(prabowo.count >= 2)
    #expect(prabowo.allSatisfy { $0.label === prabowo[0].label })
    let support = a.cues(.support).filter { $0.key == a.cues(.support).first?.key }
    #expect(support.count == 3)
    #expect(support.allSatisfy { $0.label === support[0].label })
    for r in a.references {
      #expect(entries.contains { $0.key == r.key && $0.display == r.display }, "\(r.display)")
    }
    for c in a.cues(.support) {
      #expect(entries.contains { $0.key == c.key && $0.display == c.display }, "\(c.display)")
    }
    // A label of its own (a ballot number's) compares by value.
    #expect(TermLabel(key: nil, display: "nomor 2") == TermLabel(key: nil, display: "nomor 2"))
    #expect(TermLabel(key: nil, display: "nomor 2") != TermLabel(key: nil, display: "nomor 3"))
  }
}
