import NetralText
import NetralPacks
import NetralCore

/// Citations used when no loaded pack provides a provision with that id (the packs' own
/// regulations always win).
enum FallbackCitations {
  static func citation(_ id: String) -> Citation {
    let skb = "SKB MenPAN-RB, Mendagri, BKN, KASN, Bawaslu Nomor 2 Tahun 2022"
    if id.hasPrefix("skb-2022/") {
      let row = String(id.dropFirst("skb-2022/".count))
      let table = row.hasPrefix("A") ? "A" : "B"
      let confidence: Confidence = ["A6", "A7", "B3"].contains(row) ? .medium : .high
      return Citation(id: id, instrument: skb, provision: "Lampiran II huruf \(table) angka \(row.dropFirst())", confidence: confidence)
    }
    let table: [String: (String, String?, Confidence)] = [
      "pp-42-2004/11c": ("PP 42/2004", "Pasal 11 huruf c", .high),
      "pp-42-2004/15": ("PP 42/2004", "Pasal 15 ayat (1)–(3)", .high),
      "pp-94-2021/5n5": ("PP 94/2021", "Pasal 5 huruf n angka 5", .high),
      "pp-94-2021/5n6": ("PP 94/2021", "Pasal 5 huruf n angka 6", .high),
      "pp-94-2021/5n7": ("PP 94/2021", "Pasal 5 huruf n angka 7", .high),
      "pp-94-2021/8": ("PP 94/2021", "Pasal 8", .high),
      "pp-94-2021/14": ("PP 94/2021", "Pasal 14", .medium),
      "uu-5-2014/9-2": ("UU 5/2014", "Pasal 9 ayat (2)", .high),
      "uu-20-2023/9-2": ("UU 20/2023", "Pasal 9 ayat (2)", .medium),
      "uu-5-2014/87-4c": ("UU 5/2014", "Pasal 87 ayat (4) huruf c", .high),
      "uu-20-2023/52-3j": ("UU 20/2023", "Pasal 52 ayat (3) huruf j", .medium),
      "pp-49-2018": ("PP 49/2018", nil, .high),
      "se-menpanrb-b71-2017/e": ("SE MenPAN-RB B/71/M.SM.00.00/2017", "huruf e", .high),
      "se-menpanrb-b71-2017/f": ("SE MenPAN-RB B/71/M.SM.00.00/2017", "huruf f", .high),
      "se-menpanrb-01-2023": ("SE MenPAN-RB Nomor 01 Tahun 2023", nil, .high),
      "se-kota-jambi-270-179-2018": ("SE Wali Kota Jambi 270/179/Diskominfo/2018", nil, .high),
      "se-purbalingga-800-3871-2023": ("SE Sekda Purbalingga 800/3871", nil, .high),
      "se-banten-800.1.6.1-4063-2023": ("SE Gubernur Banten 800.1.6.1/4063-BKD/2023", nil, .high),
      "uu-7-2017/280-3": ("UU 7/2017", "Pasal 280 ayat (3)", .high),
      "uu-7-2017/283-1": ("UU 7/2017", "Pasal 283 ayat (1)", .high),
      "uu-7-2017/494": ("UU 7/2017", "Pasal 494", .high),
      "uu-10-2016/71-1": ("UU 10/2016", "Pasal 71 ayat (1)", .high),
    ]
    let (instrument, provision, confidence) = table[id] ?? (id, nil, .unconfirmed)
    return Citation(id: id, instrument: instrument, provision: provision, confidence: confidence)
  }

  /// The region a regional instrument applies to, matched against an election's region
  /// (lowercased province or regency).
  static let regions: [String: String] = [
    "se-kota-jambi-270-179-2018": "kota jambi",
    "se-purbalingga-800-3871-2023": "purbalingga",
    "se-banten-800.1.6.1-4063-2023": "banten",
  ]
}
