/// The messages and fixes of recent findings, per ``Checker/Workspace``: the same rule finds
/// the same subject (a ticket's name, a hashtag) over and over in a stream, and joining a
/// message's pieces costs about a thousand instructions (a reservation and two appends), where
/// finding it again here costs a comparison that usually stops at the strings' identical bits.
///
/// Direct-mapped: a slot is chosen by the rule and the subject's length and first byte; a text
/// that maps to a taken slot replaces it. A slot is used only when its rule, kind and subject
/// are equal to the finding's, so the cache never changes what a finding says.
struct WordingCache: Sendable {
  /// One remembered text: what it was made from and the text.
  private struct Slot: Sendable {
    var rule: Int
    var isSuggestion: Bool
    var subject: String
    var text: String
  }

  private var slots: [Slot?] = []
  private static let slotCount = 256

  /// The message of rule `k`'s `match`, worded by `wording`.
  mutating func message(_ k: Int, _ wording: RuleWording, _ match: RuleMatch) -> String {
    text(k, isSuggestion: false, subject: match.subject) { wording.message(match) }
  }

  /// The fix of rule `k`'s `match`, worded by `wording`.
  mutating func suggestion(_ k: Int, _ wording: RuleWording, _ match: RuleMatch) -> String? {
    guard let remove = match.remove else { return wording.suggestion(match) }
    return text(k, isSuggestion: true, subject: remove) { wording.suggestion(match) }
  }

  /// The text remembered for `(k, isSuggestion, subject)`, else `make()`'s, remembered.
  private mutating func text(
    _ k: Int, isSuggestion: Bool, subject: String, _ make: () -> String
  ) -> String {
    if slots.isEmpty { slots = Array(repeating: nil, count: Self.slotCount) }
    let utf8 = subject.utf8
    let first = Int(utf8.first ?? 0)
    let index = (k &* 37 &+ utf8.count &* 11 &+ first &+ (isSuggestion ? 128 : 0)) & (Self.slotCount - 1)
    if let slot = slots[index], slot.rule == k, slot.isSuggestion == isSuggestion,
      slot.subject == subject
    {
      return slot.text
    }
    let text = make()
    slots[index] = Slot(rule: k, isSuggestion: isSuggestion, subject: subject, text: text)
    return text
  }
}
