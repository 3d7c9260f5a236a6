import Foundation

/// An interchange object as read, before validation: the known fields with whatever JSON value
/// each held. The decoder validates it in a fixed field order, so errors do not depend on key
/// order or on the parser that produced it.
struct RawActivity {
  /// A value where an object is expected.
  enum Nested<Value> {
    case absent
    case null
    case object(Value)
    case other
  }

  /// A value where an array is expected.
  enum List<Element> {
    case absent
    case null
    case array([Element])
    case other
  }

  struct RawActor {
    var id: JSONScalar?
    var name: JSONScalar?
    var type: JSONScalar?
  }

  struct RawTarget {
    var author: JSONScalar?
    var text: JSONScalar?
    var url: JSONScalar?
    var kind: JSONScalar?
  }

  struct RawMedia {
    var type: JSONScalar?
    var description: JSONScalar?
    var people: List<JSONScalar> = .absent
  }

  var id: JSONScalar?
  var kind: JSONScalar?
  var text: JSONScalar?
  var at: JSONScalar?
  var platform: JSONScalar?
  var reaction: JSONScalar?
  var url: JSONScalar?
  var actor: Nested<RawActor> = .absent
  var target: Nested<RawTarget> = .absent
  var media: List<Nested<RawMedia>> = .absent
}

// MARK: - From the byte scanner

extension RawActivity {
  /// Scans `bytes`, one JSON text that must be an object (and nothing after it), into `raw`
  /// (filled in place: the caller's value is not copied on the way back).
  ///
  /// The scanner is a local and its reading functions are inlined, so its cursor lives in a
  /// register; each kind of object reads its string fields through a single inlined `scalar`.
  /// - Returns: `false` when the text is valid JSON but not an object.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into raw: inout RawActivity)
    throws(JSONScanFailure) -> Bool
  {
    var s = JSONScanner(bytes)
    guard s.peek() == 0x7B else {
      try s.skipValue(depth: 0)
      guard s.atEnd() else { throw .syntax }
      return false
    }
    if try s.enterObject() {
      repeat {
        let key = try s.key()
        switch key {
        case .id, .kind, .text, .at, .platform, .reaction, .url:
          let value = try s.scalar(depth: 1)
          switch key {
          case .id: raw.id = value
          case .kind: raw.kind = value
          case .text: raw.text = value
          case .at: raw.at = value
          case .platform: raw.platform = value
          case .reaction: raw.reaction = value
          default: raw.url = value
          }
        case .actor: raw.actor = try nested(&s, depth: 1, RawActor(), actorMember)
        case .target: raw.target = try nested(&s, depth: 1, RawTarget(), targetMember)
        case .media: raw.media = try list(&s, depth: 1) { s, depth throws(JSONScanFailure) in
            try nested(&s, depth: depth, RawMedia(), mediaMember)
          }
        default: try s.skipValue(depth: 1)
        }
      } while try s.nextMember()
    }
    guard s.atEnd() else { throw .syntax }
    return true
  }

