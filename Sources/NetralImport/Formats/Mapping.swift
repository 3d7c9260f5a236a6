import NetralCore

/// What one platform record maps to.
enum Mapping {
  /// An activity to audit.
  case activity(Activity)
  /// A readable record with nothing to audit, and why.
  case skipped(String)
  /// A record missing or mangling a field netral needs.
  case invalid(field: String, reason: String)

  static func missing(_ field: String) -> Mapping { .invalid(field: field, reason: "missing") }
}

/// Maps one JSON record (an element of a platform file) to an activity; `key` is the member
/// of the top-level object the record sat in, if any.
typealias ElementMapper = @Sendable (_ record: Any, _ key: String?) -> Mapping

/// Maps a whole JSON document (TikTok's `user_data.json`) to its records, in order; each
/// record's label tells where it sat (`Activity.Like List.ItemFavoriteList[3]`).
typealias DocumentMapper = @Sendable (_ document: Any) -> [(label: String, mapping: Mapping)]

extension RecordFinisher {
  /// The record for a mapping at `position` of `source`.
  /// Activities without an id get `path:position` (`data/like.js:12`).
  func record(source: String, path: String, position: Int, label: String, _ mapping: Mapping)
    -> SourceRecord
  {
    switch mapping {
    case .activity(var activity):
      if activity.id.isEmpty { activity.id = "\(path):\(position)" }
      return record(source: source, position: position, finish(activity))
    case .skipped(let reason):
      return record(source: source, position: position, .skipped(reason: reason))
    case .invalid(let field, let reason):
      let text =
        reason == "missing"
        ? "\(source): \(label): missing '\(field)'" : "\(source): \(label): '\(field)': \(reason)"
      return record(source: source, position: position, .unreadable(reason: text))
    }
  }
}
