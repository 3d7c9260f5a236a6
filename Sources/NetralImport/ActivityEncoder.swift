import Foundation
import NetralCore

/// Writes an ``Activity`` as one line of the interchange format (`Docs/ActivityFormat.md`),
/// fields in the order of the specification, absent fields left out, dates in UTC.
///
/// `netral import` uses it to turn platform exports into JSON Lines; reading the line back
/// with `ActivityDecoder` gives the same activity.
public enum ActivityEncoder {
  /// The activity as a single-line JSON object (no trailing newline).
  public static func line(_ activity: Activity) -> String {
    var w = JSONWriter()
    var first = true
    func key(_ name: String) {
      w.raw(first ? "{" : ",")
      first = false
      w.string(name)
      w.raw(":")
    }
    func field(_ name: String, _ value: String?) {
      guard let value else { return }
      key(name)
      w.string(value)
    }
    field("id", activity.id)
    field("kind", activity.kind.rawValue)
    field("platform", activity.platform)
    field("at", activity.at.map { RFC3339.format($0) })
    if let actor = activity.actor {
      key("actor")
      w.raw(object([("id", actor.id), ("name", actor.name), ("type", actor.type.rawValue)]))
    }
    field("text", activity.text)
    if let target = activity.target {
      key("target")
      w.raw(
        object([
          ("author", target.author), ("text", target.text), ("kind", target.kind?.rawValue),
          ("url", target.url),
        ]))
    }
    field("reaction", activity.reaction)
    if !activity.media.isEmpty {
      key("media")
      w.raw("[")
      for (i, media) in activity.media.enumerated() {
        if i > 0 { w.raw(",") }
        var item = object([("type", media.type.rawValue), ("description", media.description)])
        if !media.people.isEmpty {
          item.removeLast()
          item +=
            ",\"people\":[" + media.people.map(JSONWriter.quoted).joined(separator: ",") + "]}"
        }
        w.raw(item)
      }
      w.raw("]")
    }
    field("url", activity.url)
    w.raw("}")
    return w.output
  }

  /// A JSON object of the present string fields, in order.
  private static func object(_ fields: [(String, String?)]) -> String {
    let parts = fields.compactMap { name, value in
      value.map { JSONWriter.quoted(name) + ":" + JSONWriter.quoted($0) }
    }
    return "{" + parts.joined(separator: ",") + "}"
  }
}
