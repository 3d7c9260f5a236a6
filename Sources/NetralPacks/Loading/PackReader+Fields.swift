internal import Yams

/// The keys of one YAML mapping, looked up by name, with their nodes (and so their positions).
struct Fields {
  /// The mapping node.
  let node: Node
  /// Value nodes by key.
  let values: [String: Node]

  /// The value of `key`, if present.
  subscript(key: String) -> Node? { values[key] }
}

extension PackReader {
  /// Reads `node` as a mapping whose keys must come from `allowed` and include `required`.
  mutating func fields(
    _ node: Node, _ what: String, allowed: [String], required: [String] = []
  ) -> Fields? {
    guard case .mapping(let mapping) = node else {
      report("\(what) must be a mapping of keys to values", at: node.mark)
      return nil
    }
    var values: [String: Node] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        report("keys in \(what) must be plain words", at: key.mark)
        continue
      }
      let name = scalar.string
      guard allowed.contains(name) else {
        report(
          "unknown key '\(name)' in \(what)\(Suggestion.hint(for: name, in: allowed))", at: key.mark)
        continue
      }
      values[name] = value
    }
    for key in required where values[key] == nil {
      report("missing required key '\(key)' in \(what)", at: node.mark)
    }
    return Fields(node: node, values: values)
  }

  /// Whether a node is YAML null (`~`, `null` or nothing).
  static func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  /// A required or optional non-empty text.
  mutating func text(_ fields: Fields, _ key: String, in what: String) -> String? {
    guard let node = fields[key] else { return nil }
    return text(node, key: key, in: what)
  }

  /// A node as non-empty text.
  mutating func text(_ node: Node, key: String, in what: String) -> String? {
    guard case .scalar(let scalar) = node else {
      report("'\(key)' in \(what) must be text, not a \(Self.shape(of: node))", at: node.mark)
      return nil
    }
    let value = scalar.string.trimmingWhitespace
    if value.isEmpty || Self.isNull(node) {
      report("'\(key)' in \(what) must not be empty", at: node.mark)
      return nil
    }
    return value
  }

  /// An id: non-empty text without spaces.
  mutating func identifier(_ fields: Fields, _ key: String, in what: String) -> String? {
    guard let value = text(fields, key, in: what) else { return nil }
    if value.containsWhitespace {
      report("'\(key)' in \(what) must not contain spaces: '\(value)'", at: fields[key]?.mark)
      return nil
    }
    return value
  }

  /// An integer.
  mutating func integer(_ fields: Fields, _ key: String, in what: String) -> Int? {
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingWhitespace) else {
      report(
        "'\(key)' in \(what) must be a whole number, not \(Self.describe(node))", at: node.mark)
      return nil
    }
    return value
  }

  /// `true` or `false`.
  mutating func boolean(_ fields: Fields, _ key: String, in what: String) -> Bool? {
    guard let node = fields[key] else { return nil }
    guard case .scalar(let scalar) = node, scalar.string == "true" || scalar.string == "false"
    else {
      report("'\(key)' in \(what) must be true or false, not \(Self.describe(node))", at: node.mark)
      return nil
    }
    return scalar.string == "true"
  }

  /// One of an enumeration's raw values.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ fields: Fields, _ key: String, in what: String, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let node = fields[key] else { return nil }
    return choice(node, key: key, in: what, as: type)
  }

  /// A node as one of an enumeration's raw values.
  mutating func choice<Value: RawRepresentable & CaseIterable>(
    _ node: Node, key: String, in what: String, as type: Value.Type
  ) -> Value? where Value.RawValue == String {
    guard let raw = text(node, key: key, in: what) else { return nil }
    if let value = Value(rawValue: raw) { return value }
    let names = Value.allCases.map(\.rawValue)
    let hint = Suggestion.closest(to: raw, in: names).map { "; did you mean '\($0)'?" }
      ?? " (expected one of: \(names.joined(separator: ", ")))"
    report("unknown \(key) '\(raw)' in \(what)\(hint)", at: node.mark)
    return nil
  }

  /// A list's items; YAML null counts as an empty list.
  mutating func list(_ fields: Fields, _ key: String, in what: String) -> [Node] {
    guard let node = fields[key], !Self.isNull(node) else { return [] }
    guard case .sequence(let sequence) = node else {
      report("'\(key)' in \(what) must be a list, not a \(Self.shape(of: node))", at: node.mark)
      return []
    }
    return Array(sequence)
  }

  /// A list of non-empty texts.
  mutating func texts(_ fields: Fields, _ key: String, in what: String) -> [(String, Mark?)] {
    list(fields, key, in: what).compactMap { node in
      text(node, key: key, in: what).map { ($0, node.mark) }
    }
  }

  /// A date `YYYY-MM-DD` that exists in the calendar.
  mutating func date(_ fields: Fields, _ key: String, in what: String) -> String? {
    guard let node = fields[key], let value = text(node, key: key, in: what) else { return nil }
    guard CalendarDate(value) != nil else {
      report(
        "'\(key)' in \(what) must be a real date written YYYY-MM-DD, not '\(value)'", at: node.mark)
      return nil
    }
    return value
  }

  /// "a list", "a mapping" or "text".
  static func shape(of node: Node) -> String {
    switch node {
    case .scalar: "text"
    case .mapping: "mapping"
    case .sequence: "list"
    case .alias: "alias"
    }
  }

  /// A short quote of a node for messages.
  static func describe(_ node: Node) -> String {
    if case .scalar(let scalar) = node { return "'\(scalar.string)'" }
    return "a \(shape(of: node))"
  }
}

extension String {
  /// The string without leading and trailing whitespace.
  var trimmingWhitespace: String {
    // Fast path: most pack values start and end with a visible ASCII character.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20,
      last < 0x80
    {
      return self
    }
    var scalars = Substring(self)
    while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }

  /// Whether the string contains whitespace anywhere.
  var containsWhitespace: Bool {
    if utf8.allSatisfy({ $0 > 0x20 && $0 < 0x80 }) { return false }
    return contains(where: \.isWhitespace)
  }
}
