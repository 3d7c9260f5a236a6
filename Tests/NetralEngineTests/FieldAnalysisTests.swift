import NetralCore
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
