import NetralText
import NetralPacks
import NetralCore

/// The built-in rules, in evaluation order.
enum RuleCatalog {
  // Each rule is made once, here: a rule's stored prose (title, rationale, examples with
  // activities) is built when the rule is made, so a rule is never made per call.

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

  /// `all[k].detect(scene)`, called on the rule's type: a call through `any Rule` copied and
  /// destroyed the rule's existential box each time (about 1,100 instructions per activity over
  /// the thirteen rules), and a call on a rule value read from a `static let` checked its
  /// initialization. The cases follow `violations` then `reviews`; `RuleCatalogTests` checks
  /// that each case runs the rule at its index.
  static func detect(_ k: Int, _ scene: Scene) -> RuleMatch? {
    switch k {
    case 0: CampaignSupportRule.detect(in: scene)
    case 1: CampaignOppositionRule.detect(in: scene)
    case 2: MobilizationRule.detect(in: scene)
    case 3: CampaignAttributeRule.detect(in: scene)
    case 4: CampaignEventRule.detect(in: scene)
    case 5: PartyMembershipRule.detect(in: scene)
    case 6: KTPSupportRule.detect(in: scene)
    case 7: CampaignInteractionRule.detect(in: scene)
    case 8: CampaignAccountMembershipRule.detect(in: scene)
    case 9: PartisanPhotoRule.detect(in: scene)
    case 10: ProfileIdentityRule.detect(in: scene)
    case 11: GestureSymbolRule.detect(in: scene)
    case 12: ElectionMentionRule.detect(in: scene)
    default: all[k].detect(scene)
    }
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
