public import Foundation
public import NetralCore

/// Reads labeled evaluation files: interchange activities (one JSON object per line) with an
/// `expect` object, optional `tags` and `note`.
///
/// ```json
/// {"id":"dev-001","kind":"post","text":"…","expect":{"verdict":"violation","rules":["post.campaign-support"]},"tags":["evasion"]}
/// ```
public enum EvaluationSet {
  /// The rule ids an expectation may name (CONTRACTS.md), with the verdict each one gives.
  public static let ruleVerdicts: [String: Verdict] = [
    "post.campaign-support": .violation,
    "post.campaign-opposition": .violation,
    "post.mobilization": .violation,
    "post.campaign-attribute": .violation,
    "post.campaign-event": .violation,
    "post.party-membership": .violation,
    "post.ktp-support": .violation,
    "interaction.campaign-content": .violation,
    "membership.campaign-account": .violation,
    "photo.partisan": .violation,
    "profile.campaign-identity": .violation,
    "gesture.partisan-symbol": .review,
    "content.election-mention": .review,
  ]

  /// Loads a labeled JSON Lines file.
  ///
  /// - Throws: ``EvaluationSetError`` listing every unreadable line (file, line and field), or
  ///   the error of reading the file itself.
  public static func load(_ url: URL) throws -> [LabeledActivity] {
    let data = try Data(contentsOf: url)
    return try parse(data, source: url.lastPathComponent)
  }

  /// Parses labeled JSON Lines held in memory; `source` names it in errors.
  ///
  /// Blank lines are skipped. Every other line must hold one labeled activity.
  ///
  /// - Throws: ``EvaluationSetError`` listing every unreadable line.
  public static func parse(_ data: Data, source: String) throws -> [LabeledActivity] {
    var items: [LabeledActivity] = []
    var problems: [InterchangeError] = []
    var firstLine: [String: Int] = [:]
    let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (index, raw) in lines.enumerated() {
      let number = index + 1
      var bytes = raw
      if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      do {
        let item = try LabeledLine.decode(bytes, source: source, line: number)
        if let first = firstLine[item.activity.id] {
          throw InterchangeError(
            source: source, line: number, field: "id",
            reason: "duplicate id '\(item.activity.id)' (first on line \(first))")
        }
        firstLine[item.activity.id] = number
        items.append(item)
      } catch let error as InterchangeError {
        problems.append(error)
      }
    }
    if !problems.isEmpty { throw EvaluationSetError(problems: problems) }
    return items
  }
}

/// The unreadable lines of an evaluation file.
public struct EvaluationSetError: Error, Sendable, Hashable, CustomStringConvertible {
  /// One entry per bad line, naming file, line and field.
  public var problems: [InterchangeError]

  /// Creates the error.
  public init(problems: [InterchangeError]) { self.problems = problems }

  /// One problem per line.
  public var description: String { problems.map(\.description).joined(separator: "\n") }
}
