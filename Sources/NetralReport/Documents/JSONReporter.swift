public import NetralCore

/// One JSON document: the tool, the summary, and every record with findings or an error
/// (its location, activity context and verdict object as in the interchange format).
public struct JSONReporter: Reporter {
  private let options: ReportOptions
  private var collector = FindingsCollector()

  /// Creates a JSON reporter.
  public init(options: ReportOptions) { self.options = options }

  /// Keeps the record if it has findings or is an error.
  public mutating func report(_ entry: ReportEntry) -> String {
    collector.add(entry)
    return ""
  }

  /// The document.
  public mutating func finish(_ summary: AuditSummary) -> String {
    var w = JSONWriter()
    w.raw("{\"tool\":{\"name\":\"netral\",\"version\":")
    w.string(options.toolVersion)
    w.raw("},\"language\":")
    w.string(options.language.rawValue)
    w.raw(",\n\"summary\":")
    Self.writeSummary(summary, to: &w)
    w.raw(",\n\"results\":[")
    for (i, entry) in collector.notable.enumerated() {
      w.raw(i == 0 ? "\n" : ",\n")
      Self.writeResult(entry, to: &w)
    }
    w.raw("\n]}\n")
    return w.output
  }

  static func writeSummary(_ s: AuditSummary, to w: inout JSONWriter) {
    w.raw("{\"read\":\(s.read),\"audited\":\(s.audited),\"skipped\":\(s.skipped)")
    w.raw(",\"unreadable\":\(s.unreadable),\"verdicts\":{")
    w.raw(
      Verdict.allCases.map { "\"\($0.rawValue)\":\(s.verdicts[$0] ?? 0)" }.joined(separator: ","))
    w.raw("},\"findings_by_rule\":")
    writeCounts(s.findingsByRule, to: &w)
    w.raw(",\"files\":[")
    for (i, file) in s.files.enumerated() {
      if i > 0 { w.raw(",") }
      w.raw("{\"source\":")
      w.string(file.source)
      w.raw(",\"read\":\(file.read),\"audited\":\(file.audited),\"skipped\":")
      writeCounts(file.skipped, to: &w)
      w.raw(",\"unreadable\":[")
      for (j, reason) in file.unreadable.enumerated() {
        if j > 0 { w.raw(",") }
        w.string(reason)
      }
      w.raw("]")
      if file.unreadableCount > file.unreadable.count {
        w.raw(",\"unreadable_not_listed\":")
        w.integer(file.unreadableCount - file.unreadable.count)
      }
      w.raw("}")
    }
    w.raw("]}")
  }

  /// `{"key":n,…}` with keys sorted.
  static func writeCounts(_ counts: [String: Int], to w: inout JSONWriter) {
    w.raw("{")
    for (i, (key, n)) in counts.sorted(by: { $0.key < $1.key }).enumerated() {
      if i > 0 { w.raw(",") }
      w.string(key)
      w.raw(":\(n)")
    }
    w.raw("}")
  }

  static func writeResult(_ entry: ReportEntry, to w: inout JSONWriter) {
    w.raw("{\"source\":")
    if let record = entry.record {
      w.string(record.source)
      w.raw(",\"position\":\(record.position)")
    } else {
      w.raw("null,\"position\":null")
    }
    if let activity = entry.activity {
      w.raw(",\"kind\":")
      w.string(activity.kind.rawValue)
      if let at = activity.at {
        w.raw(",\"at\":")
        w.string(ReportTime.format(at))
      }
      if let platform = activity.platform {
        w.raw(",\"platform\":")
        w.string(platform)
      }
      if let actor = activity.actor {
        w.raw(",\"actor\":{\"type\":")
        w.string(actor.type.rawValue)
        if let id = actor.id {
          w.raw(",\"id\":")
          w.string(id)
        }
        if let name = actor.name {
          w.raw(",\"name\":")
          w.string(name)
        }
        w.raw("}")
      }
      if let url = activity.url {
        w.raw(",\"url\":")
        w.string(url)
      }
    }
    w.raw(",\"assessment\":")
    w.raw(entry.assessment.jsonLine)
    w.raw("}")
  }
}
