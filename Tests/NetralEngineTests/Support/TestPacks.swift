import NetralCore
import NetralPacks

/// Packs built in Swift for the engine tests while the bundled YAML packs are not available:
/// the Pemilu 2024 contestants, eight Pilkada 2024 contests and the base vocabulary.
enum TestPacks {
  static func t(_ s: String, _ ambiguous: Bool = false) -> Term { Term(s, ambiguous: ambiguous) }
  static func ts(_ s: [String]) -> [Term] { s.map { Term($0) } }
  static func amb(_ s: [String]) -> [Term] { s.map { Term($0, ambiguous: true) } }

  static func candidate(_ id: String, _ full: String, _ names: [Term], handles: [String] = [], role: Candidate.Role) -> Candidate {
    Candidate(id: id, fullName: full, names: names, handles: ts(handles), role: role)
  }

  static let pilpresCalendar: [CalendarPhase] = [
    CalendarPhase(phase: .registration, start: "2023-10-19", end: "2023-11-12"),
    CalendarPhase(phase: .candidacy, start: "2023-11-13", end: "2023-11-27"),
    CalendarPhase(phase: .campaign, start: "2023-11-28", end: "2024-02-10"),
    CalendarPhase(phase: .quietPeriod, start: "2024-02-11", end: "2024-02-13"),
    CalendarPhase(phase: .voting, start: "2024-02-14", end: "2024-02-14"),
    CalendarPhase(phase: .recapitulation, start: "2024-02-15", end: "2024-03-20"),
  ]
  static let pilkadaCalendar: [CalendarPhase] = [
    CalendarPhase(phase: .registration, start: "2024-08-27", end: "2024-09-21"),
    CalendarPhase(phase: .candidacy, start: "2024-09-22", end: "2024-09-24"),
    CalendarPhase(phase: .campaign, start: "2024-09-25", end: "2024-11-23"),
    CalendarPhase(phase: .quietPeriod, start: "2024-11-24", end: "2024-11-26"),
    CalendarPhase(phase: .voting, start: "2024-11-27", end: "2024-11-27"),
    CalendarPhase(phase: .recapitulation, start: "2024-11-28", end: "2024-12-16"),
  ]

