import Foundation

/// Reads activities from interchange JSON (one object per JSON Lines line).
///
/// Unknown fields are ignored. Errors name the source, the line and the field. Lines are read by
/// a hand-written UTF-8 scanner (no Foundation objects): a leading byte order mark is skipped,
/// `\uXXXX` escapes join surrogate pairs and turn a lone surrogate into U+FFFD, and nesting
/// deeper than 512 levels is refused with a clear error instead of exhausting the stack.
public struct ActivityDecoder: Sendable {
  /// Creates a decoder.
  public init() {}

  /// Decodes one JSON Lines line.
  ///
  /// - Throws: ``InterchangeError`` naming `source`, `line` and the field at fault.
  public func decode(line bytes: some Collection<UInt8>, source: String, line: Int) throws
    -> Activity
  {
    if let result = try bytes.withContiguousStorageIfAvailable({
      try decode(buffer: $0, source: source, line: line)
    }) {
      return result
    }
    return try decode(line: Array(bytes), source: source, line: line)
  }

  /// Decodes one JSON Lines line held in an array (the importer's line buffer).
  ///
  /// - Throws: ``InterchangeError`` naming `source`, `line` and the field at fault.
  public func decode(line bytes: [UInt8], source: String, line: Int) throws -> Activity {
    try bytes.withUnsafeBufferPointer { try decode(buffer: $0, source: source, line: line) }
  }

  private func decode(buffer: UnsafeBufferPointer<UInt8>, source: String, line: Int) throws
    -> Activity
  {
    // Scanned into a local, not a `Result`: binding the raw activity out of a result copied it.
    let scanned: RawActivity?
    do throws(JSONScanFailure) {
      var scanner = JSONScanner(buffer)
      scanned = try RawActivity.scan(&scanner)
    } catch .syntax {
      throw InterchangeError(source: source, line: line, reason: "not valid JSON")
    } catch .tooDeep {
      throw InterchangeError(
        source: source, line: line,
        reason: "not valid JSON: nested deeper than \(JSONScanner.maxDepth) levels")
    }
    guard let raw = consume scanned else {
      throw InterchangeError(source: source, line: line, reason: "expected a JSON object")
    }
    return try validate(raw, source: source, line: line)
  }

  /// Decodes an already parsed JSON object.
  ///
  /// - Throws: ``InterchangeError``.
  public func decode(object dict: [String: Any], source: String, line: Int) throws -> Activity {
    try validate(RawActivity(dictionary: dict), source: source, line: line)
  }

  /// Checks the fields in a fixed order and builds the activity.
  private func validate(_ raw: RawActivity, source: String, line: Int) throws -> Activity {
    func fail(_ field: String, _ reason: String) -> InterchangeError {
      InterchangeError(source: source, line: line, field: field, reason: reason)
    }
    func string(_ value: JSONScalar?, _ path: String) throws -> String? {
      switch value {
      case nil, .null: return nil
      case .string(let s): return s
      case .invalidUTF8: throw fail(path, "not valid UTF-8")
      case .number, .other: throw fail(path, "expected a string")
      }
    }
    /// Ids may be written as numbers; they keep their JSON text.
    func identifier(_ value: JSONScalar?, _ path: String) throws -> String? {
      if case .number(let n) = value { return n }
      return try string(value, path)
    }
    guard let id = try identifier(raw.id, "id") else {
      throw fail("id", "missing required field")
    }
    guard let kindRaw = try string(raw.kind, "kind") else {
      throw fail("kind", "missing required field")
    }
    guard let kind = Activity.Kind(rawValue: kindRaw) else {
      throw fail("kind", "unknown kind '\(kindRaw)'")
    }
    // Fields are read into locals and the activity is built once at the end (filling a
    // `var activity` field by field made the optimizer copy the whole activity twice).
    let text = try string(raw.text, "text")
    var date: Date?
    if let at = try string(raw.at, "at") {
      guard let parsed = RFC3339.parse(at) else { throw fail("at", "not an RFC 3339 date '\(at)'") }
      date = parsed
    }
    let platform = try string(raw.platform, "platform")
    let reaction = try string(raw.reaction, "reaction")
    let url = try string(raw.url, "url")
    var actorValue: Actor?
    var targetValue: Target?
    var mediaList: [Media] = []
    switch raw.actor {
    case .absent, .null: break
    case .other: throw fail("actor", "expected an object")
    case .object(let actor):
      var value = Actor()
      value.id = try identifier(actor.id, "actor.id")
      value.name = try string(actor.name, "actor.name")
      if let t = try string(actor.type, "actor.type") {
        guard let type = Actor.Category(rawValue: t) else {
          throw fail("actor.type", "unknown actor type '\(t)'")
        }
        value.type = type
      }
      actorValue = value
    }
    switch raw.target {
    case .absent, .null: break
    case .other: throw fail("target", "expected an object")
    case .object(let target):
      var value = Target()
      value.author = try string(target.author, "target.author")
      value.text = try string(target.text, "target.text")
      value.url = try string(target.url, "target.url")
      if let k = try string(target.kind, "target.kind") {
        guard let kind = Target.Kind(rawValue: k) else {
          throw fail("target.kind", "unknown target kind '\(k)'")
        }
        value.kind = kind
      }
      targetValue = value
    }
    switch raw.media {
    case .absent, .null: break
    case .other: throw fail("media", "expected an array")
    case .array(let list):
      for (i, item) in list.enumerated() {
        guard case .object(let media) = item else {
          throw fail("media[\(i)]", "expected an object")
        }
        var value = Media()
        if let t = try string(media.type, "media[\(i)].type") {
          guard let type = Media.Kind(rawValue: t) else {
            throw fail("media[\(i)].type", "unknown media type '\(t)'")
          }
          value.type = type
        }
        value.description = try string(media.description, "media[\(i)].description")
        switch media.people {
        case .absent, .null: break
        case .other: throw fail("media[\(i)].people", "expected an array")
        case .array(let people):
          value.people = try people.enumerated().map { j, person in
            guard case .string(let s) = person else {
              if case .invalidUTF8 = person {
                throw fail("media[\(i)].people[\(j)]", "not valid UTF-8")
              }
              throw fail("media[\(i)].people[\(j)]", "expected a string")
            }
            return s
          }
        }
        mediaList.append(value)
      }
    }
    return Activity(
      id: id, kind: kind, text: text, at: date, platform: platform, actor: actorValue, target: targetValue,
      reaction: reaction, media: mediaList, url: url)
  }
}
