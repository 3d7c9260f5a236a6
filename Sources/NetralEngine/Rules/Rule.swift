import NetralPacks
import NetralCore

/// What one rule found in one activity.
struct RuleMatch: Sendable {
  /// Exact spans.
  var evidence: [Evidence]
  /// What was found, as messages name it ("Prabowo-Gibran", "Tim Pemenangan AMIN").
  var subject: String
  /// Tickets the evidence refers to (chooses the election).
  var tickets: [Int32]
  /// Extra weight for the score, 0–20: several signals, direct names.
  var strength: Int
  /// The span a fix should remove ("#PrabowoGibran2024").
  var remove: String?
}

/// The legal basis of a rule: what it cites and which SKB 2022 rows set its sanction.
struct RuleBasis: Sendable {
  /// Citation ids, in order.
  var citations: [String]
  /// SKB 2022 Lampiran II row before penetapan (table A), if any.
  var ethicsRow: String?
  /// SKB 2022 Lampiran II row after penetapan (table B).
  var disciplineRow: String?
  /// PP 94/2021 level of the table B row.
  var level: SanctionLevel
  /// Level before penetapan when table A has no row (B5, B9, B11 apply throughout).
  var levelBeforeCandidacy: SanctionLevel = .moral
}

/// One ban: detection over a ``Scene`` plus its description, messages and fix.
protocol Rule: Sendable {
  /// Stable id.
  var id: String { get }
  /// Severity of its findings.
  var severity: Severity { get }
  /// Legal basis.
  var basis: RuleBasis { get }
  /// Title, summary, rationale, fix and examples (citations and sanctions are added by the
  /// catalog from the packs).
  var text: RuleText { get }
  /// Finds the rule's pattern in an activity.
  func detect(_ scene: Scene) -> RuleMatch?
  /// The finding's message before the match's subject ("Unggahan sendiri mendukung atau
  /// mempromosikan peserta pemilihan: ").
  var messageLead: LocalizedText { get }
  /// Whether the message quotes the subject (‘…’) instead of appending it.
  var quotesSubject: Bool { get }
}

/// The prose of a rule.
struct RuleText: Sendable {
  var title: LocalizedText
  var summary: LocalizedText
  var rationale: LocalizedText
  var suggestion: LocalizedText
  var triggering: [RuleExample]
  var nonTriggering: [RuleExample]
}

extension Rule {
  var quotesSubject: Bool { false }
}

/// Shorthand for example activities in rule descriptions.
enum Example {
  static func post(_ text: String, _ verdict: Verdict = .violation) -> RuleExample {
    RuleExample(Activity(id: "example", kind: .post, text: text), verdict: verdict)
  }
  static func act(
    _ kind: Activity.Kind, text: String? = nil, author: String? = nil, targetText: String? = nil,
    targetKind: Target.Kind? = nil, media: [Media] = [], _ verdict: Verdict = .violation
  ) -> RuleExample {
    let target =
      author == nil && targetText == nil
      ? nil : Target(author: author, text: targetText, kind: targetKind)
    return RuleExample(
      Activity(id: "example", kind: kind, text: text, target: target, media: media),
      verdict: verdict)
  }
}
