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
    #expect(try PackLoader.reloadBundled() == packs, "a fresh read gives the cached values")
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

@Suite("Bundled regulations and Pilkada packs")
struct BundledRegulationsTests {
  /// The citation ids CONTRACTS.md fixes for rules and packs.
  static let contractCitations: [String] =
    (1...7).map { "skb-2022/A\($0)" } + (1...13).map { "skb-2022/B\($0)" } + [
      "pp-42-2004/11c", "pp-42-2004/15", "pp-94-2021/5n5", "pp-94-2021/5n6", "pp-94-2021/5n7",
      "pp-94-2021/8", "pp-94-2021/14", "uu-5-2014/9-2", "uu-20-2023/9-2", "uu-5-2014/87-4c",
      "uu-20-2023/52-3j", "pp-49-2018", "se-menpanrb-b71-2017/e", "se-menpanrb-b71-2017/f",
      "se-menpanrb-01-2023", "se-kota-jambi-270-179-2018", "se-purbalingga-800-3871-2023",
      "se-banten-800.1.6.1-4063-2023", "uu-7-2017/280-3", "uu-7-2017/283-1", "uu-7-2017/494",
      "uu-10-2016/71-1",
    ]

  @Test("base has exactly the contract's citation ids, each with a summary and a source")
  func citations() throws {
    let base = try PackLoader.bundledPack(named: "base")
    #expect(base.regulations.map(\.citation.id).sorted() == Self.contractCitations.sorted())
    for provision in base.regulations {
      #expect(provision.citation.summary?.isEmpty == false, "\(provision.citation.id)")
      #expect(!provision.sources.isEmpty, "\(provision.citation.id)")
      #expect(!provision.appliesTo.isEmpty, "\(provision.citation.id)")
    }
  }

  @Test("SKB table A is a moral sanction before penetapan; B6 is berat after it")
  func stageSanctions() throws {
    let base = try PackLoader.bundledPack(named: "base")
    let a4 = try #require(base.regulations.first { $0.citation.id == "skb-2022/A4" })
    #expect(a4.sanctions.map(\.stage) == [.beforeCandidacy])
    #expect(a4.sanctions.first?.sanction.level == .moral)
    let b6 = try #require(base.regulations.first { $0.citation.id == "skb-2022/B6" })
    #expect(b6.sanctions.map(\.stage) == [.afterCandidacy])
    #expect(b6.sanctions.first?.sanction.level == .berat)
    let b5 = try #require(base.regulations.first { $0.citation.id == "skb-2022/B5" })
    #expect(b5.sanctions.allSatisfy { $0.sanction.level == .ptdh })
  }

  @Test("regional circulars carry their region; national ones none")
  func regions() throws {
    let base = try PackLoader.bundledPack(named: "base")
    let regions = Dictionary(
      uniqueKeysWithValues: base.regulations.map { ($0.citation.id, $0.region) })
    #expect(regions["se-kota-jambi-270-179-2018"] == Region(province: "Jambi", regency: "Kota Jambi"))
    #expect(
      regions["se-purbalingga-800-3871-2023"]
        == Region(province: "Jawa Tengah", regency: "Kabupaten Purbalingga"))
    #expect(regions["se-banten-800.1.6.1-4063-2023"] == Region(province: "Banten"))
    #expect(regions["skb-2022/A4"] == .some(nil))
  }

  @Test(
    "each Pilkada pack has its region, the PKPU 2/2024 calendar and its tickets",
    arguments: [
      ("pilkada-2024-kota-jambi", "Jambi", "Kota Jambi", 2),
      ("pilkada-2024-provinsi-jambi", "Jambi", nil, 2),
      ("pilkada-2024-banten", "Banten", nil, 2),
      ("pilkada-2024-purbalingga", "Jawa Tengah", "Kabupaten Purbalingga", 2),
      ("pilkada-2024-dki-jakarta", "DKI Jakarta", nil, 3),
      ("pilkada-2024-jawa-barat", "Jawa Barat", nil, 4),
      ("pilkada-2024-jawa-tengah", "Jawa Tengah", nil, 2),
      ("pilkada-2024-jawa-timur", "Jawa Timur", nil, 3),
    ] as [(String, String, String?, Int)])
  func pilkada(name: String, province: String, regency: String?, tickets: Int) throws {
    let pack = try PackLoader.bundledPack(named: name)
    let election = try #require(pack.elections.first)
    #expect(election.kind == .pilkada)
    #expect(election.region == Region(province: province, regency: regency))
    #expect(election.tickets.map(\.number) == Array(1...tickets))
    #expect(election.calendar.first { $0.phase == .voting }?.start == "2024-11-27")
    #expect(election.calendar.first { $0.phase == .candidacy }?.start == "2024-09-22")
    #expect(election.calendar.first { $0.phase == .recapitulation }?.confidence == .unconfirmed)
  }

  @Test("Jakarta's RIDO and Jatim's LUMAN are ticket names; KDM stays unconfirmed")
  func pilkadaNicknames() throws {
    let jakarta = try PackLoader.bundledPack(named: "pilkada-2024-dki-jakarta")
    #expect(jakarta.elections[0].tickets[0].names.contains { $0.text == "RIDO" })
    let jatim = try PackLoader.bundledPack(named: "pilkada-2024-jawa-timur")
    #expect(jatim.elections[0].tickets[0].names.contains { $0.text == "LUMAN" })
    let jabar = try PackLoader.bundledPack(named: "pilkada-2024-jawa-barat")
    let kdm = try #require(jabar.elections[0].tickets[3].names.first { $0.text == "KDM" })
    #expect(kdm.confidence == .unconfirmed)
  }
}

@Suite("Pemilu 2029 template")
struct TemplateTests {
  @Test("the annotated template validates but is not among the bundled packs")
  func templateValidates() throws {
    let template = try PackLoader.bundledPack(named: PackLoader.templateName)
    #expect(template.id == "pemilu-2029")
    #expect(template.elections.first?.calendar.allSatisfy { $0.confidence == .unconfirmed } == true)
    #expect(try !PackLoader.bundled().contains { $0.id == template.id })
  }

  @Test("an unknown bundled name suggests the closest")
  func unknownBundledName() {
    let error = #expect(throws: PackError.self) { try PackLoader.bundledPack(named: "pemilu-2042") }
    #expect(error?.diagnostics.first?.message.contains("did you mean 'pemilu-2024'?") == true)
  }
}
