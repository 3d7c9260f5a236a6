import Foundation
import NetralCore
import Testing

@testable import NetralEvaluation

@Suite struct EvaluationSetTests {
  private func parse(_ lines: [String]) throws -> [LabeledActivity] {
    try EvaluationSet.parse(Data(lines.joined(separator: "\n").utf8), source: "dev.jsonl")
  }

  private func problems(_ lines: [String]) -> [String] {
    do {
      _ = try parse(lines)
      return []
    } catch let error as EvaluationSetError {
      return error.problems.map(\.description)
    } catch {
      return ["unexpected \(error)"]
    }
  }

  @Test func readsActivityAndLabels() throws {
    let items = try parse([
      #"{"id":"x1","kind":"like","at":"2024-10-12T19:03:00+07:00","actor":{"type":"pns","name":"Rina"},"target":{"author":"Tim Pemenangan Airin-Ade","text":"Coblos nomor 1!","kind":"post"},"reaction":"love","expect":{"verdict":"violation","rules":["interaction.campaign-content"]},"tags":["kind-like","register:formal"],"note":"like on a campaign account"}"#,
      "",
      #"{"id":"x2","kind":"post","text":"Aamiin ya rabbal alamin","expect":{"verdict":"clean"}}"#,
      "\r",
      #"{"id":"x3","kind":"post","text":"Salam dua jari ✌️","expect":{"verdict":"review","rules":["gesture.partisan-symbol"]}}"# + "\r",
    ])
    #expect(items.count == 3)
    let like = items[0]
    #expect(like.activity.kind == .like)
    #expect(like.activity.actor?.type == .pns)
    #expect(like.activity.target?.author == "Tim Pemenangan Airin-Ade")
    #expect(like.activity.reaction == "love")
    #expect(like.expectedVerdict == .violation)
    #expect(like.expectedRules == ["interaction.campaign-content"])
    #expect(like.tags == ["kind-like", "register:formal"])
    #expect(like.note == "like on a campaign account")
    #expect(like.groups.contains("kind=like") && like.groups.contains("actor=pns"))
    #expect(items[1].expectedVerdict == .clean && items[1].expectedRules.isEmpty)
    #expect(items[1].tags.isEmpty && items[1].note == nil)
    #expect(items[2].activity.text == "Salam dua jari ✌️")
  }

  @Test func namesFileLineAndFieldOfEveryBadLine() {
    let found = problems([
      #"{"id":"ok","kind":"post","text":"Pohon beringin","expect":{"verdict":"clean","rules":[]}}"#,
      #"{"id":"n1","kind":"post","text":"Coblos 02"}"#,
      #"{"id":"n2","kind":"post","expect":{"verdict":"bad"}}"#,
      #"{"id":"n3","kind":"post","expect":{"verdict":"violation","rules":["post.kampanye"]}}"#,
      #"{"id":"n4","kind":"post","expect":{"verdict":"clean","rules":["post.campaign-support"]}}"#,
      #"{"id":"ok","kind":"post","expect":{"verdict":"clean"}}"#,
      #"{"id":"n5","kind":"tweet","expect":{"verdict":"clean"}}"#,
      #"{"id":"n6","kind":"post","expect":{"verdict":"clean"},"tags":"evasion"}"#,
      #"{"id":"n7","kind":"post","expect":{"verdict":"review","rules":[3]}}"#,
      "{not json",
      #"{"id":"n8","kind":"post","expect":{"verdict":"error"}}"#,
      #"{"id":"n9","kind":"post","expect":"violation"}"#,
    ])
    #expect(
      found == [
        "dev.jsonl:2: 'expect': missing required field",
        "dev.jsonl:3: 'expect.verdict': unknown verdict 'bad'",
        "dev.jsonl:4: 'expect.rules[0]': unknown rule 'post.kampanye'",
        "dev.jsonl:5: 'expect': verdict 'clean' does not match its rules (they give 'violation')",
        "dev.jsonl:6: 'id': duplicate id 'ok' (first on line 1)",
        "dev.jsonl:7: 'kind': unknown kind 'tweet'",
        "dev.jsonl:8: 'tags': expected an array",
        "dev.jsonl:9: 'expect.rules[0]': expected a string",
        "dev.jsonl:10: not valid JSON",
        "dev.jsonl:11: 'expect.verdict': unknown verdict 'error'",
        "dev.jsonl:12: 'expect': expected an object",
      ])
  }

  @Test func violationNeedsAViolationRule() {
    #expect(
      problems([#"{"id":"v","kind":"post","expect":{"verdict":"violation","rules":["gesture.partisan-symbol"]}}"#])
        == ["dev.jsonl:1: 'expect': verdict 'violation' does not match its rules (they give 'review')"])
  }

  @Test func missingFileIsAnError() {
    let url = URL(fileURLWithPath: "/nonexistent/netral/dev.jsonl")
    #expect(throws: (any Error).self) { try EvaluationSet.load(url) }
  }
}
