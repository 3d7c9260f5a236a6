import NetralCore

/// What a rule's findings say in one language: its id, severity, message lead and fix, read
/// from the rule once when the checker is built. A finding is then worded without going
/// through `any Rule` (each call through the existential copied the rule's box, and reading its
/// prose copied the whole ``RuleText``).
struct RuleWording: Sendable {
  /// The rule's id.
  let id: String
  /// The severity of its findings.
  let severity: Severity
  /// The message before the subject, with the opening quote when the rule quotes it.
  private let lead: String
  /// What follows the subject: the closing quote, or nothing.
  private let close: String
  /// The generic suggestion.
  private let suggestion: String
  /// What a suggestion naming a span starts with ("Hapus “").
  private let removeLead: String
  /// What follows the span in such a suggestion: the closing quote and the generic suggestion.
  private let removeTail: String

  /// The wording of `rule` in `language`.
  init(_ rule: any Rule, language: Language) {
    id = rule.id
    severity = rule.severity
    lead = rule.messageLead(language) + (rule.quotesSubject ? "\u{2018}" : "")
    close = rule.quotesSubject ? "\u{2019}" : ""
    suggestion = rule.text.suggestion(language)
    removeLead = language == .en ? "Remove \u{201C}" : "Hapus \u{201C}"
    removeTail = "\u{201D}. " + suggestion
  }

  /// The finding's message for `match`: the lead, then the subject (quoted ‘…’ or appended).
  func message(_ match: RuleMatch) -> String {
    String(joining: lead, match.subject, close)
  }

  /// A fix for `match`: the generic suggestion, naming the span to remove.
  func suggestion(_ match: RuleMatch) -> String {
    guard let remove = match.remove else { return suggestion }
    return String(joining: removeLead, remove, removeTail)
  }
}

extension String {
  /// `a + b + c`: a copy of `a` made at the full size, then `b` and `c` appended (each `+`
  /// grew and copied a string of its own, and each append has a sizeable fixed cost).
  init(joining a: String, _ b: String, _ c: String = "") {
    self = a
    reserveCapacity(a.utf8.count + b.utf8.count + c.utf8.count)
    append(b)
    if !c.isEmpty { append(c) }
  }
}