  static var pemilu: Pack {
    let parties: [Party] = [
      Party(id: "pkb", name: "Partai Kebangkitan Bangsa", abbreviations: ts(["PKB"]), number: 1, symbols: amb(["sembilan bintang", "bola dunia"])),
      Party(id: "gerindra", name: "Partai Gerakan Indonesia Raya", abbreviations: ts(["Gerindra", "Partai Gerindra"]), number: 2, symbols: amb(["garuda", "kepala garuda"])),
      Party(id: "pdip", name: "PDI Perjuangan", abbreviations: ts(["PDIP", "PDI-P", "PDI Perjuangan", "Partai Demokrasi Indonesia Perjuangan"]), number: 3, symbols: amb(["banteng", "banteng moncong putih", "partai banteng"]), emoji: amb(["🐃", "🐂"])),
      Party(id: "golkar", name: "Partai Golongan Karya", abbreviations: ts(["Golkar", "Partai Golkar"]), number: 4, symbols: amb(["beringin", "pohon beringin"]), emoji: amb(["🌳"])),
      Party(id: "nasdem", name: "Partai NasDem", abbreviations: ts(["NasDem", "Nasdem"]), number: 5),
      Party(id: "buruh", name: "Partai Buruh", abbreviations: ts(["Partai Buruh"]), number: 6),
      Party(id: "gelora", name: "Partai Gelora", abbreviations: ts(["Gelora", "Partai Gelora"]), number: 7),
      Party(id: "pks", name: "Partai Keadilan Sejahtera", abbreviations: ts(["PKS"]), number: 8, symbols: amb(["bulan sabit"]), emoji: amb(["🌙"])),
      Party(id: "pkn", name: "Partai Kebangkitan Nusantara", abbreviations: ts(["PKN"]), number: 9),
      Party(id: "hanura", name: "Partai Hanura", abbreviations: ts(["Hanura"]), number: 10),
      Party(id: "garuda", name: "Partai Garuda", abbreviations: amb(["Garuda"]), number: 11),
      Party(id: "pan", name: "Partai Amanat Nasional", abbreviations: [t("PAN", true)], number: 12, symbols: amb(["matahari"])),
      Party(id: "pbb", name: "Partai Bulan Bintang", abbreviations: ts(["PBB"]), number: 13, symbols: amb(["bulan bintang"])),
      Party(id: "demokrat", name: "Partai Demokrat", abbreviations: [t("Demokrat", true), t("Partai Demokrat")], number: 14, symbols: amb(["bintang mercy"])),
      Party(id: "psi", name: "Partai Solidaritas Indonesia", abbreviations: ts(["PSI"]), number: 15, symbols: amb(["mawar"]), emoji: amb(["🌹"])),
      Party(id: "perindo", name: "Partai Perindo", abbreviations: ts(["Perindo"]), number: 16),
      Party(id: "ppp", name: "Partai Persatuan Pembangunan", abbreviations: ts(["PPP"]), number: 17, symbols: amb(["kabah"])),
      Party(id: "ummat", name: "Partai Ummat", abbreviations: ts(["Partai Ummat"]), number: 24),
    ]
    let pilpres = Election(
      id: "pilpres-2024", title: "Pilpres 2024", kind: .pilpres, calendar: pilpresCalendar,
      tickets: [
        Ticket(id: "pilpres-2024/01", number: 1, names: [t("Anies-Muhaimin"), t("AMIN", true), t("Anies-Cak Imin")],
               candidates: [candidate("anies-baswedan", "Anies Baswedan", ts(["Anies", "Abah Anies"]), handles: ["@aniesbaswedan"], role: .capres),
                            candidate("muhaimin-iskandar", "Muhaimin Iskandar", ts(["Cak Imin", "Gus Imin", "Muhaimin"]), handles: ["@cakimiNOW"], role: .cawapres)],
               parties: ["nasdem", "pkb", "pks"], slogans: [Slogan(t("#AMINajaDulu")), Slogan(t("perubahan", true)), Slogan(t("Desak Anies")), Slogan(t("#AniesSalam1Jari"))],
               accounts: ts(["Timnas AMIN", "@timnas.amin"])),
        Ticket(id: "pilpres-2024/02", number: 2, names: [t("Prabowo-Gibran"), t("Prabowo Gibran")],
               candidates: [candidate("prabowo-subianto", "Prabowo Subianto", [t("Prabowo"), t("Gemoy", true)], handles: ["@prabowo"], role: .capres),
                            candidate("gibran-rakabuming-raka", "Gibran Rakabuming Raka", [t("Gibran", true), t("Mas Gibran"), t("Gibran Rakabuming")], handles: ["@gibran_rakabuming"], role: .cawapres)],
               parties: ["gerindra", "golkar", "pan", "demokrat", "psi", "pbb", "gelora", "garuda"],
               slogans: [Slogan(t("lanjutkan", true)), Slogan(t("satu putaran", true)), Slogan(t("#PrabowoGemoy")), Slogan(t("gemoy", true)), Slogan(t("Indonesia Maju", true))],
               accounts: ts(["TKN Prabowo-Gibran"])),
        Ticket(id: "pilpres-2024/03", number: 3, names: [t("Ganjar-Mahfud"), t("Ganjar Mahfud")],
               candidates: [candidate("ganjar-pranowo", "Ganjar Pranowo", [t("Ganjar"), t("Pak Ganjar")], handles: ["@ganjarpranowo"], role: .capres),
                            candidate("mahfud-md", "Mahfud MD", [t("Mahfud", true), t("Prof Mahfud")], handles: ["@mohmahfudmd"], role: .cawapres)],
               parties: ["pdip", "ppp", "perindo", "hanura"], slogans: [Slogan(t("sat set", true)), Slogan(t("#SatSetTasTes")), Slogan(t("tiga jari tiga janji"))],
               accounts: ts(["TPN Ganjar-Mahfud"])),
      ],
      slogans: [Slogan(t("#BukanPrabowoGibran")), Slogan(t("#SatuTigaTambahKita"))],
      gestureMeanings: [
        GestureMeaning(gesture: "salam-satu-jari", ticket: "pilpres-2024/01", stance: .support),
        GestureMeaning(gesture: "salam-dua-jari", ticket: "pilpres-2024/02", stance: .support),
        GestureMeaning(gesture: "salam-tiga-jari", ticket: "pilpres-2024/03", stance: .support),
        GestureMeaning(gesture: "salam-empat-jari", ticket: "pilpres-2024/02", stance: .opposition),
      ])
    return Pack(id: "pemilu-2024", title: "Pemilu 2024", source: "test", elections: [pilpres], parties: parties)
  }

  static func pilkada(_ id: String, _ title: String, _ kind: Election.Kind, _ region: Region, roles: (Candidate.Role, Candidate.Role), _ tickets: [(Int, [Term], [(String, String, [Term])], [String], [Term])]) -> Pack {
    let ts: [Ticket] = tickets.map { n, names, cands, slogans, accounts in
      Ticket(id: "\(id)/0\(n)", number: n, names: names,
             candidates: cands.enumerated().map { i, c in candidate(c.0, c.1, c.2, role: i == 0 ? roles.0 : roles.1) },
             slogans: slogans.map { Slogan(Term($0, ambiguous: !$0.hasPrefix("#") && $0.split(separator: " ").count < 3)) }, accounts: accounts)
    }
    return Pack(id: id, title: title, source: "test", elections: [Election(id: id, title: title, kind: kind, region: region, calendar: pilkadaCalendar, tickets: ts)])
  }

