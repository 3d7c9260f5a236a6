public import NetralCore

/// One self-contained HTML page for an inspector (no scripts, fonts or external resources):
/// verdict counts, a timeline of findings per week across the election calendar, findings per
/// rule and per sanction level, a summary per account, and each record with findings with its
/// evidence highlighted in the original text. Readable on a phone.
public struct HTMLReporter: Reporter {
  private let options: ReportOptions
  private let labels: ReportLabels
  private var collector = FindingsCollector()
  private var timeline: TimelineChart

  /// Records shown in full; the rest are counted.
  public static let maxRecordsShown = 2000

  /// Creates an HTML reporter.
  public init(options: ReportOptions) {
    self.options = options
    labels = ReportLabels(options.language)
    timeline = TimelineChart(calendars: options.calendars, labels: labels)
  }

  /// Keeps the record if it has findings or is an error; counts it for its account.
  public mutating func report(_ entry: ReportEntry) -> String {
    collector.add(entry)
    if !entry.assessment.findings.isEmpty { timeline.add(entry) }
    return ""
  }

  /// The page.
  public mutating func finish(_ summary: AuditSummary) -> String {
    var h =
      "<!doctype html>\n<html lang=\"\(options.language.rawValue)\"><head><meta charset=\"utf-8\">"
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    h +=
      "<title>\(labels.reportTitle.htmlEscaped)</title><style>\(HTMLStyleSheet.css)</style></head>\n"
    h += "<body><main>\n<header><h1>\(labels.reportTitle.htmlEscaped)</h1>"
    var meta = [labels.counts(summary)]
    if let at = options.generatedAt {
      meta.append("\(labels.generatedLabel) \(ReportTime.format(at))")
    }
    meta.append("netral \(options.toolVersion)")
    h += "<p class=\"meta\">\(meta.joined(separator: " · ").htmlEscaped)</p></header>\n"
    h += "<section class=\"cards\">"
    for v in Verdict.allCases.reversed() where v != .error || (summary.verdicts[v] ?? 0) > 0 {
      h +=
        "<div class=\"card \(v.rawValue)\"><b>\(summary.verdicts[v] ?? 0)</b>\(labels.verdict(v).htmlEscaped)</div>"
    }
    h += "</section>\n"
    h += timelineSection() + tablesSection() + accountsSection() + recordsSection()
    return h + "</main></body></html>\n"
  }

  private func timelineSection() -> String {
    var h = "<section><h2>\(labels.timelineTitle.htmlEscaped)</h2><div class=\"panel chart\">"
    guard let svg = timeline.svg() else {
      return h + "<p class=\"meta\">\(labels.noDates.htmlEscaped)</p></div></section>\n"
    }
    h += "<div class=\"scroll\">" + svg + "</div><div class=\"legend\">"
    h +=
      "<span><i style=\"background:#dc2626\"></i>\(labels.verdict(.violation).htmlEscaped)</span>"
    h += "<span><i style=\"background:#d97706\"></i>\(labels.verdict(.review).htmlEscaped)</span>"
    let phases = Set(options.calendars.flatMap { $0.bands.map(\.phase) })
    for phase in Phase.allCases where phases.contains(phase) {
      h +=
        "<span><i style=\"background:\(TimelineChart.color(phase))\"></i>\(labels.phase(phase).htmlEscaped)</span>"
    }
    return h + "</div></div></section>\n"
  }

  private func tablesSection() -> String {
    var h =
      "<div class=\"grid\"><section><h2>\(labels.rulesTitle.htmlEscaped)</h2><div class=\"scroll\"><table>"
    h +=
      "<tr><th>\(labels.ruleLabel.htmlEscaped)</th><th class=\"n\">\(labels.countLabel.htmlEscaped)</th></tr>"
    for (rule, severity, n) in collector.findingsByRule {
      let title = options.rule(rule)?.title(options.language)
      h += "<tr><td>"
      if let title { h += "\(title.htmlEscaped)<br>" }
      h +=
        "<span class=\"badge \(severity.rawValue)\">\(labels.severity(severity).htmlEscaped)</span> <code>\(rule.htmlEscaped)</code>"
      h += "</td><td class=\"n\">\(n)</td></tr>"
    }
    if collector.findingsByRule.isEmpty {
      h += "<tr><td colspan=\"2\">\(labels.noFindings.htmlEscaped)</td></tr>"
    }
    h +=
      "</table></div></section>\n<section><h2>\(labels.sanctionsTitle.htmlEscaped)</h2><div class=\"scroll\"><table>"
    h +=
      "<tr><th>\(labels.sanctionLabel.htmlEscaped)</th><th class=\"n\">\(labels.countLabel.htmlEscaped)</th></tr>"
    let bySanction = collector.findingsBySanction
    for level in SanctionLevel.allCases.reversed() {
      guard let n = bySanction[level] else { continue }
      h += "<tr><td>\(labels.sanction(level).htmlEscaped)</td><td class=\"n\">\(n)</td></tr>"
    }
    if let n = bySanction[nil] {
      h += "<tr><td>\(labels.noSanction.htmlEscaped)</td><td class=\"n\">\(n)</td></tr>"
    }
    if bySanction.isEmpty {
      h += "<tr><td colspan=\"2\">\(labels.noFindings.htmlEscaped)</td></tr>"
    }
    return h + "</table></div></section></div>\n"
  }

