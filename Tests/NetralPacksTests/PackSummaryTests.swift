import NetralCore
import Testing
@testable import NetralPacks

@Suite("Pack summary for `netral packs`")
struct PackSummaryTests {
  @Test("Pemilu 2024 lists its tickets and phases with dates, flagging unsure ones")
  func pemiluLines() throws {
    let set = PackSet([try PackLoader.bundledPack(named: "pemilu-2024")])
    let lines = set.summaryLines(language: .id)
    #expect(lines.first == "pemilu-2024 — Pemilu 2024 (Pilpres dan Pileg) [bundled:pemilu-2024]")
    #expect(lines.contains("  24 partai"))
    #expect(lines.contains("    nomor 02 Prabowo Subianto – Gibran Rakabuming Raka"))
    #expect(lines.contains("    kampanye         2023-11-28 – 2024-02-10"))
    #expect(lines.contains("    pemungutan suara 2024-02-14"))
    #expect(lines.contains("    rekapitulasi     2024-02-15 – 2024-03-20 (keyakinan unconfirmed)"))
  }

  @Test("in English, with the region of a Pilkada")
  func englishRegion() throws {
    let set = PackSet([try PackLoader.bundledPack(named: "pilkada-2024-kota-jambi")])
    let lines = set.summaryLines(language: .en)
    #expect(
      lines.contains(
        "  pilwako-kota-jambi-2024: Pemilihan Wali Kota dan Wakil Wali Kota Jambi 2024 (pilkada, Kota Jambi, Jambi)"
      ))
    #expect(lines.contains("    quiet period     2024-11-24 – 2024-11-26"))
    #expect(set.summaries.first?.elections.first?.tickets.count == 2)
  }
}
