import Foundation
import NetralEngine
import NetralEvaluation
import Testing

@Suite("Evaluation on the dev set")
struct EvaluationTests {
  @Test("dev.jsonl meets the accuracy targets")
  func devTargets() throws {
    let url = Fixtures.root.appendingPathComponent("Fixtures/Evaluation/dev.jsonl")
    let set = try EvaluationSet.load(url)
    let report = Evaluator.evaluate(set, checker: Fixtures.checker)
    if ProcessInfo.processInfo.environment["NETRAL_EVAL_PRINT"] != nil {
      print(report.markdown())
    }
    #expect(report.precision >= 0.97)
    #expect(report.recall >= 0.93)
    #expect(report.cleanKept >= 0.95)
  }
}
