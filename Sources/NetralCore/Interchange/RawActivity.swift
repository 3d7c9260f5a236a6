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
  /// Scans one JSON text that must be an object (and nothing after it).
  /// - Returns: `nil` when the text is valid JSON but not an object.
  static func scan(_ s: inout JSONScanner) throws(JSONScanFailure) -> RawActivity? {
    guard s.peek() == 0x7B else {
      try s.skipValue(depth: 0)
      guard s.atEnd() else { throw .syntax }
      return nil
    }
    var raw = RawActivity()
    try s.object { s, key throws(JSONScanFailure) in
      switch key {
      case .id: raw.id = try s.scalar(depth: 1)
      case .kind: raw.kind = try s.scalar(depth: 1)
      case .text: raw.text = try s.scalar(depth: 1)
      case .at: raw.at = try s.scalar(depth: 1)
      case .platform: raw.platform = try s.scalar(depth: 1)
      case .reaction: raw.reaction = try s.scalar(depth: 1)
      case .url: raw.url = try s.scalar(depth: 1)
      case .actor: raw.actor = try nested(&s, depth: 1, RawActor(), actorMember)
      case .target: raw.target = try nested(&s, depth: 1, RawTarget(), targetMember)
      case .media: raw.media = try list(&s, depth: 1) { s, depth throws(JSONScanFailure) in
          try nested(&s, depth: depth, RawMedia(), mediaMember)
        }
      default: try s.skipValue(depth: 1)
      }
    }
    guard s.atEnd() else { throw .syntax }
    return consume raw
  }

  private static func actorMember(
    _ s: inout JSONScanner, _ key: FieldName, _ a: inout RawActor, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .id: a.id = try s.scalar(depth: depth)
    case .name: a.name = try s.scalar(depth: depth)
    case .type: a.type = try s.scalar(depth: depth)
    default: try s.skipValue(depth: depth)
    }
  }

  private static func targetMember(
    _ s: inout JSONScanner, _ key: FieldName, _ t: inout RawTarget, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .author: t.author = try s.scalar(depth: depth)
    case .text: t.text = try s.scalar(depth: depth)
    case .url: t.url = try s.scalar(depth: depth)
    case .kind: t.kind = try s.scalar(depth: depth)
    default: try s.skipValue(depth: depth)
    }
  }

  private static func mediaMember(
    _ s: inout JSONScanner, _ key: FieldName, _ m: inout RawMedia, depth: Int
  ) throws(JSONScanFailure) {
    switch key {
    case .type: m.type = try s.scalar(depth: depth)
    case .description: m.description = try s.scalar(depth: depth)
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
    try s.object { s, key throws(JSONScanFailure) in
      try member(&s, key, &value, depth + 1)
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
  /// Reads an object parsed by `JSONSerialization`.
  init(dictionary d: [String: Any]) {
    id = Self.scalar(d["id"])
    kind = Self.scalar(d["kind"])
    text = Self.scalar(d["text"])
    at = Self.scalar(d["at"])
    platform = Self.scalar(d["platform"])
    reaction = Self.scalar(d["reaction"])
    url = Self.scalar(d["url"])
    actor = Self.nested(d["actor"]) { a in
      RawActor(id: Self.scalar(a["id"]), name: Self.scalar(a["name"]), type: Self.scalar(a["type"]))
    }
    target = Self.nested(d["target"]) { t in
      RawTarget(
        author: Self.scalar(t["author"]), text: Self.scalar(t["text"]), url: Self.scalar(t["url"]),
        kind: Self.scalar(t["kind"]))
    }
    media = Self.list(d["media"]) { item in
      Self.nested(item) { m in
        RawMedia(
          type: Self.scalar(m["type"]), description: Self.scalar(m["description"]),
          people: Self.list(m["people"]) { Self.scalar($0) ?? .null })
      }
    }
  }

  private static func scalar(_ value: Any?) -> JSONScalar? {
    switch value {
    case nil: nil
    case is NSNull: .null
    case let s as String: .string(s)
    case let n as NSNumber: .number("\(n)")
    default: .other
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
