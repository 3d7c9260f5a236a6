import NetralCore

extension EvaluationReport {
  /// One line for a terminal: `541 items: precision 0.973, recall 0.941, F1 0.957, clean kept
  /// 0.962, exact verdict 0.900, 37 failures`.
  public var summary: String {
    "\(total) items: precision \(fixed(precision)), recall \(fixed(recall)), F1 \(fixed(f1)), "
      + "clean kept \(fixed(cleanKept)), exact verdict \(fixed(verdictAccuracy)), "
      + "\(failures.count) failures"
  }

  /// Renders the report as Markdown for `Docs/Accuracy.md`: summary (against `targets` when
  /// given), verdict confusion matrix, per-rule and per-group tables, and up to `maxFailures`
  /// failures (wrong verdicts first). A rule's precision or recall with nothing to count shows
  /// as "–".
  public func markdown(
    title: String = "Evaluation", targets: EvaluationTargets? = .issue4, maxFailures: Int = 100
  ) -> String {
    var out: [String] = ["## \(title)", ""]
    out.append("| measure | value | target |")
    out.append("|---|---|---|")
    out.append("| items | \(total) | |")
    out.append(
      "| violation precision | \(fixed(precision)) (\(truePositives) of \(truePositives + falsePositives)) | \(goal(targets?.precision, precision)) |"
    )
    out.append(
      "| violation recall | \(fixed(recall)) (\(truePositives) of \(truePositives + falseNegatives)) | \(goal(targets?.recall, recall)) |"
    )
    out.append("| violation F1 | \(fixed(f1)) | |")
    let cleanTotal = confusion[.clean]?.values.reduce(0, +) ?? 0
    let cleanStayed = confusion[.clean]?[.clean] ?? 0
    out.append(
      "| clean kept clean | \(fixed(cleanKept)) (\(cleanStayed) of \(cleanTotal)) | \(goal(targets?.cleanKept, cleanKept)) |"
    )
    out.append("| exact verdict | \(fixed(verdictAccuracy)) | |")
    out.append("")

    let expectedRows: [Verdict] = [.clean, .review, .violation]
    let columns: [Verdict] = [.clean, .review, .violation, .error]
    out.append("### Verdicts (rows: expected, columns: actual)")
    out.append("")
    out.append("| expected \\ actual | " + columns.map(\.rawValue).joined(separator: " | ") + " | total |")
    out.append("|---|" + String(repeating: "---:|", count: columns.count + 1))
    for row in expectedRows {
      let counts = columns.map { confusion[row]?[$0] ?? 0 }
      out.append(
        "| \(row.rawValue) | " + counts.map(String.init).joined(separator: " | ")
          + " | \(counts.reduce(0, +)) |")
    }
    out.append("")

    out.append("### Rules")
    out.append("")
    out.append("| rule | expected | found | unexpected | precision | recall |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for score in perRule {
      out.append(
        "| `\(score.rule)` | \(score.expected) | \(score.found) | \(score.unexpected) | \(score.found + score.unexpected == 0 ? "–" : fixed(score.precision)) | \(score.expected == 0 ? "–" : fixed(score.recall)) |"
      )
    }
    out.append("")

    out.append("### Groups")
    out.append("")
    out.append("| group | items | exact verdict | violations caught | clean kept | false violations |")
    out.append("|---|---:|---:|---:|---:|---:|")
    for score in perTag {
      let caught =
        score.expectedViolations == 0
        ? "–" : "\(score.caughtViolations)/\(score.expectedViolations)"
      let kept = score.expectedClean == 0 ? "–" : "\(score.keptClean)/\(score.expectedClean)"
      out.append(
        "| \(cell(score.tag)) | \(score.items) | \(fixed(score.accuracy)) | \(caught) | \(kept) | \(score.falseViolations) |"
      )
    }
    out.append("")

    let ordered = failures.filter(\.isVerdictWrong) + failures.filter { !$0.isVerdictWrong }
    out.append("### Failures (\(failures.count), \(failures.filter(\.isVerdictWrong).count) with a wrong verdict)")
    out.append("")
    if ordered.isEmpty {
      out.append("None.")
    } else {
      out.append("| id | kind | expected | actual | missing rules | unexpected rules | excerpt |")
      out.append("|---|---|---|---|---|---|---|")
      for failure in ordered.prefix(max(0, maxFailures)) {
        out.append(
          "| \(cell(failure.id)) | \(failure.kind.rawValue) | \(failure.expected.rawValue) | \(failure.actual.rawValue) | \(failure.missingRules.joined(separator: ", ")) | \(failure.unexpectedRules.joined(separator: ", ")) | \(cell(shortened(failure.excerpt))) |"
        )
      }
      if ordered.count > maxFailures {
        out.append("")
        out.append("… and \(ordered.count - max(0, maxFailures)) more.")
      }
    }
    out.append("")
    return out.joined(separator: "\n")
  }

  private func goal(_ target: Double?, _ value: Double) -> String {
    guard let target else { return "" }
    return "≥ \(fixed(target, digits: 2)) " + (value >= target ? "✅" : "❌")
  }
}

/// `value` with `digits` decimals, independent of locale.
func fixed(_ value: Double, digits: Int = 3) -> String {
  guard digits > 0 else { return String(Int(value.rounded())) }
  var scale = 1
  for _ in 0..<digits { scale *= 10 }
  let scaled = Int((value * Double(scale)).rounded())
  let whole = scaled / scale
  let fraction = String(scaled % scale)
  return "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
}

/// Text made safe for one Markdown table cell.
private func cell(_ text: String) -> String {
  var out = ""
  for character in text {
    switch character {
    case "|": out += "\\|"
    case "\n", "\r", "\r\n": out += " "
    default: out.append(character)
    }
  }
  return out
}

/// At most 90 characters, with an ellipsis when cut.
private func shortened(_ text: String) -> String {
  text.count <= 90 ? text : String(text.prefix(89)) + "…"
}
