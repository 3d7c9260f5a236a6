import Foundation
import Netral
import Testing

/// The acceptance checks. They need the real engine and the bundled election packs;
/// until both are linked they are skipped.
@Suite("Acceptance", .enabled(if: EngineAvailability.linked, "needs the real engine and packs"))
struct AcceptanceTests {

  @Test("a campaign draft exits 1 and explains why, with carets under the words")
  func campaignDraft() throws {
    let result = try NetralBinary.run(["check", "Coblos nomor 2! Prabowo-Gibran satu putaran"])
    #expect(result.status == 1)
    #expect(result.stdout.contains("pelanggaran[post.campaign-support]"))
    #expect(result.stdout.contains("Coblos nomor 2! Prabowo-Gibran satu putaran"))
    #expect(result.stdout.contains("^"))
    #expect(result.stdout.contains("= dasar: "))
  }

  @Test("a greeting from stdin exits 0")
  func greeting() throws {
    let result = try NetralBinary.run(["check"], stdin: "Selamat pagi\n")
    #expect(result.status == 0)
  }

  @Test("--fail-on review turns a review into status 1")
  func failOnReview() throws {
    let text = "Debat capres semalam: Anies, Prabowo dan Ganjar adu gagasan"
    let plain = try NetralBinary.run(["check", "--format", "jsonl", text])
    #expect(plain.stdout.contains("\"verdict\":\"review\""))
    #expect(plain.status == 0)
    #expect(try NetralBinary.run(["check", "--fail-on", "review", text]).status == 1)
  }

  @Test("rules lists every rule id of the contract")
  func rules() throws {
    let result = try NetralBinary.run(["rules"])
    for id in [
      "post.campaign-support", "interaction.campaign-content", "photo.partisan",
      "content.election-mention",
    ] {
      #expect(result.stdout.contains(id))
    }
  }
}

/// Whether the real engine and packs are linked (the placeholder checker has no rules; the
/// placeholder packs have no elections).
enum EngineAvailability {
  static var linked: Bool {
    guard let packs = try? PackLoader.bundled(), let checker = try? Checker(packs: PackSet(packs))
    else { return false }
    return !checker.rules.isEmpty && packs.contains { !$0.elections.isEmpty }
  }
}
