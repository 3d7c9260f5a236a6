import Foundation

/// Reads activities from interchange JSON (one object per JSON Lines line).
///
/// Unknown fields are ignored. Errors name the source, the line and the field.
public struct ActivityDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Decodes one JSON Lines line.
  ///
  /// - Throws: ``InterchangeError`` naming `source`, `line` and the field at fault.
  public func decode(line bytes: some Collection<UInt8>, source: String, line: Int) throws
    -> Activity
  {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
    } catch {
      throw InterchangeError(source: source, line: line, reason: "not valid JSON")
    }
    guard let dict = object as? [String: Any] else {
      throw InterchangeError(source: source, line: line, reason: "expected a JSON object")
    }
    return try decode(object: dict, source: source, line: line)
  }

  /// Decodes an already parsed JSON object.
  ///
  /// - Throws: ``InterchangeError``.
  public func decode(object dict: [String: Any], source: String, line: Int) throws -> Activity {
    func fail(_ field: String, _ reason: String) -> InterchangeError {
      InterchangeError(source: source, line: line, field: field, reason: reason)
    }
    func string(_ d: [String: Any], _ key: String, _ path: String) throws -> String? {
      guard let v = d[key], !(v is NSNull) else { return nil }
      guard let s = v as? String else { throw fail(path, "expected a string") }
      return s
    }
    guard let id = try string(dict, "id", "id") ?? (dict["id"] as? NSNumber).map({ "\($0)" })
    else { throw fail("id", "missing required field") }
    guard let kindRaw = try string(dict, "kind", "kind") else {
      throw fail("kind", "missing required field")
    }
    guard let kind = Activity.Kind(rawValue: kindRaw) else {
      throw fail("kind", "unknown kind '\(kindRaw)'")
    }
    var activity = Activity(id: id, kind: kind)
    activity.text = try string(dict, "text", "text")
    if let at = try string(dict, "at", "at") {
      guard let date = RFC3339.parse(at) else { throw fail("at", "not an RFC 3339 date '\(at)'") }
      activity.at = date
    }
    activity.platform = try string(dict, "platform", "platform")
    activity.reaction = try string(dict, "reaction", "reaction")
    activity.url = try string(dict, "url", "url")
    if let a = dict["actor"], !(a is NSNull) {
      guard let actor = a as? [String: Any] else { throw fail("actor", "expected an object") }
      var value = Actor()
      value.id =
        try string(actor, "id", "actor.id") ?? (actor["id"] as? NSNumber).map { "\($0)" }
      value.name = try string(actor, "name", "actor.name")
      if let t = try string(actor, "type", "actor.type") {
        guard let type = Actor.Category(rawValue: t) else {
          throw fail("actor.type", "unknown actor type '\(t)'")
        }
        value.type = type
      }
      activity.actor = value
    }
    if let t = dict["target"], !(t is NSNull) {
      guard let target = t as? [String: Any] else { throw fail("target", "expected an object") }
      var value = Target()
      value.author = try string(target, "author", "target.author")
      value.text = try string(target, "text", "target.text")
      value.url = try string(target, "url", "target.url")
      if let k = try string(target, "kind", "target.kind") {
        guard let kind = Target.Kind(rawValue: k) else {
          throw fail("target.kind", "unknown target kind '\(k)'")
        }
        value.kind = kind
      }
      activity.target = value
    }
    if let m = dict["media"], !(m is NSNull) {
      guard let list = m as? [Any] else { throw fail("media", "expected an array") }
      for (i, item) in list.enumerated() {
        guard let media = item as? [String: Any] else {
          throw fail("media[\(i)]", "expected an object")
        }
        var value = Media()
        if let t = try string(media, "type", "media[\(i)].type") {
          guard let type = Media.Kind(rawValue: t) else {
            throw fail("media[\(i)].type", "unknown media type '\(t)'")
          }
          value.type = type
        }
        value.description = try string(media, "description", "media[\(i)].description")
        if let p = media["people"], !(p is NSNull) {
          guard let people = p as? [Any] else {
            throw fail("media[\(i)].people", "expected an array")
          }
          value.people = try people.enumerated().map { j, person in
            guard let s = person as? String else {
              throw fail("media[\(i)].people[\(j)]", "expected a string")
            }
            return s
          }
        }
        activity.media.append(value)
      }
    }
    return activity
  }
}
