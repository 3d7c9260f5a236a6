/// One record read from an input (a JSON Lines line, a tweet in `tweets.js`, a row of a CSV),
/// before checking. Every record of every input becomes exactly one `SourceRecord`, so an audit
/// can account for all of them.
public struct SourceRecord: Sendable {
  /// What the record held.
  public enum Content: Sendable {
    /// A readable activity.
    case activity(Activity)
    /// A readable record with nothing to audit (e.g. "no text and no target").
    case skipped(reason: String)
    /// A record that could not be read; the reason names file, position and field.
    case unreadable(reason: String)
  }

  /// The file it came from (`export.zip:data/tweets.js`, `posts.jsonl`, `-`).
  public var source: String
  /// 1-based line number (JSON Lines, CSV) or record index (JSON arrays).
  public var position: Int
  /// The activity's id, or a synthesized `source:position` when it has none.
  public var id: String
  /// What it held.
  public var content: Content

  /// Creates a record.
  public init(source: String, position: Int, id: String, content: Content) {
    self.source = source
    self.position = position
    self.id = id
    self.content = content
  }
}
