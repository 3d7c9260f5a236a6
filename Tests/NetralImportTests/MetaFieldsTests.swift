import Testing
@testable import NetralImport

@Suite("Facebook and Instagram fields")
struct MetaFieldsTests {
  @Test(
    "the target's author from an activity title, English and Indonesian",
    arguments: [
      ("Sri Wahyuni likes Tim Pemenangan Budi–Sari's post.", "Tim Pemenangan Budi–Sari"),
      ("Sri Wahyuni commented on Posko Relawan 02's photo.", "Posko Relawan 02"),
      ("Sri Wahyuni replied to Rudi Hartono’s comment.", "Rudi Hartono"),
      ("Sri Wahyuni menyukai kiriman Relawan Budi–Sari Kecamatan Kota Baru.", "Relawan Budi–Sari Kecamatan Kota Baru"),
      ("Sri Wahyuni mengomentari foto Dewi Lestari.", "Dewi Lestari"),
      ("Sri Wahyuni commented on her own post.", nil),
      ("Sri Wahyuni mengomentari kiriman Anda.", nil),
      ("Sri Wahyuni updated her status.", nil),
    ] as [(String, String?)])
  func titleTarget(_ title: String, _ expected: String?) {
    #expect(MetaFields.titleTarget(title) == expected)
  }

  @Test("mojibake repair: Facebook-style text is fixed, genuine Latin-1 is not")
  func mojibake() {
    let written = "Aamiin 🙏 Semoga lancar, Bu Sé"
    let mangled = String(String.UnicodeScalarView(written.utf8.map { Unicode.Scalar($0) }))
    #expect(mangled != written)
    #expect(MojibakeRepair.repair(mangled) == written)
    #expect(MojibakeRepair.repair(written) == written)
    #expect(MojibakeRepair.repair("Kopi café di Jambi") == "Kopi café di Jambi")
    #expect(MojibakeRepair.repair("JosÃ© Rizal") == "José Rizal")
  }
}
