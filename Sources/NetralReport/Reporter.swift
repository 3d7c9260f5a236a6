/// Placeholder until reporters land.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, json, jsonl, csv, sarif, html, markdown
}
