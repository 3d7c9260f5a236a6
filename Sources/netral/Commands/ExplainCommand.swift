import ArgumentParser
import NetralCore
import NetralEngine
import NetralReport

/// `netral explain RULE`: one rule in full.
struct ExplainCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain one rule: rationale, citations, sanction per stage, examples.")

  @Argument(help: "The rule id, e.g. post.campaign-support (see `netral rules`).")
  var rule: String

  @OptionGroup var run: RunOptions

  func execute() throws -> ExitCode {
    let (checker, _) = try run.checker()
    guard let description = checker.rules.first(where: { $0.id == rule }) else {
      StandardError.write("netral: unknown rule '\(rule)' (see `netral rules`)\n")
      return ExitStatus.usage
    }
    try OutputStream(path: nil).write(RuleExplanation.render(description, language: run.language))
    return ExitStatus.clean
  }
}

/// One rule as text: title, summary, rationale, citations, sanctions, suggestion, examples.
enum RuleExplanation {
  static func render(_ rule: RuleDescription, language lang: Language) -> String {
    let labels = ReportLabels(lang)
    let en = lang == .en
    var out =
      "\(rule.id): \(rule.title(lang))\n\n\(rule.summary(lang))\n\n\(rule.rationale(lang))\n"
    if !rule.citations.isEmpty {
      out += "\n" + (en ? "Legal basis:" : "Dasar hukum:") + "\n"
      for c in rule.citations {
        out +=
          "  - \(c.instrument)\(c.provision.map { " \($0)" } ?? "") [\(c.id); \(en ? "confidence" : "keyakinan"): \(c.confidence.rawValue)]\n"
        if let summary = c.summary { out += "    \(summary)\n" }
      }
    }
    if !rule.sanctions.isEmpty {
      out += "\n" + (en ? "Sanction (PNS/PPPK) by stage:" : "Sanksi (PNS/PPPK) per tahap:") + "\n"
      for s in rule.sanctions {
        out += "  - \(stage(s.stage, en: en)): \(labels.sanctionText(s.sanction))"
        out += s.sanction.basis.map { " (\($0))" } ?? ""
        out += "\n"
      }
    }
    out += "\n" + (en ? "Suggested fix: " : "Saran perbaikan: ") + rule.suggestion(lang) + "\n"
    let examples = [
      (en ? "Triggers:" : "Memicu:", rule.triggeringExamples),
      (en ? "Does not trigger:" : "Tidak memicu:", rule.nonTriggeringExamples),
    ]
    for (title, list) in examples where !list.isEmpty {
      out += "\n\(title)\n"
      for example in list {
        let a = example.activity
        let text = a.text ?? a.target?.text ?? a.target?.author ?? a.media.first?.description ?? ""
        out += "  - [\(a.kind.rawValue) → \(labels.verdict(example.verdict))] \(text)\n"
      }
    }
    return out
  }

  static func stage(_ stage: StageSanction.Stage, en: Bool) -> String {
    switch stage {
    case .beforeCandidacy: en ? "before candidates are fixed" : "sebelum penetapan calon"
    case .afterCandidacy: en ? "after candidates are fixed" : "setelah penetapan calon"
    case .outsideElection: en ? "outside an election" : "di luar masa pemilihan"
    }
  }
}