  static var pilkadas: [Pack] {
    [
      pilkada("pilkada-2024-dki-jakarta", "Pilgub DKI Jakarta 2024", .pilkada, Region(province: "DKI Jakarta"), roles: (.cagub, .cawagub), [
        (1, [t("RIDO", true), t("Ridwan Kamil-Suswono")], [("ridwan-kamil", "Ridwan Kamil", [t("Kang Emil"), t("RK", true)]), ("suswono", "Suswono", ts(["Suswono"]))], ["Jakarta Baru"], ts(["@ridwankamil"])),
        (2, [t("Dharma-Kun"), t("Dharma Kun")], [("dharma-pongrekun", "Dharma Pongrekun", ts(["Dharma Pongrekun"])), ("kun-wardana", "Kun Wardana", ts(["Kun Wardana"]))], [], []),
        (3, [t("Pramono-Rano"), t("Pram-Doel")], [("pramono-anung", "Pramono Anung", [t("Pramono"), t("Mas Pram")]), ("rano-karno", "Rano Karno", [t("Bang Doel"), t("Si Doel", true)])], [], []),
      ]),
      pilkada("pilkada-2024-banten", "Pilgub Banten 2024", .pilkada, Region(province: "Banten"), roles: (.cagub, .cawagub), [
        (1, [t("Airin-Ade")], [("airin-rachmi-diany", "Airin Rachmi Diany", ts(["Airin", "Bu Airin"])), ("ade-sumardi", "Ade Sumardi", ts(["Ade Sumardi"]))], [], []),
        (2, [t("Andra-Dimyati")], [("andra-soni", "Andra Soni", ts(["Andra Soni"])), ("dimyati-natakusumah", "Dimyati Natakusumah", ts(["Dimyati"]))], [], []),
      ]),
      pilkada("pilkada-2024-jawa-barat", "Pilgub Jawa Barat 2024", .pilkada, Region(province: "Jawa Barat"), roles: (.cagub, .cawagub), [
        (1, [t("Acep-Gita")], [("acep-adang-ruhiat", "Acep Adang Ruhiat", ts(["Acep Adang"])), ("gitalis-dwi-natarina", "Gitalis Dwi Natarina", ts(["Gita KDI"]))], [], []),
        (2, [t("Jeje-Ronal")], [("jeje-wiradinata", "Jeje Wiradinata", ts(["Jeje"])), ("ronal-surapradja", "Ronal Surapradja", ts(["Ronal"]))], [], []),
        (3, [t("ASIH", true), t("Jabar ASIH"), t("Syaikhu-Ilham")], [("ahmad-syaikhu", "Ahmad Syaikhu", ts(["Syaikhu", "Pak Syaikhu"])), ("ilham-akbar-habibie", "Ilham Akbar Habibie", ts(["Ilham Habibie"]))], ["silih asah silih asuh silih asih"], []),
        (4, [t("Dedi-Erwan"), t("KDM", true)], [("dedi-mulyadi", "Dedi Mulyadi", ts(["Kang Dedi", "Dedi Mulyadi"])), ("erwan-setiawan", "Erwan Setiawan", ts(["Erwan"]))], ["Jabar Istimewa"], []),
      ]),
      pilkada("pilkada-2024-jawa-tengah", "Pilgub Jawa Tengah 2024", .pilkada, Region(province: "Jawa Tengah"), roles: (.cagub, .cawagub), [
        (1, [t("Andika-Hendi")], [("andika-perkasa", "Andika Perkasa", ts(["Andika"])), ("hendrar-prihadi", "Hendrar Prihadi", ts(["Hendi"]))], [], []),
        (2, [t("Luthfi-Yasin")], [("ahmad-luthfi", "Ahmad Luthfi", ts(["Luthfi", "Pak Luthfi"])), ("taj-yasin", "Taj Yasin Maimoen", ts(["Taj Yasin", "Gus Yasin"]))], ["ngopeni lan nglakoni"], []),
      ]),
      pilkada("pilkada-2024-jawa-timur", "Pilgub Jawa Timur 2024", .pilkada, Region(province: "Jawa Timur"), roles: (.cagub, .cawagub), [
        (1, [t("LUMAN", true), t("Luluk-Lukman")], [("luluk-nur-hamidah", "Luluk Nur Hamidah", ts(["Luluk"])), ("lukmanul-khakim", "Lukmanul Khakim", ts(["Lukmanul"]))], [], []),
        (2, [t("Khofifah-Emil")], [("khofifah-indar-parawansa", "Khofifah Indar Parawansa", [t("Khofifah", true), t("Bu Khofifah")]), ("emil-dardak", "Emil Elestianto Dardak", ts(["Emil Dardak"]))], ["dua periode", "#LanjutKhofifah", "Jatim makin makmur"], []),
        (3, [t("Risma-Gus Hans"), t("Risma-Hans")], [("tri-rismaharini", "Tri Rismaharini", [t("Risma", true), t("Bu Risma"), t("Mbak Risma", true)]), ("zahrul-azhar", "Zahrul Azhar Asumta", ts(["Gus Hans"]))], ["Jawa Timur RESIK", "Jatim RESIK"], []),
      ]),
      pilkada("pilkada-2024-kota-jambi", "Pilwako Kota Jambi 2024", .pilkada, Region(province: "Jambi", regency: "Kota Jambi"), roles: (.cawalkot, .cawawalkot), [
        (1, [t("Maulana-Diza")], [("maulana", "Maulana", [t("Maulana", true)]), ("diza", "Diza Hazra Aljosha", ts(["Diza"]))], ["Kota Jambi Bahagia"], []),
        (2, [t("HAR-Guntur")], [("abdul-rahman", "H. Abdul Rahman", [t("Abdul Rahman", true), t("HAR", true)]), ("andi-guntur", "Andi Muhammad Guntur", ts(["Andi Guntur"]))], ["Kota Jambi Maju Mandiri Prima"], []),
      ]),
      pilkada("pilkada-2024-provinsi-jambi", "Pilgub Jambi 2024", .pilkada, Region(province: "Jambi"), roles: (.cagub, .cawagub), [
        (1, [t("Romi-Sudirman")], [("romi-hariyanto", "Romi Hariyanto", ts(["Romi"])), ("sudirman", "Sudirman", [t("Sudirman", true)])], [], []),
        (2, [t("Haris-Sani")], [("al-haris", "Al Haris", ts(["Al Haris"])), ("abdullah-sani", "Abdullah Sani", ts(["Abdullah Sani"]))], ["Jambi Mantap jilid II", "Jambi Mantap"], []),
      ]),
      pilkada("pilkada-2024-purbalingga", "Pilbup Purbalingga 2024", .pilkada, Region(province: "Jawa Tengah", regency: "Kabupaten Purbalingga"), roles: (.cabup, .cawabup), [
        (1, [t("Tiwi-Hendra")], [("dyah-hayuning-pratiwi", "Dyah Hayuning Pratiwi", ts(["Tiwi", "Mbak Tiwi"])), ("mahendra-farizal", "Mahendra Farizal", ts(["Hendra", "Mahendra"]).map { Term($0.text, ambiguous: true) })], [], []),
        (2, [t("Fahmi-Dimas")], [("fahmi-muhammad-hanif", "Fahmi Muhammad Hanif", ts(["Fahmi"])), ("dimas-prasetyahani", "Dimas Prasetyahani", ts(["Dimas"]).map { Term($0.text, ambiguous: true) })], [], []),
      ]),
    ]
  }

