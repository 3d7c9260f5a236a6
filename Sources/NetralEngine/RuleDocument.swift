public import NetralCore

/// Renders rule descriptions as the Markdown of `Docs/Rules.md`.
///
/// ```swift
/// let checker = try Checker(packs: PackSet(PackLoader.bundled()))
/// let markdown = RuleDocument.markdown(checker.rules)
/// ```
public enum RuleDocument {
  /// The whole document: one section per rule, sorted by id.
  public static func markdown(_ rules: [RuleDescription]) -> String {
    var out = "# Rules\n\n"
    out += "<!-- Generated from the rules' descriptions by `NETRAL_RECORD_DOCS=1 swift test --filter RuleDocumentTests`; do not edit. -->\n\n"
    out += "| id | title | severity |\n|---|---|---|\n"
    for r in rules {
      let severity = r.sanctions.isEmpty ? "review" : "violation"
      out += "| [`\(r.id)`](#\(anchor(r.id))) | \(r.title.id) — \(r.title.en) | \(severity) |\n"
    }
    for r in rules { out += "\n" + section(r) }
    return out
  }

  private static func anchor(_ id: String) -> String {
    id.lowercased().filter { $0.isLetter || $0.isNumber || $0 == "-" }
  }

  private static func section(_ r: RuleDescription) -> String {
    var out = "## \(r.id)\n\n"
    out += "**\(r.title.id)** — *\(r.title.en)*\n\n"
    out += "\(r.summary.id)\n\n> \(r.summary.en)\n\n"
    out += "**Dasar dan cara kerja.** \(r.rationale.id)\n\n"
    out += "**Rationale.** \(r.rationale.en)\n\n"
    if !r.citations.isEmpty {
      out += "**Citations**\n\n"
      for c in r.citations {
        let provision = c.provision.map { ", \($0)" } ?? ""
        out += "- `\(c.id)` — \(c.instrument)\(provision) (confidence: \(c.confidence.rawValue))\n"
      }
      out += "\n"
    }
    if !r.sanctions.isEmpty {
      out += "**Sanctions (PNS)**\n\n| stage | level | sanction | basis |\n|---|---|---|---|\n"
      for s in r.sanctions {
        out += "| \(s.stage.rawValue) | \(s.sanction.level.rawValue) | \(s.sanction.description) | \(s.sanction.basis ?? "") |\n"
      }
      out += "\n"
    }
    out += "**Saran / Fix.** \(r.suggestion.id) — *\(r.suggestion.en)*\n\n"
    out += "**Triggering examples**\n\n"
    for e in r.triggeringExamples { out += "- \(describe(e))\n" }
    out += "\n**Non-triggering examples**\n\n"
    for e in r.nonTriggeringExamples { out += "- \(describe(e))\n" }
    return out
  }

  private static func describe(_ e: RuleExample) -> String {
    let a = e.activity
    var parts = ["`\(a.kind.rawValue)`"]
    if let t = a.text { parts.append("\u{201C}\(t)\u{201D}") }
    if let author = a.target?.author { parts.append("target: \u{201C}\(author)\u{201D}") }
    if let t = a.target?.text { parts.append("target text: \u{201C}\(t)\u{201D}") }
    for m in a.media {
      if let d = m.description { parts.append("photo: \u{201C}\(d)\u{201D}") }
      if !m.people.isEmpty { parts.append("tagged: \(m.people.joined(separator: ", "))") }
    }
    return parts.joined(separator: " · ") + " → **\(e.verdict.rawValue)**"
  }
}