  private func accountsSection() -> String {
    var h =
      "<section id=\"accounts\"><h2>\(labels.accountsTitle.htmlEscaped)</h2><div class=\"panel scroll\"><table><tr>"
    h +=
      "<th>\(labels.accountLabel.htmlEscaped)</th><th class=\"n\">\(labels.activitiesLabel.htmlEscaped)</th>"
    for v in [Verdict.violation, .review, .clean] {
      h += "<th class=\"n\">\(labels.verdict(v).htmlEscaped)</th>"
    }
    h += "<th>\(labels.sanctionLabel.htmlEscaped)</th></tr>"
    let accounts = collector.accounts.sorted {
      ($0.verdicts[.violation] ?? 0, $0.verdicts[.review] ?? 0) > (
        $1.verdicts[.violation] ?? 0, $1.verdicts[.review] ?? 0
      )
    }
    for a in accounts {
      var who = labels.actor(a.type)
      if !a.key.isEmpty && a.key != a.name { who += " · \(a.key)" }
      h +=
        "<tr><td>\((a.name ?? labels.unknownAccount).htmlEscaped)<br><span class=\"meta\">\(who.htmlEscaped)</span></td>"
      h += "<td class=\"n\">\(a.activities)</td>"
      for v in [Verdict.violation, .review, .clean] {
        h += "<td class=\"n\">\(a.verdicts[v] ?? 0)</td>"
      }
      h += "<td>\(a.gravest.map { labels.sanction($0) }?.htmlEscaped ?? "—")</td></tr>"
    }
    return h + "</table></div></section>\n"
  }

  private func recordsSection() -> String {
    var h = "<section id=\"findings\"><h2>\(labels.findingsTitle.htmlEscaped)</h2>\n"
    if collector.notable.isEmpty { h += "<p>\(labels.noFindings.htmlEscaped)</p>" }
    for entry in collector.notable.prefix(Self.maxRecordsShown) { h += record(entry) }
    let hidden = collector.notable.count - Self.maxRecordsShown
    if hidden > 0 { h += "<p class=\"meta\">… +\(hidden)</p>" }
    return h + "</section>\n"
  }

  private func record(_ entry: ReportEntry) -> String {
    let a = entry.assessment
    var h =
      "<article class=\"\(a.verdict.rawValue)\"><header><span class=\"badge \(a.verdict.rawValue)\">\(labels.verdict(a.verdict).htmlEscaped)</span>"
    h += "<strong>\(a.id.htmlEscaped)</strong>"
    if a.verdict != .error {
      h += "<span class=\"meta\">\(labels.scoreLabel.htmlEscaped) \(a.score)</span>"
    }
    h += "</header>"
    var meta: [String] = []
    if let who = labels.who(entry.activity?.actor) { meta.append(who) }
    if let activity = entry.activity {
      meta.append(activity.kind.rawValue)
      if let p = activity.platform { meta.append(p) }
      if let at = activity.at { meta.append(ReportTime.human(at)) }
    }
    if let phase = a.phase {
      meta.append(
        phase.inWindow ? "\(labels.phase(phase.phase)) · \(phase.election)" : labels.outsideWindow)
    }
    if entry.record != nil { meta.append(entry.location) }
    h += "<p class=\"meta\">\(meta.joined(separator: " · ").htmlEscaped)</p>"
    if let error = a.error { h += "<div class=\"excerpt\">\(error.htmlEscaped)</div>" }
    if let activity = entry.activity {
      for excerpt in Excerpt.excerpts(of: activity, findings: a.findings) {
        h += "<div class=\"excerpt\">"
        if excerpt.field != .text {
          h += "<span class=\"field\">\(excerpt.field.description.htmlEscaped)</span>"
        }
        let lines = excerpt.lines.map { line in
          (line.cutBefore ? "…" : "")
            + line.segments.map { seg in
              seg.severity.map { "<mark class=\"\($0.rawValue)\">\(seg.text.htmlEscaped)</mark>" }
                ?? seg.text.htmlEscaped
            }.joined() + (line.cutAfter ? "…" : "")
        }
        h += lines.joined(separator: "\n") + "</div>"
      }
    }
    if !a.findings.isEmpty { h += "<ul class=\"findings\">" }
    for f in a.findings {
      h +=
        "<li><span class=\"badge \(f.severity.rawValue)\">\(labels.severity(f.severity).htmlEscaped)</span> <code>\(f.rule.htmlEscaped)</code> \(f.message.htmlEscaped)<dl>"
      if let s = f.sanction {
        let text = labels.sanctionText(s)
        h += "<dt>\(labels.sanctionLabel.htmlEscaped)</dt><dd>\(text.htmlEscaped)</dd>"
      }
      if !f.citations.isEmpty {
        h +=
          "<dt>\(labels.basisLabel.htmlEscaped)</dt><dd>\(labels.citationText(f.citations).htmlEscaped)</dd>"
      }
      if let s = f.suggestion {
        h += "<dt>\(labels.suggestionLabel.htmlEscaped)</dt><dd>\(s.htmlEscaped)</dd>"
      }
      h += "</dl></li>"
    }
    if !a.findings.isEmpty { h += "</ul>" }
    return h + "</article>\n"
  }
}
