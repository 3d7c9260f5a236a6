import Foundation
import NetralCore
import Testing
@testable import NetralPacks

/// The complete example in `Docs/Packs.md` is a user pack written only from the documentation:
/// it must load, alongside the bundled packs.
@Suite("Docs/Packs.md example")
struct DocumentationExampleTests {
  /// The first ```yaml block after the "Complete example" heading.
  static func example() throws -> String {
    let doc = try String(contentsOf: FixtureLocation.packsDoc, encoding: .utf8)
    let section = try #require(doc.range(of: "## Complete example"))
    let rest = doc[section.upperBound...]
    let open = try #require(rest.range(of: "```yaml\n"))
    let close = try #require(rest[open.upperBound...].range(of: "```"))
    return String(rest[open.upperBound..<close.lowerBound])
  }

  @Test("the documented user pack loads with its tickets, calendar and references")
  func exampleLoads() throws {
    let pack = try PackLoader.load(yaml: try Self.example(), source: "Docs/Packs.md")
    #expect(pack.id == "pilkada-2029-sukamaju")
    let election = try #require(pack.elections.first)
    #expect(election.region == Region(province: "Jawa Barat", regency: "Kabupaten Sukamaju"))
    #expect(election.tickets.map(\.number) == [1, 2])
    #expect(election.tickets[0].parties == ["pkb", "golkar"])
    #expect(election.calendar.map(\.phase) == [
      .registration, .verification, .candidacy, .campaign, .quietPeriod, .voting, .recapitulation,
    ])
    #expect(pack.vocabulary[.support]?.map(\.text) == ["gaskeun"])
    let set = PackSet(try PackLoader.bundled() + [pack])
    #expect(set.elections.contains { $0.id == "pilbup-sukamaju-2029" })
    #expect(set.vocabulary(.support).contains { $0.text == "gaskeun" })
  }

  @Test("every bundled file name in the doc's table exists")
  func bundledTable() throws {
    let doc = try String(contentsOf: FixtureLocation.packsDoc, encoding: .utf8)
    for name in ["base", "base-vocabulary", "pemilu-2024", PackLoader.templateName] {
      #expect(doc.contains("`\(name).yaml`"), "\(name)")
    }
  }
}
