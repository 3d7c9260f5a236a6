internal import Yams

extension PackReader {
  /// Reads one party.
  mutating func party(_ node: Node) -> Party? {
    let allowed = [
      "id", "name", "number", "abbreviations", "symbols", "emoji", "colors", "slogans", "accounts",
    ]
    guard let fields = fields(node, "party", allowed: allowed, required: ["id", "name"]),
      let id = identifier(fields, "id", in: "party")
    else { return nil }
    define("party", id: id, at: fields["id"]?.mark)
    let what = "party '\(id)'"
    let name = text(fields, "name", in: what)
    let number = integer(fields, "number", in: what)
    if let number, number < 1 {
      report("'number' in \(what) must be 1 or more, not \(number)", at: fields["number"]?.mark)
    }
    if let number {
      claim(number: number, in: "the party list", by: id, at: fields["number"]?.mark)
    }
    let party = Party(
      id: id, name: name ?? "", abbreviations: terms(fields, "abbreviations", in: what),
      number: number, symbols: terms(fields, "symbols", in: what),
      emoji: terms(fields, "emoji", in: what), colors: terms(fields, "colors", in: what),
      slogans: slogans(fields, in: what), accounts: terms(fields, "accounts", in: what))
    return name == nil ? nil : party
  }

  /// Reads one gesture.
  mutating func gesture(_ node: Node) -> Gesture? {
    guard
      let fields = fields(
        node, "gesture", allowed: ["id", "fingers", "phrases", "emoji"], required: ["id"]),
      let id = identifier(fields, "id", in: "gesture")
    else { return nil }
    define("gesture", id: id, at: fields["id"]?.mark)
    let what = "gesture '\(id)'"
    let fingers = integer(fields, "fingers", in: what)
    if let fingers, !(0...10).contains(fingers) {
      report("'fingers' in \(what) must be between 0 and 10, not \(fingers)", at: fields["fingers"]?.mark)
    }
    return Gesture(
      id: id, phrases: terms(fields, "phrases", in: what), emoji: terms(fields, "emoji", in: what),
      fingers: fingers)
  }
}
