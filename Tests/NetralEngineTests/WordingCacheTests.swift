import Foundation
import NetralCore
import NetralEvaluation
import Testing

@testable import NetralEngine

/// A finding's message and fix come from the workspace's ``WordingCache`` when the same rule
/// found the same subject before; what they say must be what the rule's wording makes.
@Suite("Wording cache")
struct WordingCacheTests {
  private func match(_ subject: String, remove: String? = nil) -> RuleMatch {
    RuleMatch(evidence: [], subject: subject, tickets: [], strength: 0, remove: remove)
  }

  @Test("messages and fixes equal the wording's, for repeated, colliding and distinct subjects")
  func sameTextsAsTheWording() {
    var cache = WordingCache()
    let wordings = RuleCatalog.all.map { RuleWording($0, language: .id) }
    // Same length and first letter (the same slot), other rules, suggestions with and without
    // a span, and subjects built afresh (equal text in other storage).
    let subjects = [
      "Prabowo-Gibran", "Prabowo-Gibran", "Paslon 02", "Pasangan 1", "AMIN", "Anies-Muhaimin",
      "Ganjar-Mahfud", String("Ganjar-") + "Mahfud", "Tim Pemenangan AMIN", "02", "01", "03",
    ]
    for round in 0..<2 {
      for k in wordings.indices {
        for subject in subjects {
          let removal = round == 0 ? "#\(subject)2024" : nil
          let m = match(subject, remove: removal)
          #expect(cache.message(k, wordings[k], m) == wordings[k].message(m))
          #expect(cache.suggestion(k, wordings[k], m) == wordings[k].suggestion(m))
        }
      }
    }
  }

  @Test("a checker reusing one workspace words every dev finding as a fresh one does")
  func reusedWorkspaceSameFindings() throws {
    let checker = try Checker(packs: Fixtures.packs)
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    let activities = try EvaluationSet.load(url).map(\.activity)
    var workspace = Checker.Workspace()
    var worded = 0
    for activity in activities + activities {
      let reused = checker.check(activity, reusing: &workspace)
      let fresh = checker.check(activity)
      #expect(reused == fresh, "\(activity.id)")
      worded += reused.findings.count
    }
    #expect(worded > 100)
  }
}
