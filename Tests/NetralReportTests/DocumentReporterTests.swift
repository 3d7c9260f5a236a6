import Foundation
import NetralCore
import Testing

@testable import NetralReport

@Suite("JSON, SARIF, markdown and HTML reporters")
struct DocumentReporterTests {
  static func object(_ text: String) throws -> [String: Any] {
    try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test("json is one document with the summary and only the records with findings or errors")
  func json() throws {
    let doc = try Self.object(SampleReport.render(.json))
    let summary = try #require(doc["summary"] as? [String: Any])
    #expect(summary["read"] as? Int == 5)
    #expect(summary["skipped"] as? Int == 1)
    #expect((summary["verdicts"] as? [String: Int])?["violation"] == 1)
    let results = try #require(doc["results"] as? [[String: Any]])
    #expect(
      results.map { ($0["assessment"] as? [String: Any])?["id"] as? String } == [
        "fb-1", "x-2", "contoh, 2024.jsonl:5",
      ])
    #expect(results[0]["position"] as? Int == 1)
    #expect((results[0]["actor"] as? [String: Any])?["name"] as? String == "Rina Marlina")
  }

  @Test("document reporters hold their output until the end")
  func documentsWaitForTheEnd() {
    for format in ReportFormat.allCases where !format.isStreaming {
      var reporter = format.makeReporter(options: ReportOptions())
      #expect(reporter.report(SampleReport.entries[0]).isEmpty, "\(format)")
    }
  }

  @Test("sarif 2.1.0 has the required properties, valid rule indexes and levels")
  func sarif() throws {
    let rule = RuleDescription(
      id: "post.campaign-support",
      title: LocalizedText(id: "Mendukung calon", en: "Supporting a candidate"),
      summary: LocalizedText(id: "s", en: "s"), rationale: LocalizedText(id: "r", en: "r"),
      citations: [SampleReport.citation], sanctions: [],
      suggestion: LocalizedText(id: "x", en: "x"),
      triggeringExamples: [
        RuleExample(Activity(id: "e", kind: .post, text: "coblos 02"), verdict: .violation)
      ],
      nonTriggeringExamples: [])
    let log = try Self.object(SampleReport.render(.sarif, options: ReportOptions(rules: [rule])))
    try SARIFShape.check(log)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(
      results.map { $0["ruleId"] as? String } == [
        "post.campaign-support", "content.election-mention",
      ])
    #expect(results.map { $0["level"] as? String } == ["error", "warning"])
    let location = try #require((results[0]["locations"] as? [[String: Any]])?.first)
    let physical = try #require(location["physicalLocation"] as? [String: Any])
    #expect(
      (physical["artifactLocation"] as? [String: Any])?["uri"] as? String
        == "contoh%2C%202024.jsonl")
    let notifications =
      (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"]
      as? [[String: Any]]
    #expect(notifications?.count == 1)
  }

  @Test("markdown quotes the text with the evidence in bold and escapes markup")
  func markdown() {
    let out = SampleReport.render(.markdown)
    #expect(out.contains("> **Coblos nomor 2**! **Prabowo-Gibran** satu putaran"))
    #expect(out.contains("Debat: **Anies**, **Prabowo** dan Ganjar adu \\<gagasan\\>"))
    #expect(out.contains("| `post.campaign-support` |"))
  }

  @Test("html is self-contained, escapes input and marks evidence in the original text")
  func html() {
    let out = SampleReport.render(.html, options: ReportOptions(calendars: [SampleReport.calendar]))
    #expect(out.hasPrefix("<!doctype html>"))
    #expect(
      out.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
    #expect(!out.contains("<script"))
    #expect(!out.contains("<link"))
    #expect(!out.contains("src="))
    #expect(!out.contains("url("))
    let withoutNamespace = out.replacingOccurrences(
      of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
    #expect(!withoutNamespace.contains("http://") && !withoutNamespace.contains("https://"))
    #expect(
      out.contains(
        "<mark class=\"violation\">Coblos nomor 2</mark>! <mark class=\"violation\">Prabowo-Gibran</mark> satu putaran"
      ))
    #expect(out.contains("adu &lt;gagasan&gt;"))
    #expect(out.contains("<svg"))
    #expect(out.contains("Pemilu 2024: kampanye"))
    #expect(out.contains("Rina Marlina"))
    #expect(out.contains("hukuman disiplin berat"))
  }

  @Test("html timeline counts findings per week")
  func timelineWeeks() throws {
    var chart = TimelineChart(calendars: [], labels: ReportLabels(.id))
    for entry in SampleReport.entries { chart.add(entry) }
    #expect(chart.weeks.count == 2)
    #expect(chart.weeks.values.map(\.violations).reduce(0, +) == 1)
    #expect(chart.weeks.values.map(\.reviews).reduce(0, +) == 1)
    let monday = TimelineChart.start(
      ofWeek: TimelineChart.week(of: SampleReport.date("2024-01-10")))
    #expect(
      RFC3339.format(monday, utcOffset: TimelineChart.zoneOffset).hasPrefix("2024-01-08T00:00"))
  }
}

/// The SARIF 2.1.0 schema's required properties, checked on a decoded log.
enum SARIFShape {
  struct Violation: Error, CustomStringConvertible { var description: String }

  static func check(_ log: [String: Any]) throws {
    guard log["version"] as? String == "2.1.0" else { throw Violation(description: "version") }
    guard let runs = log["runs"] as? [[String: Any]], !runs.isEmpty else {
      throw Violation(description: "runs")
    }
    for run in runs {
      guard let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any],
        driver["name"] is String
      else { throw Violation(description: "tool.driver.name") }
      let rules = driver["rules"] as? [[String: Any]] ?? []
      for rule in rules where !(rule["id"] is String) { throw Violation(description: "rule.id") }
      for result in run["results"] as? [[String: Any]] ?? [] {
        guard (result["message"] as? [String: Any])?["text"] is String else {
          throw Violation(description: "result.message.text")
        }
        if let level = result["level"] as? String,
          !["none", "note", "warning", "error"].contains(level)
        {
          throw Violation(description: "result.level \(level)")
        }
        if let index = result["ruleIndex"] as? Int {
          guard rules.indices.contains(index),
            rules[index]["id"] as? String == result["ruleId"] as? String
          else { throw Violation(description: "ruleIndex \(index)") }
        }
        for location in result["locations"] as? [[String: Any]] ?? [] {
          if let region = (location["physicalLocation"] as? [String: Any])?["region"]
            as? [String: Any],
            let line = region["startLine"] as? Int, line < 1
          {
            throw Violation(description: "startLine")
          }
        }
      }
      for invocation in run["invocations"] as? [[String: Any]] ?? [] {
        guard invocation["executionSuccessful"] is Bool else {
          throw Violation(description: "executionSuccessful")
        }
        for n in invocation["toolExecutionNotifications"] as? [[String: Any]] ?? [] {
          guard (n["message"] as? [String: Any])?["text"] is String else {
            throw Violation(description: "notification.message")
          }
        }
      }
    }
  }
}
