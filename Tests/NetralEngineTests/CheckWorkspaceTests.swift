import Foundation
import NetralCore
import NetralEvaluation
import NetralPacks
import Testing

@testable import NetralEngine

/// A workspace reused from one check to the next changes nothing in the assessments, whether
/// or not the caller still holds earlier results.
@Suite("Checker workspace")
struct CheckWorkspaceTests {
  static let activities: [Activity] = {
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    return (try? EvaluationSet.load(url).map(\.activity)) ?? []
  }()

  @Test("one workspace over the dev set gives the assessments of fresh checks")
  func sameAssessments() throws {
    try #require(Self.activities.count > 100)
    var workspace = Checker.Workspace()
    for activity in Self.activities {
      let reused = Fixtures.checker.check(activity, reusing: &workspace)
      #expect(reused == Fixtures.checker.check(activity), "\(activity.id)")
    }
    // Every field slot an activity of the set uses was made once and kept.
    #expect(!workspace.fields.isEmpty)
  }

  @Test("field analyses still held by the caller are not written over by the next analysis")
  func heldAnalysesStay() {
    let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))
    var workspace = FieldWorkspace()
    let texts = [
      "Ayo coblos Prabowo Gibran nomor 2, lanjutkan!",
      "Rapat koordinasi posyandu kelurahan hari Senin pukul 09.00",
      "Jangan pilih 01! Dukung AMIN 🙏 #AniesMuhaimin2024",
      "Selamat pagi Bapak/Ibu, pelayanan KTP buka sampai pukul 15.00",
    ]
    var held: [FieldAnalysis] = []
    for text in texts { held.append(analyzer.analyze(text, field: .text, reusing: &workspace)) }
    for (text, a) in zip(texts, held) {
      let fresh = analyzer.analyze(text, field: .text)
      #expect(a.normalized == fresh.normalized, "\(text)")
      #expect(a.codes.map(\.id) == fresh.codes.map(\.id), "\(text)")
      #expect(a.clause == fresh.clause, "\(text)")
      #expect(a.references == fresh.references, "\(text)")
      #expect(a.gestures == fresh.gestures, "\(text)")
      #expect(a.cueStore == fresh.cueStore, "\(text)")
      #expect(a.stances == fresh.stances, "\(text)")
    }
  }

  @Test("a field's references, cues and stances are written into the workspace's storage")
  func resultStorageKept() {
    let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))
    var workspace = FieldWorkspace()
    let campaign = "Ayo coblos Prabowo Gibran nomor 2, lanjutkan!"
    var a = analyzer.analyze(campaign, field: .text, reusing: &workspace)
    #expect(!a.references.isEmpty && !a.stances.isEmpty && !a.cueStore.isEmpty)
    // The workspace shares the result's arrays (their storage is reused once `a` is gone).
    #expect(workspace.references == a.references)
    #expect(workspace.cues == a.cueStore)
    #expect(workspace.stances == a.stances)
    // The next field, with fewer results, is written into that storage and holds only its own.
    a = analyzer.analyze("Dukung AMIN 🙏", field: .text, reusing: &workspace)
    let fresh = analyzer.analyze("Dukung AMIN 🙏", field: .text)
    #expect(a.references == fresh.references)
    #expect(a.cueStore == fresh.cueStore)
    #expect(a.stances == fresh.stances)
    #expect(workspace.references.count == a.references.count)
    // The categories present are this field's only (none are left from the field before).
    for category in VocabularyCategory.allCases {
      #expect(a.has(category) == fresh.has(category), "\(category)")
      #expect(a.cues(category).map(\.start) == fresh.cues(category).map(\.start), "\(category)")
    }
    let plain = "Selamat pagi Bapak/Ibu, pelayanan KTP buka sampai pukul 15.00"
    a = analyzer.analyze(plain, field: .text, reusing: &workspace)
    let plainFresh = analyzer.analyze(plain, field: .text)
    #expect(VocabularyCategory.allCases.allSatisfy { a.has($0) == plainFresh.has($0) })
    #expect(!a.has(.support) && a.cues(.support).isEmpty)
  }
}
