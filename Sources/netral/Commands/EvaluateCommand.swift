import ArgumentParser
import Foundation
import NetralEngine
import NetralEvaluation

/// `netral evaluate FILE`: precision and recall on a labeled set.
struct EvaluateCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract:
      "Measure the checker on a labeled set (JSON Lines with \"expect\") and print a markdown report."
  )

  @Argument(
    help: ArgumentHelp("Labeled activities, e.g. Fixtures/Evaluation/dev.jsonl.", valueName: "file")
  )
  var file: String

  @OptionGroup var run: RunOptions

  func execute() throws -> ExitCode {
    let (checker, _) = try run.checker()
    let set: [LabeledActivity]
    do {
      set = try EvaluationSet.load(URL(fileURLWithPath: file))
    } catch {
      throw RunError(String(describing: error))
    }
    let report = Evaluator.evaluate(set, check: { checker.check($0) })
    try OutputStream(path: nil).write(report.markdown())
    return ExitStatus.clean
  }
}