  private static func actorMember(
    _ s: inout JSONScanner, _ key: FieldName, _ a: inout RawActor, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .id, .name, .type:
      let value = try s.scalar(depth: depth)
      switch key {
      case .id: a.id = value
      case .name: a.name = value
      default: a.type = value
      }
    default: try s.skipValue(depth: depth)
    }
  }

  private static func targetMember(
    _ s: inout JSONScanner, _ key: FieldName, _ t: inout RawTarget, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .author, .text, .url, .kind:
      let value = try s.scalar(depth: depth)
      switch key {
      case .author: t.author = value
      case .text: t.text = value
      case .url: t.url = value
      default: t.kind = value
      }
    default: try s.skipValue(depth: depth)
    }
  }

  private static func mediaMember(
    _ s: inout JSONScanner, _ key: FieldName, _ m: inout RawMedia, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .type, .description:
      let value = try s.scalar(depth: depth)
      if key == .type { m.type = value } else { m.description = value }
    case .people:
      m.people = try list(&s, depth: depth) { s, depth throws(JSONScanFailure) in
        try s.scalar(depth: depth)
      }
    default: try s.skipValue(depth: depth)
    }
  }

  /// Reads an object with `member`, or notes null / another kind of value.
  private static func nested<Value>(
    _ s: inout JSONScanner, depth: Int, _ empty: Value,
    _ member: (inout JSONScanner, FieldName, inout Value, _ depth: Int) throws(JSONScanFailure) ->
      Void
  ) throws(JSONScanFailure) -> Nested<Value> {
    if try s.null() { return .null }
    guard s.peek() == 0x7B else {
      try s.skipValue(depth: depth)
      return .other
    }
    guard depth < JSONScanner.maxDepth else { throw .tooDeep }
    var value = empty
    if try s.enterObject() {
      repeat {
        let key = try s.key()
        try member(&s, key, &value, depth + 1)
      } while try s.nextMember()
    }
    return .object(value)
  }

  /// Reads an array with `element`, or notes null / another kind of value.
  private static func list<Element>(
    _ s: inout JSONScanner, depth: Int,
    _ element: (inout JSONScanner, _ depth: Int) throws(JSONScanFailure) -> Element
  ) throws(JSONScanFailure) -> List<Element> {
    if try s.null() { return .null }
    guard s.peek() == 0x5B else {
      try s.skipValue(depth: depth)
      return .other
    }
    guard depth < JSONScanner.maxDepth else { throw .tooDeep }
    var elements: [Element] = []
    try s.array { s, _ throws(JSONScanFailure) in elements.append(try element(&s, depth + 1)) }
    return .array(elements)
  }
}

// MARK: - From a parsed Foundation object

extension RawActivity {
  /// Reads an object parsed by `JSONSerialization`; its strings and numbers are written to
  /// `storage` (as UTF-8, without escapes) and the fields point into it.
  init(dictionary d: [String: Any], storage: inout [UInt8]) {
    func scalar(_ value: Any?) -> JSONScalar? { Self.scalar(value, &storage) }
    id = scalar(d["id"])
    kind = scalar(d["kind"])
    text = scalar(d["text"])
    at = scalar(d["at"])
    platform = scalar(d["platform"])
    reaction = scalar(d["reaction"])
    url = scalar(d["url"])
    actor = Self.nested(d["actor"]) { a in
      RawActor(id: scalar(a["id"]), name: scalar(a["name"]), type: scalar(a["type"]))
    }
    target = Self.nested(d["target"]) { t in
      RawTarget(
        author: scalar(t["author"]), text: scalar(t["text"]), url: scalar(t["url"]),
        kind: scalar(t["kind"]))
    }
    media = Self.list(d["media"]) { item in
      Self.nested(item) { m in
        RawMedia(
          type: scalar(m["type"]), description: scalar(m["description"]),
          people: Self.list(m["people"]) { scalar($0) ?? .null })
      }
    }
  }

  private static func scalar(_ value: Any?, _ storage: inout [UInt8]) -> JSONScalar? {
    func text(_ string: String) -> JSONText {
      let start = storage.count
      storage.append(contentsOf: string.utf8)
      let ascii = storage[start...].allSatisfy { $0 < 0x80 }
      return JSONText(start: start, end: storage.count, escaped: false, ascii: ascii)
    }
    switch value {
    case nil: return nil
    case is NSNull: return .null
    case let s as String: return .string(text(s))
    case let n as NSNumber: return .number(text("\(n)"))
    default: return .other
    }
  }

  private static func nested<Value>(_ value: Any?, _ make: ([String: Any]) -> Value) -> Nested<Value> {
    switch value {
    case nil: .absent
    case is NSNull: .null
    case let d as [String: Any]: .object(make(d))
    default: .other
    }
  }

  private static func list<Element>(_ value: Any?, _ make: (Any) -> Element) -> List<Element> {
    switch value {
    case nil: .absent
    case is NSNull: .null
    case let a as [Any]: .array(a.map(make))
    default: .other
    }
  }
}
