internal import Yams

/// Turns pack text into a ``Pack`` or every problem found in it.
enum PackParser {
  /// Parses and validates `yaml`, naming `file` in diagnostics; `known` holds the ids packs
  /// loaded earlier define.
  static func parse(
    _ yaml: String, file: String, source: String, known: KnownReferences
  ) -> Result<Pack, PackError> {
    parse(yaml, file: file, source: source) { _ in known }
  }

  /// Parses and validates `yaml`; `known` gives the ids packs loaded earlier define, given the
  /// pack's own id (so that a pack replacing a bundled one is not checked against it).
  static func parse(
    _ yaml: String, file: String, source: String, known: (String?) -> KnownReferences
  ) -> Result<Pack, PackError> {
    func failure(_ line: Int, _ column: Int, _ message: String) -> Result<Pack, PackError> {
      .failure(
        PackError(diagnostics: [
          PackDiagnostic(file: file, line: line, column: column, message: message)
        ]))
    }
    if let problem = PackPrescan.firstProblem(in: yaml) {
      return failure(problem.line, problem.column, problem.message)
    }
    let parser: Parser
    let root: Node?
    do {
      // The basic resolver has no implicit-type regexes: the reader types scalars itself, and
      // Yams would otherwise run every regex on every mapping key to hash it.
      parser = try Parser(yaml: yaml, resolver: .basic)
      root = try parser.singleRoot()
    } catch let error as YamlError {
      let (position, message) = describe(error)
      return failure(position.line, position.column, message)
    } catch {
      return failure(1, 1, "invalid yaml: \(error)")
    }
    guard let root else { return failure(1, 1, "pack is empty") }
    // The parser owns the anchors; keep it alive while the tree is inspected.
    return withExtendedLifetime(parser) {
      if let position = firstAnchor(in: root) {
        return failure(
          position.line, position.column,
          "packs may not use anchors or aliases; repeat the value instead")
      }
      var id: String?
      if case .mapping(let mapping) = root, case .scalar(let scalar)? = mapping["id"] {
        id = scalar.string
      }
      var reader = PackReader(file: file, known: known(id))
      let pack = reader.pack(root, source: source)
      let diagnostics = reader.sortedDiagnostics
      guard diagnostics.isEmpty, let pack else {
        return .failure(PackError(diagnostics: diagnostics))
      }
      return .success(pack)
    }
  }

  /// The position of the first anchored node; does not descend into anchored nodes, so a
  /// "billion laughs" tree is never walked in full.
  private static func firstAnchor(in node: Node) -> Position? {
    if node.anchor != nil { return Position(node.mark) }
    switch node {
    case .scalar: return nil
    case .alias(let alias): return Position(alias.mark)
    case .sequence(let sequence):
      for child in sequence { if let mark = firstAnchor(in: child) { return mark } }
    case .mapping(let mapping):
      for (key, value) in mapping {
        if let mark = firstAnchor(in: key) ?? firstAnchor(in: value) { return mark }
      }
    }
    return nil
  }

  /// A Yams error as a position and one lowercase line.
  private static func describe(_ error: YamlError) -> (Position, String) {
    let start = Position(line: 1, column: 1)
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? ""
      return (Position(mark), "invalid yaml: \(problem)\(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return (Position(context.mark), "duplicate key \(keys) in one mapping")
    case .reader(let problem, _, _, _):
      return (start, "unreadable text: \(problem)")
    default:
      return (start, "invalid yaml: \(error)")
    }
  }
}
