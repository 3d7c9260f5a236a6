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

  /// ``decode(line:source:line:)`` for a line its caller has found to be well-formed UTF-8
  /// (``UTF8Validation/firstInvalidByte(in:)`` gave `nil`; the JSON Lines reader checks every
  /// line first, for its own error): non-ASCII strings are not checked a second time.
  ///
  /// - Throws: ``InterchangeError`` naming `source`, `line` and the field at fault.
  package func decode(validUTF8Line bytes: [UInt8], source: String, line: Int) throws -> Activity {
    try bytes.withUnsafeBufferPointer { try decode(validUTF8Line: $0, source: source, line: line) }
  }

  /// ``decode(validUTF8Line:source:line:)`` for a line seen in place in the buffer it was read
  /// into.
  ///
  /// - Throws: ``InterchangeError`` naming `source`, `line` and the field at fault.
  package func decode(
    validUTF8Line bytes: UnsafeBufferPointer<UInt8>, source: String, line: Int
  ) throws -> Activity {
    try decode(buffer: bytes, source: source, line: line, validUTF8: true)
  }

  private func decode(
    buffer: UnsafeBufferPointer<UInt8>, source: String, line: Int, validUTF8: Bool = false
  ) throws -> Activity {
    var raw = RawActivity()
    let isObject: Bool
    do throws(JSONScanFailure) {
      isObject = try RawActivity.scan(buffer, into: &raw)
    } catch .syntax {
      throw InterchangeError(source: source, line: line, reason: "not valid JSON")
    } catch .tooDeep {
      throw InterchangeError(
        source: source, line: line,
        reason: "not valid JSON: nested deeper than \(JSONScanner.maxDepth) levels")
    }
    guard isObject else {
      throw InterchangeError(source: source, line: line, reason: "expected a JSON object")
    }
    return try validate(
      raw, JSONTextReader(buffer, validUTF8: validUTF8), source: source, line: line)
  }

  /// Decodes an already parsed JSON object.
  ///
  /// - Throws: ``InterchangeError``.
  public func decode(object dict: [String: Any], source: String, line: Int) throws -> Activity {
    var storage: [UInt8] = []
    let raw = RawActivity(dictionary: dict, storage: &storage)
    return try storage.withUnsafeBufferPointer {
      try validate(raw, JSONTextReader($0), source: source, line: line)
    }
  }

  /// Checks the fields in a fixed order and builds the activity; `reader` reads the strings
  /// and numbers `raw` points to.
  private func validate(
    _ raw: RawActivity, _ reader: JSONTextReader, source: String, line: Int
  ) throws -> Activity {
    let fields = FieldReader(reader: reader, source: source, line: line)
    guard let id = try fields.identifier(raw.id, "id") else {
      throw fields.fail("id", "missing required field")
    }
    guard
      let kind = try fields.named(raw.kind, "kind", reader.kind, unknown: { "unknown kind '\($0)'" })
    else {
      throw fields.fail("kind", "missing required field")
    }
    // Fields are read into constants and the activity is built once at the end (filling a
    // `var activity` field by field made the optimizer copy the whole activity twice).
    let text = try fields.string(raw.text, "text")
    let date = try fields.date(raw.at, "at")
    let platform = try fields.platform(raw.platform)
    let reaction = try fields.string(raw.reaction, "reaction")
    let url = try fields.string(raw.url, "url")
    let actor = try fields.actor(raw.actor)
    let target = try fields.target(raw.target)
    let media = try fields.media(raw.media)
    return Activity(
      id: id, kind: kind, text: text, at: date, platform: platform, actor: actor, target: target,
      reaction: reaction, media: media, url: url)
  }
}

/// Reads the fields of a ``RawActivity`` into values, or fails naming the field.
private struct FieldReader {
  let reader: JSONTextReader
  let source: String
  let line: Int

  func fail(_ field: String, _ reason: String) -> InterchangeError {
    InterchangeError(source: source, line: line, field: field, reason: reason)
  }

  func string(_ text: JSONText, _ path: String) throws -> String {
    guard let s = reader.string(text) else { throw fail(path, "not valid UTF-8") }
    return s
  }

