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

/// Writes `Docs/Accuracy.md` from the harness when `NETRAL_RECORD_ACCURACY` is set: dev figures
/// with its failures, holdout figures as aggregates only (its items are never printed, so the
/// engine is not tuned on them).
@Suite("Accuracy document")
struct AccuracyDocument {
  @Test("record Docs/Accuracy.md", .enabled(if: ProcessInfo.processInfo.environment["NETRAL_RECORD_ACCURACY"] != nil))
  func record() throws {
    let dir = Fixtures.root.appendingPathComponent("Fixtures/Evaluation")
    let dev = Evaluator.evaluate(try EvaluationSet.load(dir.appendingPathComponent("dev.jsonl")), checker: Fixtures.checker)
    let holdout = Evaluator.evaluate(try EvaluationSet.load(dir.appendingPathComponent("holdout.jsonl")), checker: Fixtures.checker)
    let preface = """
      # Accuracy

      Figures from the evaluation harness (`NetralEvaluation`) over the bundled packs, written by
      `NETRAL_RECORD_ACCURACY=1 swift test --filter AccuracyDocument`. The engine was tuned on
      `dev.jsonl` only. `holdout.jsonl` went through the harness after the main tuning (199 items
      then: violation precision 0.986, recall 0.873, clean kept 0.971) and again at the end, after
      the eval helper had grown it (233 items: precision 0.989, recall 0.906, clean kept 0.975);
      only its aggregate figures were looked at, no holdout item is printed or was read, and
      every change between the runs came from dev failures.

      A generalization pass followed (new sentences of our own in
      `Tests/NetralEngineTests/GeneralizationTests.swift`, general combination rules S13–S16 and
      wider vocabulary; see `Docs/Engine.md`). The holdout went through the harness twice more,
      midway (precision 0.989, recall 0.917, clean kept 0.975) and at the end (below); again only
      aggregates, per-rule tables and failure counts were read.

      """
    let text = preface + "\n" + dev.markdown(title: "Dev set (tuned on)", maxFailures: 30) + "\n"
      + holdout.markdown(title: "Holdout set (unseen)", maxFailures: 0) + "\n"
    try text.write(to: Fixtures.root.appendingPathComponent("Docs/Accuracy.md"), atomically: true, encoding: .utf8)
    #expect(dev.total > 0 && holdout.total > 0)
  }
}
