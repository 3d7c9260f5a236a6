public import NetralCore

/// Compiler-style report: each finding with the original text and carets under its evidence,
/// the sanction, the legal basis and the suggested fix. Clean records are silent (unless
/// ``ReportOptions/reportsClean``); a summary closes an audit.
public struct TextReporter: Reporter {
  private let options: ReportOptions
  private let labels: ReportLabels
  private let style: TextStyle

  /// Creates a text reporter.
  public init(options: ReportOptions) {
    self.options = options
    labels = ReportLabels(options.language)
    style = TextStyle(colored: options.colored)
  }

  /// The record's findings or error, or nothing when it is clean.
  public mutating func report(_ entry: ReportEntry) -> String {
    let a = entry.assessment
    if a.verdict == .error {
      let place = entry.record.map { _ in entry.location + ": " } ?? ""
      return "\(place)\(style.paint(labels.verdict(.error), .error)): \(a.error ?? "")\n\n"
    }
    if a.findings.isEmpty {
      guard options.reportsClean else { return "" }
      return "\(header(entry)): \(style.paint(labels.verdict(.clean), .clean))\n"
    }
    var out = header(entry) + "\n"
    for finding in a.findings { out += render(finding, in: entry.activity) }
    return out
  }

  /// The summary of an audit (nothing for a single draft).
  public mutating func finish(_ summary: AuditSummary) -> String {
    guard !options.reportsClean else { return "" }
    var out = "\(style.paint(labels.summaryTitle.lowercased(), .emphasis)): "
    out += labels.counts(summary) + "; " + labels.verdicts(summary) + "\n"
    for file in summary.files {
      for (reason, n) in file.skipped.sorted(by: { $0.key < $1.key }) {
        out += "  \(file.source): \(n) × \(reason)\n"
      }
    }
    return out
  }

  private func header(_ entry: ReportEntry) -> String {
    let a = entry.assessment
    var parts = [style.paint(entry.location, .emphasis)]
    if entry.record != nil { parts.append(a.id) }
    if let activity = entry.activity {
      if let who = labels.who(activity.actor) { parts.append(who) }
      if let platform = activity.platform { parts.append(platform) }
      if let at = activity.at { parts.append(ReportTime.human(at)) }
    }
    if let phase = a.phase {
      parts.append(
        phase.inWindow
          ? "\(labels.phase(phase.phase)) \(phase.election)" : labels.outsideWindow)
    }
    if !a.findings.isEmpty { parts.append("\(labels.scoreLabel) \(a.score)") }
    return parts.joined(separator: style.paint(" · ", .dim))
  }

  private func render(_ finding: Finding, in activity: Activity?) -> String {
    let role: TextStyle.Role = finding.severity == .violation ? .violation : .review
    var out = style.paint("\(labels.severity(finding.severity))[\(finding.rule)]", role)
    out += style.paint(": \(finding.message)", .emphasis) + "\n"
    let excerpts = activity.map { Excerpt.excerpts(of: $0, findings: [finding]) } ?? []
    let width = excerpts.flatMap(\.lines).map { String($0.number).count }.max() ?? 1
    let pad = String(repeating: " ", count: width + 1)
    for excerpt in excerpts {
      let label = excerpt.field == .text ? "" : " [\(excerpt.field)]"
      out += style.paint("\(pad)|", .gutter) + label + "\n"
      for line in excerpt.lines {
        let number = String(line.number)
        let gutter = String(repeating: " ", count: width - number.count) + number + " | "
        let (text, carets) = Self.textAndCarets(line)
        out += style.paint(gutter, .gutter) + text + "\n"
        out += style.paint("\(pad)| ", .gutter) + style.paint(carets, role) + "\n"
      }
    }
    var notes: [String] = []
    if let sanction = finding.sanction {
      var s = "\(labels.sanctionLabel): \(labels.sanctionText(sanction))"
      if let basis = sanction.basis { s += " (\(basis))" }
      notes.append(s)
    }
    if !finding.citations.isEmpty {
      let label = "\(labels.basisLabel): "
      let hang = "\n" + String(repeating: " ", count: pad.count + 2 + label.count)
      notes.append(label + labels.citationGroups(finding.citations).joined(separator: hang))
    }
    if let suggestion = finding.suggestion {
      notes.append("\(labels.suggestionLabel): \(suggestion)")
    }
    for note in notes { out += style.paint("\(pad)= ", .gutter) + style.paint(note, .note) + "\n" }
    return out + "\n"
  }

  /// The line as shown, and a line of carets under its marks (trailing spaces trimmed).
  static func textAndCarets(_ line: Excerpt.Line) -> (String, String) {
    var text = line.cutBefore ? "…" : ""
    var carets = line.cutBefore ? " " : ""
    var markIndex = 0
    for (i, scalar) in line.scalars.enumerated() {
      text.unicodeScalars.append(scalar)
      while markIndex < line.marks.count && line.marks[markIndex].range.upperBound <= i {
        markIndex += 1
      }
      let marked = markIndex < line.marks.count && line.marks[markIndex].range.contains(i)
      let w = DisplayWidth.of(scalar)
      carets += String(repeating: marked ? "^" : " ", count: w)
    }
    if line.cutAfter { text += "…" }
    while carets.hasSuffix(" ") { carets.removeLast() }
    return (text, carets)
  }
}
