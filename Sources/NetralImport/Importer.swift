/// Placeholder until importers land.
public enum ImportFormat: String, Sendable, CaseIterable {
  case jsonl
}
