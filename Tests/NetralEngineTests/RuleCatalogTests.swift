import Foundation
import NetralCore
import NetralEvaluation
import Testing

@testable import NetralEngine

/// The checker runs each rule through `RuleCatalog.detect(_:_:)`, a switch on the rule's index;
/// each case must run the rule that `RuleCatalog.all` lists at that index.
@Suite("Rule catalog dispatch")
struct RuleCatalogTests {
  @Test("every case of the dispatch runs the rule listed at its index, on the dev set")
  func dispatchFollowsTheList() throws {
    let analyzer = Analyzer(packs: CompiledPacks(packs: Fixtures.packs))
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    let activities = try EvaluationSet.load(url).map(\.activity)
    var fired = Array(repeating: 0, count: RuleCatalog.all.count)
    var workspace = Checker.Workspace()
    for activity in activities {
      let scene = Scene(activity, analyzer: analyzer, reusing: &workspace)
      for k in RuleCatalog.all.indices {
        let listed = RuleCatalog.all[k].detect(scene)
        let dispatched = RuleCatalog.detect(k, scene)
        #expect(dispatched?.evidence == listed?.evidence, "rule \(RuleCatalog.all[k].id) on \(activity.id)")
        #expect(dispatched?.subject == listed?.subject, "rule \(RuleCatalog.all[k].id) on \(activity.id)")
        if listed != nil { fired[k] += 1 }
      }
    }
    // Every rule fires somewhere in the dev set, so a case running the wrong rule shows above.
    for k in RuleCatalog.all.indices {
      #expect(fired[k] > 0, "rule \(RuleCatalog.all[k].id) never fired on the dev set")
    }
  }
}
