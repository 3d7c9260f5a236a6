public import NetralCore

/// A report for tickets: summary, findings per rule, then each record with findings as a
/// quote of its text with the evidence in bold, and the findings as a list.
public struct MarkdownReporter: Reporter {
  private let options: ReportOptions
  private let labels: ReportLabels
  private var collector = FindingsCollector()

  /// Creates a markdown reporter.
  public init(options: ReportOptions) {
    self.options = options
    labels = ReportLabels(options.language)
  }

  /// Keeps the record if it has findings or is an error.
  public mutating func report(_ entry: ReportEntry) -> String {
    collector.add(entry)
    return ""
  }

  /// The document.
  public mutating func finish(_ summary: AuditSummary) -> String {
    var out = "# \(labels.reportTitle)\n\n"
    if let at = options.generatedAt {
      out += "_\(labels.generatedLabel): \(ReportTime.format(at))_\n\n"
    }
    out += "## \(labels.summaryTitle)\n\n\(labels.counts(summary)).\n\n"
    out += "| \(labels.verdictLabel) | \(labels.countLabel) |\n|---|---:|\n"
    for v in [Verdict.violation, .review, .clean, .error]
    where v != .error || summary.unreadable > 0 {
      out += "| \(labels.verdict(v)) | \(summary.verdicts[v] ?? 0) |\n"
    }
    let byRule = collector.findingsByRule
    if !byRule.isEmpty {
      out +=
        "\n## \(labels.rulesTitle)\n\n| \(labels.ruleLabel) | | \(labels.countLabel) |\n|---|---|---:|\n"
      for (rule, severity, n) in byRule {
        let title = options.rule(rule).map { Self.escape($0.title(options.language)) + " " } ?? ""
        out += "| `\(rule)` | \(title)(\(labels.severity(severity))) | \(n) |\n"
      }
    }
    out += "\n## \(labels.findingsTitle)\n\n"
    if collector.notable.isEmpty { out += labels.noFindings + "\n" }
    for entry in collector.notable { out += render(entry) }
    return out
  }

  private func render(_ entry: ReportEntry) -> String {
    let a = entry.assessment
    var out = "### `\(a.id)` — \(labels.verdict(a.verdict))"
    if a.verdict != .error { out += " (\(labels.scoreLabel) \(a.score))" }
    out += "\n\n"
    var context: [String] = []
    if entry.record != nil { context.append("`\(entry.location)`") }
    if let who = labels.who(entry.activity?.actor) { context.append(Self.escape(who)) }
    if let p = entry.activity?.platform { context.append(p) }
    if let at = entry.activity?.at { context.append(ReportTime.human(at)) }
    if let phase = a.phase {
      context.append(
        phase.inWindow ? "\(labels.phase(phase.phase)) \(phase.election)" : labels.outsideWindow)
    }
    if !context.isEmpty { out += context.joined(separator: " · ") + "\n\n" }
    if let error = a.error { out += "> \(Self.escape(error))\n\n" }
    if let activity = entry.activity {
      for excerpt in Excerpt.excerpts(of: activity, findings: a.findings) {
        if excerpt.field != .text { out += "`\(excerpt.field)`:\n" }
        for line in excerpt.lines {
          out += "> " + (line.cutBefore ? "…" : "")
          for segment in line.segments {
            let text = Self.escape(segment.text)
            out += segment.severity == nil || text.isEmpty ? text : "**\(text)**"
          }
          out += (line.cutAfter ? "…" : "") + "\n"
        }
        out += "\n"
      }
    }
    for f in a.findings {
      out += "- **\(labels.severity(f.severity))** `\(f.rule)`: \(Self.escape(f.message))\n"
      if let s = f.sanction {
        out += "  - \(labels.sanctionLabel): \(Self.escape(labels.sanctionText(s)))\n"
      }
      if !f.citations.isEmpty {
        out += "  - \(labels.basisLabel): \(Self.escape(labels.citationText(f.citations)))\n"
      }
      if let s = f.suggestion { out += "  - \(labels.suggestionLabel): \(Self.escape(s))\n" }
    }
    return out + "\n"
  }

  /// `text` with markdown's special characters backslash-escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      if "\\`*_[]<>#|~".contains(c) { out.append("\\") }
      out.append(c == "\n" ? " " : c)
    }
    return out
  }
}
