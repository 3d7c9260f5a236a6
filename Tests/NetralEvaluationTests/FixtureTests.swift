import Foundation
import NetralCore
import Testing

@testable import NetralEvaluation

/// `Fixtures/Evaluation/<name>` at the repository root.
func fixture(_ name: String) -> URL {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/Evaluation/\(name)")
}

/// The labeled sets and what each must hold.
private let minimums: [(file: String, items: Int, perRule: Int)] = [
  ("dev.jsonl", 420, 10), ("holdout.jsonl", 160, 4),
]

@Suite struct FixtureTests {
  @Test(arguments: minimums.map(\.file))
  func loadsWithUniqueIDs(file: String) throws {
    let items = try EvaluationSet.load(fixture(file))
    #expect(Set(items.map(\.activity.id)).count == items.count)
  }

  @Test(arguments: minimums.indices)
  func meetsSizeAndRuleCoverage(index: Int) throws {
    let (file, size, perRule) = minimums[index]
    let items = try EvaluationSet.load(fixture(file))
    #expect(items.count >= size, "\(file): \(items.count) items")
    var counts: [String: Int] = [:]
    for item in items {
      for rule in item.expectedRules {
        #expect(EvaluationSet.ruleVerdicts[rule] != nil, "\(file): \(item.activity.id): \(rule)")
        counts[rule, default: 0] += 1
      }
    }
    for rule in EvaluationSet.ruleVerdicts.keys.sorted() {
      #expect(counts[rule, default: 0] >= perRule, "\(file): \(rule) labeled \(counts[rule, default: 0]) times")
    }
  }

  @Test(arguments: minimums.map(\.file))
  func keepsTheAgreedDistribution(file: String) throws {
    let items = try EvaluationSet.load(fixture(file))
    let total = Double(items.count)
    func share(_ include: (LabeledActivity) -> Bool) -> Double {
      Double(items.filter(include).count) / total
    }
    let violations = share { $0.expectedVerdict == .violation }
    let negatives = share { $0.tags.contains("hard-negative") }
    let reviews = share { $0.expectedVerdict == .review }
    let evasions = share { $0.tags.contains("evasion") }
    #expect((0.28...0.45).contains(violations), "\(file): violations \(violations)")
    #expect((0.25...0.40).contains(negatives), "\(file): hard negatives \(negatives)")
    #expect((0.20...0.40).contains(reviews), "\(file): review \(reviews)")
    #expect((0.28...0.45).contains(evasions), "\(file): evasion variants \(evasions)")
    #expect(items.allSatisfy { !$0.tags.contains("hard-negative") || $0.expectedVerdict == .clean })
    for kind in Activity.Kind.allCases {
      #expect(items.contains { $0.activity.kind == kind }, "\(file): no \(kind.rawValue)")
    }
    for type in [Actor.Category.pns, .pppk, .nonASN, .agency] {
      #expect(items.contains { $0.activity.actor?.type == type }, "\(file): no \(type.rawValue)")
    }
    #expect(items.contains { $0.activity.at == nil }, "\(file): no undated activity")
    #expect(items.contains { $0.tags.contains("generic-layer") && $0.expectedVerdict == .violation })
  }

  @Test func holdoutSharesNoTextWithDev() throws {
    let dev = try EvaluationSet.load(fixture("dev.jsonl"))
    let holdout = try EvaluationSet.load(fixture("holdout.jsonl"))
    let devTexts = Set(dev.compactMap(\.activity.text).filter { $0.count > 12 })
    let shared = holdout.compactMap(\.activity.text).filter { devTexts.contains($0) }
    #expect(shared.isEmpty, "holdout repeats dev text: \(shared)")
    #expect(Set(dev.map(\.activity.id)).isDisjoint(with: holdout.map(\.activity.id)))
  }
}
