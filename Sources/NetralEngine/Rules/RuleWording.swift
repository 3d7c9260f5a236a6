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
  /// The message before the subject.
  private let lead: String
  /// Whether the message quotes the subject (‘…’) instead of appending it.
  private let quotesSubject: Bool
  /// The generic suggestion.
  private let suggestion: String
  /// What a suggestion naming a span starts with ("Hapus “").
  private let removeLead: String

  /// The wording of `rule` in `language`.
  init(_ rule: any Rule, language: Language) {
    id = rule.id
    severity = rule.severity
    lead = rule.messageLead(language)
    quotesSubject = rule.quotesSubject
    suggestion = rule.text.suggestion(language)
    removeLead = language == .en ? "Remove \u{201C}" : "Hapus \u{201C}"
  }

  /// The finding's message for `match`.
  func message(_ match: RuleMatch) -> String {
    quotesSubject
      ? String(joining: lead, "\u{2018}", match.subject, "\u{2019}") : String(joining: lead, match.subject)
  }

  /// A fix for `match`: the generic suggestion, naming the span to remove.
  func suggestion(_ match: RuleMatch) -> String {
    guard let remove = match.remove else { return suggestion }
    return String(joining: removeLead, remove, "\u{201D}. ", suggestion)
  }
}

extension String {
  /// `a + b + c + d`, appended into one string reserved at its full size (each `+` grew and
  /// copied a string of its own; native strings are appended without another UTF-8 check).
  init(joining a: String, _ b: String, _ c: String = "", _ d: String = "") {
    self.init()
    reserveCapacity(a.utf8.count + b.utf8.count + c.utf8.count + d.utf8.count)
    append(a)
    append(b)
    append(c)
    append(d)
  }
}