  func string(_ value: JSONScalar?, _ path: String) throws -> String? {
    switch value {
    case nil, .null: return nil
    case .string(let text): return try string(text, path)
    case .number, .other: throw fail(path, "expected a string")
    }
  }

  /// Ids may be written as numbers; they keep their JSON text.
  func identifier(_ value: JSONScalar?, _ path: String) throws -> String? {
    if case .number(let n) = value { return try string(n, path) }
    return try string(value, path)
  }

  /// A field whose string names a case of `Value`: matched on its bytes by `match`, else
  /// (escapes, or no such case) read as a string so that the error can quote it.
  func named<Value: RawRepresentable<String>>(
    _ value: JSONScalar?, _ path: String, _ match: (JSONText) -> Value?,
    unknown: (String) -> String
  ) throws -> Value? {
    guard case .string(let text) = value else {
      _ = try string(value, path)  // nil, null, or the "expected a string" error
      return nil
    }
    if let known = match(text) { return known }
    let s = try string(text, path)
    guard let known = Value(rawValue: s) else { throw fail(path, unknown(s)) }
    return known
  }

  /// `platform`: one of the listed names without building a string, else any string.
  func platform(_ value: JSONScalar?) throws -> String? {
    if case .string(let text) = value, let known = reader.platform(text) { return known }
    return try string(value, "platform")
  }

  /// A date is ASCII: parsed from the bytes, and read as a string only when that fails (for
  /// the error, or for a date written with escapes).
  func date(_ value: JSONScalar?, _ path: String) throws -> Date? {
    guard case .string(let text) = value else {
      _ = try string(value, path)
      return nil
    }
    if let date = reader.date(text) { return date }
    let s = try string(text, path)
    guard let date = RFC3339.parse(s) else { throw fail(path, "not an RFC 3339 date '\(s)'") }
    return date
  }

  func actor(_ value: RawActivity.Nested<RawActivity.RawActor>) throws -> Actor? {
    switch value {
    case .absent, .null: return nil
    case .other: throw fail("actor", "expected an object")
    case .object(let actor):
      let id = try identifier(actor.id, "actor.id")
      let name = try string(actor.name, "actor.name")
      let type = try named(
        actor.type, "actor.type", reader.actorType, unknown: { "unknown actor type '\($0)'" })
      return Actor(id: id, name: name, type: type ?? .unknown)
    }
  }

  func target(_ value: RawActivity.Nested<RawActivity.RawTarget>) throws -> Target? {
    switch value {
    case .absent, .null: return nil
    case .other: throw fail("target", "expected an object")
    case .object(let target):
      let author = try string(target.author, "target.author")
      let text = try string(target.text, "target.text")
      let url = try string(target.url, "target.url")
      let kind = try named(
        target.kind, "target.kind", reader.targetKind, unknown: { "unknown target kind '\($0)'" })
      return Target(author: author, text: text, kind: kind, url: url)
    }
  }

  func media(_ value: RawActivity.List<RawActivity.Nested<RawActivity.RawMedia>>) throws -> [Media] {
    switch value {
    case .absent, .null: return []
    case .other: throw fail("media", "expected an array")
    case .array(let list):
      var result: [Media] = []
      result.reserveCapacity(list.count)
      for (i, item) in list.enumerated() {
        guard case .object(let media) = item else {
          throw fail("media[\(i)]", "expected an object")
        }
        let type = try named(
          media.type, "media[\(i)].type", reader.mediaKind, unknown: { "unknown media type '\($0)'" })
        let description = try string(media.description, "media[\(i)].description")
        var people: [String] = []
        switch media.people {
        case .absent, .null: break
        case .other: throw fail("media[\(i)].people", "expected an array")
        case .array(let list):
          people = try list.enumerated().map { j, person in
            guard case .string(let s) = person else {
              throw fail("media[\(i)].people[\(j)]", "expected a string")
            }
            return try string(s, "media[\(i)].people[\(j)]")
          }
        }
        result.append(Media(type: type ?? .photo, description: description, people: people))
      }
      return result
    }
  }
}
