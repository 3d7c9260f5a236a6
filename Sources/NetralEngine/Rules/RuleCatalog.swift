import NetralText
import NetralPacks
import NetralCore

/// The built-in rules, in evaluation order.
enum RuleCatalog {
  /// Rules that meet a ban.
  static let violations: [any Rule] = [
    CampaignSupportRule(), CampaignOppositionRule(), MobilizationRule(), CampaignAttributeRule(),
    CampaignEventRule(), PartyMembershipRule(), KTPSupportRule(), CampaignInteractionRule(),
    CampaignAccountMembershipRule(), PartisanPhotoRule(), ProfileIdentityRule(),
  ]
  /// Rules that ask for review, applied only when no violation was found.
  static let reviews: [any Rule] = [GestureSymbolRule(), ElectionMentionRule()]

  /// Every rule.
  static let all: [any Rule] = violations + reviews

  /// `all[k].detect(scene)`, the rule opened in place in the array's storage: called through
  /// the array's subscript, each call copied and destroyed the rule's existential box.
  static func detect(_ k: Int, _ scene: Scene) -> RuleMatch? {
    all.withUnsafeBufferPointer { $0[k].detect(scene) }
  }

  /// The public description of `rule`, with citations resolved by `cite` and sanctions per stage
  /// for a PNS.
  static func describe(_ rule: any Rule, cite: (String) -> Citation) -> RuleDescription {
    let sanctions = StageSanction.Stage.allCases.compactMap { stage in
      SanctionResolver.sanction(rule.basis, stage: stage, actor: .pns, language: .id).map {
        StageSanction(stage: stage, sanction: $0)
      }
    }
    return RuleDescription(
      id: rule.id, title: rule.text.title, summary: rule.text.summary,
      rationale: rule.text.rationale, citations: rule.basis.citations.map(cite),
      sanctions: sanctions, suggestion: rule.text.suggestion,
      triggeringExamples: rule.text.triggering, nonTriggeringExamples: rule.text.nonTriggering)
  }
}
