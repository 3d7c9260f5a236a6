internal import Yams
internal import NetralCore

extension PackReader {
  /// Reads one regulation provision.
  mutating func regulation(_ node: Node) -> RegulationProvision? {
    let allowed = [
      "id", "instrument", "provision", "summary", "confidence", "sanctions", "applies_to",
      "sources", "region",
    ]
    guard
      let fields = fields(
        node, "regulation", allowed: allowed, required: ["id", "instrument", "confidence"]),
      let id = identifier(fields, "id", in: "regulation")
    else { return nil }
    define("regulation", id: id, at: fields["id"]?.mark)
    let what = "regulation '\(id)'"
    let instrument = text(fields, "instrument", in: what)
    let provision = text(fields, "provision", in: what)
    let summary = text(fields, "summary", in: what)
    let confidence = choice(fields, "confidence", in: what, as: Confidence.self)
    let sanctions = list(fields, "sanctions", in: what).compactMap { sanction($0, in: what) }
    let appliesTo = list(fields, "applies_to", in: what).compactMap {
      choice($0, key: "applies_to", in: what, as: Actor.Category.self)
    }
    let sources = texts(fields, "sources", in: what).map(\.0)
    let region = region(fields, in: what)
    guard let instrument, let confidence else { return nil }
    return RegulationProvision(
      citation: Citation(
        id: id, instrument: instrument, provision: provision, summary: summary,
        confidence: confidence),
      sanctions: sanctions, appliesTo: appliesTo, sources: sources, region: region)
  }

  /// Reads one stage sanction.
  mutating func sanction(_ node: Node, in regulation: String) -> StageSanction? {
    let what = "sanction of \(regulation)"
    guard
      let fields = fields(
        node, what, allowed: ["stage", "level", "description", "basis"],
        required: ["stage", "level", "description"])
    else { return nil }
    let stage = choice(fields, "stage", in: what, as: StageSanction.Stage.self)
    let level = choice(fields, "level", in: what, as: SanctionLevel.self)
    let description = text(fields, "description", in: what)
    let basis = text(fields, "basis", in: what)
    guard let stage, let level, let description else { return nil }
    return StageSanction(
      stage: stage, sanction: Sanction(level: level, description: description, basis: basis))
  }
}
