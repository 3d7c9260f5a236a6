import ArgumentParser
import NetralCore
import NetralEngine

/// `netral rules`: the table of rules.
struct RulesCommand: RunningCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rules with their ids, titles and citations.")

  @OptionGroup var run: RunOptions

  func execute() throws -> ExitCode {
    let (checker, _) = try run.checker()
    try OutputStream(path: nil).write(RuleTable.render(checker.rules, language: run.language))
    return ExitStatus.clean
  }
}

/// The rules as an aligned text table: id, severity, title, citation ids.
enum RuleTable {
  static func render(_ rules: [RuleDescription], language: Language) -> String {
    let en = language == .en
    let rows: [[String]] =
      [
        [
          en ? "RULE" : "ATURAN", en ? "GIVES" : "HASIL", en ? "TITLE" : "JUDUL",
          en ? "CITATIONS" : "DASAR",
        ]
      ]
      + rules.map { rule in
        let severity: Severity =
          rule.triggeringExamples.contains { $0.verdict == .violation } ? .violation : .review
        return [
          rule.id, severity.rawValue, rule.title(language),
          rule.citations.map(\.id).joined(separator: ", "),
        ]
      }
    let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      (0..<3).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }
        .joined(separator: "  ") + "  " + row[3]
    }.map { $0.hasSuffix(" ") ? String($0.reversed().drop { $0 == " " }.reversed()) : $0 }
      .joined(separator: "\n") + "\n"
  }
}