  static var base: Pack {
    let gestures = [
      Gesture(id: "salam-satu-jari", phrases: ts(["salam satu jari", "satu jari", "salam 1 jari", "jari telunjuk", "telunjuk"]), emoji: ts(["☝", "👆"]), fingers: 1),
      Gesture(id: "salam-dua-jari", phrases: ts(["salam dua jari", "dua jari", "v sign", "salam 2 jari", "huruf v", "dua ramo"]), emoji: ts(["✌"]), fingers: 2),
      Gesture(id: "salam-tiga-jari", phrases: ts(["salam tiga jari", "tiga jari", "salam 3 jari", "salam metal"]), emoji: ts(["🤟"]), fingers: 3),
      Gesture(id: "salam-empat-jari", phrases: ts(["salam empat jari", "empat jari", "salam 4 jari", "#salam4jari"]), fingers: 4),
      Gesture(id: "pose-jari", phrases: ts(["pose jari", "berpose jari", "salam jari"]), emoji: ts(["🤞"])),
    ]
    return Pack(id: "base", title: "Base", source: "test", gestures: gestures, vocabulary: vocabulary)
  }

  static var vocabulary: [VocabularyCategory: [Term]] {
    BaseVocabulary.terms.mapValues { $0.map { s in s.hasPrefix("~") ? Term(String(s.dropFirst()), ambiguous: true) : Term(s) } }
  }

  static var all: PackSet { PackSet([base, pemilu] + pilkadas) }
}
