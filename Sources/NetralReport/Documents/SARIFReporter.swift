public import NetralCore

/// SARIF 2.1.0 for code review and CI tools: one run, the rules in force as the driver's rule
/// table, a result per finding located at the record's file and line, and unreadable records
/// as error notifications of the invocation.
public struct SARIFReporter: Reporter {
  private let options: ReportOptions
  private var collector = FindingsCollector()

  /// The schema URI written into the log.
  public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

  /// Creates a SARIF reporter.
  public init(options: ReportOptions) { self.options = options }

  /// Keeps the record if it has findings or is an error.
  public mutating func report(_ entry: ReportEntry) -> String {
    collector.add(entry)
    return ""
  }

  /// The SARIF log.
  public mutating func finish(_ summary: AuditSummary) -> String {
    var ruleIDs = options.rules.map(\.id)
    for entry in collector.notable {
      for f in entry.assessment.findings where !ruleIDs.contains(f.rule) { ruleIDs.append(f.rule) }
    }
    var w = JSONWriter()
    w.raw("{\"$schema\":")
    w.string(Self.schema)
    w.raw(
      ",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"netral\",\"version\":")
    w.string(options.toolVersion)
    w.raw(",\"rules\":[")
    for (i, id) in ruleIDs.enumerated() {
      w.raw(i == 0 ? "\n" : ",\n")
      writeRule(id, to: &w)
    }
    w.raw("]}},\"columnKind\":\"unicodeCodePoints\",\"invocations\":[{\"executionSuccessful\":true")
    let errors = collector.notable.filter { $0.assessment.verdict == .error }
    w.raw(",\"toolExecutionNotifications\":[")
    for (i, entry) in errors.enumerated() {
      w.raw(i == 0 ? "\n" : ",\n")
      w.raw("{\"level\":\"error\",\"message\":{\"text\":")
      w.string(entry.assessment.error ?? "unreadable record")
      w.raw("}")
      if let record = entry.record {
        w.raw(",\"locations\":[")
        writePhysicalLocation(record, to: &w)
        w.raw("]")
      }
      w.raw("}")
    }
    w.raw("]}],\"results\":[")
    var first = true
    for entry in collector.notable {
      for finding in entry.assessment.findings {
        w.raw(first ? "\n" : ",\n")
        first = false
        writeResult(
          finding, of: entry, ruleIndex: ruleIDs.firstIndex(of: finding.rule) ?? 0, to: &w)
      }
    }
    w.raw("\n]}]}\n")
    return w.output
  }

  private func writeRule(_ id: String, to w: inout JSONWriter) {
    let lang = options.language
    w.raw("{\"id\":")
    w.string(id)
    guard let rule = options.rule(id) else {
      w.raw("}")
      return
    }
    w.raw(",\"shortDescription\":{\"text\":")
    w.string(rule.title(lang))
    w.raw("},\"fullDescription\":{\"text\":")
    w.string(rule.summary(lang))
    w.raw("},\"help\":{\"text\":")
    w.string(rule.rationale(lang))
    let violation = rule.triggeringExamples.contains { $0.verdict == .violation }
    w.raw("},\"defaultConfiguration\":{\"level\":\"\(violation ? "error" : "warning")\"}")
    w.raw(",\"properties\":{\"citations\":[")
    w.raw(rule.citations.map { JSONWriter.quoted($0.id) }.joined(separator: ","))
    w.raw("]}}")
  }

  private func writeResult(
    _ finding: Finding, of entry: ReportEntry, ruleIndex: Int, to w: inout JSONWriter
  ) {
    w.raw("{\"ruleId\":")
    w.string(finding.rule)
    w.raw(",\"ruleIndex\":\(ruleIndex),\"level\":")
    w.raw(finding.severity == .violation ? "\"error\"" : "\"warning\"")
    w.raw(",\"message\":{\"text\":")
    let quoted = finding.evidence.map { "«\($0.text)»" }.joined(separator: ", ")
    w.string(quoted.isEmpty ? finding.message : "\(finding.message) (\(quoted))")
    w.raw("},\"locations\":[")
    if let record = entry.record {
      writePhysicalLocation(record, logicalName: entry.assessment.id, to: &w)
    } else {
      w.raw("{\"logicalLocations\":[{\"name\":")
      w.string(entry.assessment.id)
      w.raw(",\"kind\":\"object\"}]}")
    }
    w.raw("],\"partialFingerprints\":{\"netralActivityRule/v1\":")
    w.string("\(entry.assessment.id)|\(finding.rule)")
    w.raw("},\"properties\":{\"activity\":")
    w.string(entry.assessment.id)
    w.raw(",\"verdict\":")
    w.string(entry.assessment.verdict.rawValue)
    w.raw(",\"score\":\(entry.assessment.score),\"finding\":")
    finding.writeJSON(to: &w)
    w.raw("}}")
  }

  private func writePhysicalLocation(
    _ record: SourceRecord, logicalName: String? = nil, to w: inout JSONWriter
  ) {
    w.raw("{\"physicalLocation\":{\"artifactLocation\":{\"uri\":")
    w.string(Self.uri(record.source))
    w.raw("},\"region\":{\"startLine\":\(max(1, record.position))}}")
    if let logicalName {
      w.raw(",\"logicalLocations\":[{\"name\":")
      w.string(logicalName)
      w.raw(",\"kind\":\"object\"}]")
    }
    w.raw("}")
  }

  /// `source` as a URI reference: unreserved characters and `/` kept, the rest percent-encoded.
  static func uri(_ source: String) -> String {
    var out = ""
    for byte in source.utf8 {
      let c = Character(Unicode.Scalar(byte))
      if c.isASCII && (c.isLetter || c.isNumber || "-._~/".contains(c)) {
        out.append(c)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        out += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return out
  }
}
