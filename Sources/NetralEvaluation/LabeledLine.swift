import Foundation
import NetralCore

/// Decodes one labeled line: the activity part through ``ActivityDecoder``, the labels here.
enum LabeledLine {
  static func decode(_ bytes: some Collection<UInt8>, source: String, line: Int) throws
    -> LabeledActivity
  {
    func fail(_ field: String?, _ reason: String) -> InterchangeError {
      InterchangeError(source: source, line: line, field: field, reason: reason)
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
    } catch {
      throw fail(nil, "not valid JSON")
    }
    guard let dict = object as? [String: Any] else { throw fail(nil, "expected a JSON object") }
    let activity = try ActivityDecoder().decode(object: dict, source: source, line: line)

    guard let expect = dict["expect"], !(expect is NSNull) else {
      throw fail("expect", "missing required field")
    }
    guard let expectation = expect as? [String: Any] else {
      throw fail("expect", "expected an object")
    }
    guard let verdictValue = expectation["verdict"], !(verdictValue is NSNull) else {
      throw fail("expect.verdict", "missing required field")
    }
    guard let verdictName = verdictValue as? String else {
      throw fail("expect.verdict", "expected a string")
    }
    guard let verdict = Verdict(rawValue: verdictName), verdict != .error else {
      throw fail("expect.verdict", "unknown verdict '\(verdictName)'")
    }
    let rules = try strings(expectation["rules"], field: "expect.rules", fail: fail)
    for (i, rule) in rules.enumerated() where EvaluationSet.ruleVerdicts[rule] == nil {
      throw fail("expect.rules[\(i)]", "unknown rule '\(rule)'")
    }
    let worst = rules.compactMap { EvaluationSet.ruleVerdicts[$0] }.max() ?? .clean
    guard worst == verdict else {
      throw fail("expect", "verdict '\(verdictName)' does not match its rules (they give '\(worst.rawValue)')")
    }
    let tags = try strings(dict["tags"], field: "tags", fail: fail)
    var note: String?
    if let value = dict["note"], !(value is NSNull) {
      guard let text = value as? String else { throw fail("note", "expected a string") }
      note = text
    }
    return LabeledActivity(
      activity: activity, expectedVerdict: verdict, expectedRules: rules, tags: tags, note: note)
  }

  private static func strings(
    _ value: Any?, field: String, fail: (String?, String) -> InterchangeError
  ) throws -> [String] {
    guard let value, !(value is NSNull) else { return [] }
    guard let list = value as? [Any] else { throw fail(field, "expected an array") }
    return try list.enumerated().map { i, element in
      guard let text = element as? String else { throw fail("\(field)[\(i)]", "expected a string") }
      return text
    }
  }
}
