internal import Yams
internal import NetralCore

extension PackReader {
  /// The pack format this version reads.
  static let formatVersion = 1

  /// Reads a whole pack; `nil` when the root is not a mapping.
  mutating func pack(_ root: Node, source: String) -> Pack? {
    let allowed = [
      "format", "id", "title", "parties", "elections", "gestures", "vocabulary", "regulations",
    ]
    guard let fields = fields(root, "pack", allowed: allowed, required: ["format", "id", "title"])
    else { return nil }
    if let format = integer(fields, "format", in: "pack"), format != Self.formatVersion {
      report(
        "unsupported pack format \(format) (this version of netral reads format \(Self.formatVersion))",
        at: fields["format"]?.mark)
    }
    let id = identifier(fields, "id", in: "pack") ?? ""
    if !id.isEmpty { requireUnused("pack", id: id, at: fields["id"]?.mark) }
    let title = text(fields, "title", in: "pack") ?? ""
    let parties = list(fields, "parties", in: "pack").compactMap { party($0) }
    let gestures = list(fields, "gestures", in: "pack").compactMap { gesture($0) }
    let elections = list(fields, "elections", in: "pack").compactMap { election($0) }
    let regulations = list(fields, "regulations", in: "pack").compactMap { regulation($0) }
    var vocabulary: [VocabularyCategory: [Term]] = [:]
    if let node = fields["vocabulary"], !Self.isNull(node) {
      vocabulary = self.vocabulary(node)
    }
    checkPendingReferences()
    return Pack(
      id: id, title: title, source: source, elections: elections, parties: parties,
      gestures: gestures, vocabulary: vocabulary, regulations: regulations)
  }

  /// Reads `vocabulary:`: category names to term lists.
  mutating func vocabulary(_ node: Node) -> [VocabularyCategory: [Term]] {
    let names = VocabularyCategory.allCases.map(\.rawValue)
    guard case .mapping(let mapping) = node else {
      report("'vocabulary' must be a mapping of categories to term lists", at: node.mark)
      return [:]
    }
    var result: [VocabularyCategory: [Term]] = [:]
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key, let category = VocabularyCategory(rawValue: scalar.string)
      else {
        let name = key.string ?? Self.describe(key)
        let hint = Suggestion.closest(to: name, in: names).map { "; did you mean '\($0)'?" }
          ?? " (expected one of: \(names.joined(separator: ", ")))"
        report("unknown vocabulary category '\(name)'\(hint)", at: key.mark)
        continue
      }
      let holder = Fields(node: node, values: [category.rawValue: value])
      result[category, default: []] += terms(holder, category.rawValue, in: "vocabulary")
    }
    return result
  }

  /// Reads a list of terms: plain text, or `{text, ambiguous, confidence}`.
  mutating func terms(_ fields: Fields, _ key: String, in what: String) -> [Term] {
    list(fields, key, in: what).compactMap { node in
      if case .scalar = node {
        return text(node, key: key, in: what).map { Term($0) }
      }
      let context = "a term of '\(key)' in \(what)"
      guard
        let term = self.fields(
          node, context, allowed: ["text", "ambiguous", "confidence", "note"], required: ["text"])
      else { return nil }
      guard let text = text(term, "text", in: context) else { return nil }
      _ = self.text(term, "note", in: context)
      return Term(
        text, ambiguous: boolean(term, "ambiguous", in: context) ?? false,
        confidence: choice(term, "confidence", in: context, as: Confidence.self) ?? .high)
    }
  }

  /// Reads a list of slogans (terms).
  mutating func slogans(_ fields: Fields, in what: String) -> [Slogan] {
    terms(fields, "slogans", in: what).map(Slogan.init)
  }

  /// Reads an optional `region:` mapping.
  mutating func region(_ fields: Fields, in what: String) -> Region? {
    guard let node = fields["region"], !Self.isNull(node) else { return nil }
    let context = "region of \(what)"
    guard
      let region = self.fields(
        node, context, allowed: ["province", "regency"], required: ["province"]),
      let province = text(region, "province", in: context)
    else { return nil }
    return Region(province: province, regency: text(region, "regency", in: context))
  }

  /// Checks references to parties, gestures and tickets once everything is read.
  mutating func checkPendingReferences() {
    var idsByScope: [String: Set<String>] = [:]
    for reference in pending {
      let scope = reference.kind == "ticket" ? "ticket of \(reference.scope ?? "")" : reference.kind
      let ids: Set<String>
      if let cached = idsByScope[scope] {
        ids = cached
      } else {
        var defined = definitions[scope].map { Set($0.keys) } ?? []
        if reference.kind == "party" { defined.formUnion(known.parties) }
        if reference.kind == "gesture" { defined.formUnion(known.gestures) }
        idsByScope[scope] = defined
        ids = defined
      }
      guard !ids.contains(reference.id) else { continue }
      let hint = Suggestion.hint(for: reference.id, in: ids.sorted())
      report(
        "unknown \(reference.kind) '\(reference.id)' in \(reference.context)\(hint)",
        at: reference.mark)
    }
    pending = []
  }
}
