import Testing
import NetralCore
@testable import NetralPacks

@Suite("Bundled packs")
struct BundledPacksTests {
  @Test("every bundled pack loads, in order, with unique ids")
  func everyBundledPackLoads() throws {
    let packs = try PackLoader.bundled()
    #expect(packs.map(\.id) == PackLoader.bundledNames)
    #expect(packs.allSatisfy { $0.source.hasPrefix("bundled:") })
  }

  @Test("Pemilu 2024 has the three Pilpres tickets with their pairs and numbers")
  func pilpresTickets() throws {
    let pack = try PackLoader.bundledPack(named: "pemilu-2024")
    let pilpres = try #require(pack.elections.first { $0.id == "pilpres-2024" })
    #expect(pilpres.kind == .pilpres)
    let pairs = pilpres.tickets.map { ticket in
      "\(ticket.number): " + ticket.candidates.map(\.fullName).joined(separator: " - ")
    }
    #expect(
      pairs == [
        "1: Anies Baswedan - Muhaimin Iskandar",
        "2: Prabowo Subianto - Gibran Rakabuming Raka",
        "3: Ganjar Pranowo - Mahfud MD",
      ])
    let amin = try #require(pilpres.tickets[0].names.first { $0.text == "AMIN" })
    #expect(amin.ambiguous, "AMIN is also a prayer word")
    #expect(pilpres.tickets[0].parties == ["nasdem", "pkb", "pks", "ummat"])
    #expect(pilpres.tickets[2].slogans.contains { $0.term.text == "sat set" && $0.term.ambiguous })
    let fourFingers = try #require(pilpres.gestureMeanings.first { $0.gesture == "salam-empat-jari" })
    #expect(fourFingers.ticket == "pilpres-2024/02")
    #expect(fourFingers.stance == .opposition)
    let voting = try #require(pilpres.calendar.first { $0.phase == .voting })
    #expect(voting.start == "2024-02-14" && voting.end == "2024-02-14")
    let campaign = try #require(pilpres.calendar.first { $0.phase == .campaign })
    #expect(campaign.start == "2023-11-28" && campaign.end == "2024-02-10")
  }

  @Test("Pemilu 2024 has the 24 parties with the KPU numbers")
  func parties() throws {
    let pack = try PackLoader.bundledPack(named: "pemilu-2024")
    let numbers = pack.parties.map { "\($0.number ?? 0) \($0.abbreviations.first?.text ?? $0.name)" }
    #expect(
      numbers == [
        "1 PKB", "2 Gerindra", "3 PDI-P", "4 Golkar", "5 NasDem", "6 Partai Buruh",
        "7 Partai Gelora", "8 PKS", "9 PKN", "10 Hanura", "11 Partai Garuda", "12 PAN", "13 PBB",
        "14 Partai Demokrat", "15 PSI", "16 Perindo", "17 PPP", "18 PNA", "19 Gabthat", "20 PDA",
        "21 PA", "22 PAS Aceh", "23 SIRA", "24 Partai Ummat",
      ])
    let pdip = try #require(pack.parties.first { $0.id == "pdip" })
    #expect(pdip.symbols.contains { $0.text == "banteng moncong putih" && $0.ambiguous })
    let nasdem = try #require(pack.parties.first { $0.id == "nasdem" })
    #expect(nasdem.colors.allSatisfy { $0.confidence == .unconfirmed })
  }

  @Test("the base vocabulary fills every category")
  func vocabularyCategories() throws {
    let pack = try PackLoader.bundledPack(named: "base-vocabulary")
    for category in VocabularyCategory.allCases {
      #expect(!(pack.vocabulary[category] ?? []).isEmpty, "\(category.rawValue) is empty")
    }
    #expect(pack.vocabulary[.prayer]?.contains { $0.text == "aamiin" } == true)
    #expect(pack.vocabulary[.accountPrefix]?.first { $0.text == "relawan" }?.confidence == .unconfirmed)
  }
}
