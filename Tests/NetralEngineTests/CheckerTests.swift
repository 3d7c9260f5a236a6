import Foundation
import NetralCore
import NetralEngine
import NetralPacks
import Testing

@Suite("Checker on realistic activities")
struct CheckerTests {
  let checker = Fixtures.checker

  func post(_ text: String, at: String? = nil, actor: Actor.Category = .pns) -> Assessment {
    checker.check(Activity(id: "t", kind: .post, text: text, at: at.flatMap { RFC3339.parse($0) }, actor: Actor(type: actor)))
  }

  @Test("pair names win over single names (leftmost-longest)")
  func leftmostLongest() throws {
    let a = post("Pokoknya dukung Prabowo Gibran sampai menang")
    let f = try #require(a.findings.first { $0.rule == "post.campaign-support" })
    #expect(f.evidence.contains { $0.text == "Prabowo Gibran" })
  }

  @Test("one typo in a long name is tolerated, not in short words")
  func typos() {
    #expect(post("Saya dukung Prabowo Subiyanto jadi presiden").verdict == .violation)
    #expect(post("Mari dukung Anis Baswedan di pilpres").verdict == .violation)
    #expect(post("Pantai di Anyer indah sekali, mari dukung wisata lokal").verdict == .clean)
  }

  @Test("affixed support verbs", arguments: [
    "Saya mendukung Ganjar-Mahfud", "Ganjar-Mahfud harus didukung", "Dukungannya untuk Ganjar-Mahfud",
    "Ayo menangkan Ganjar-Mahfud", "Memenangkan Ganjar-Mahfud itu wajib", "Menangin Ganjar-Mahfud gaes",
    "Nyoblos Ganjar-Mahfud tanggal 14", "Pilihlah Ganjar-Mahfud",
  ])
  func morphology(_ text: String) {
    #expect(post(text).findings.contains { $0.rule == "post.campaign-support" }, "\(text)")
  }

  @Test("negation scope: 'jangan pilih X' opposes; reminders to all stay clean")
  func negation() {
    #expect(post("Jangan pilih Prabowo-Gibran, dinasti politik").findings.first?.rule == "post.campaign-opposition")
    #expect(post("Jangan lupa coblos Ganjar-Mahfud ya").findings.contains { $0.rule == "post.campaign-support" })
    #expect(post("ASN dilarang like, komen dan share akun paslon mana pun").verdict == .clean)
  }

  @Test("ballot numbers need a cue; queues, ranks and times stay clean")
  func numbers() {
    #expect(post("Coblos nomor urut 3 untuk Jawa Barat").verdict == .violation)
    #expect(post("Antrean nomor 3 silakan ke loket 2").verdict == .clean)
    #expect(post("Rapat pukul 02 dini hari, mohon hadir tepat waktu").verdict == .clean)
    #expect(post("Alhamdulillah putri kami juara 2 lomba mewarnai").verdict == .clean)
  }

  @Test("generic layer works for a region no pack covers")
  func genericLayer() {
    #expect(post("Menangkan calon bupati nomor 1 Kabupaten Tanah Antah, demi perubahan").verdict == .violation)
  }

  @Test("a like on a campaign account is a violation without own words")
  func likeOnCampaignAccount() throws {
    let a = checker.check(Activity(id: "l", kind: .like, target: Target(author: "Tim Pemenangan Prabowo-Gibran Kab. Tebo", text: "Terima kasih relawan!", kind: .post)))
    #expect(a.verdict == .violation)
    let f = try #require(a.findings.first)
    #expect(f.rule == "interaction.campaign-content")
    #expect(f.message.contains("Tim Pemenangan Prabowo-Gibran Kab. Tebo"))
    #expect(f.evidence.allSatisfy { $0.field == .targetAuthor || $0.field == .targetText })
  }

  @Test("gesture alone asks for review; with a candidate in a photo it is a violation")
  func gestures() {
    let alone = checker.check(Activity(id: "g", kind: .post, text: "Foto bersama tim", media: [Media(description: "semua berpose salam dua jari")]))
    #expect(alone.verdict == .review)
    #expect(alone.findings.first?.rule == "gesture.partisan-symbol")
    let withCandidate = checker.check(Activity(id: "g2", kind: .post, text: "Kenangan", media: [Media(description: "berfoto bersama Ganjar Pranowo sambil mengacungkan tiga jari")]))
    #expect(withCandidate.findings.contains { $0.rule == "photo.partisan" })
  }

  @Test("phase decides the sanction: ethics before penetapan, discipline after, none outside")
  func phases() throws {
    let before = post("Dukung Prabowo-Gibran!", at: "2023-10-25T10:00:00+07:00")
    let after = post("Dukung Prabowo-Gibran!", at: "2024-01-10T10:00:00+07:00")
    let outside = post("Dukung Prabowo-Gibran!", at: "2022-03-01T10:00:00+07:00")
    #expect(try #require(before.findings.first?.sanction).level == .moral)
    #expect(try #require(after.findings.first?.sanction).level == .berat)
    #expect(after.phase?.phase == .campaign)
    #expect(outside.phase?.inWindow == false)
    #expect(outside.verdict == .violation)
    #expect(outside.score < after.score)
  }

  @Test("actor chooses the instrument")
  func actors() throws {
    let nonASN = post("Dukung Prabowo-Gibran!", at: "2024-01-10T10:00:00+07:00", actor: .nonASN)
    #expect(try #require(nonASN.findings.first?.sanction).level == .phk)
    #expect(nonASN.findings.first?.citations.contains { $0.id == "se-menpanrb-01-2023" } == true)
    let pppk = post("Dukung Prabowo-Gibran!", at: "2024-01-10T10:00:00+07:00", actor: .pppk)
    #expect(pppk.findings.first?.citations.contains { $0.id == "pp-49-2018" } == true)
  }

  @Test("regional instruments are cited only for their region")
  func regional() throws {
    let jambi = checker.check(Activity(id: "j", kind: .like, at: RFC3339.parse("2024-10-10T10:00:00+07:00"), target: Target(author: "Tim Pemenangan Maulana-Diza", kind: .post)))
    let jakarta = checker.check(Activity(id: "k", kind: .like, at: RFC3339.parse("2024-10-10T10:00:00+07:00"), target: Target(author: "Tim Pemenangan Pramono-Rano", kind: .post)))
    #expect(jambi.findings.first?.citations.contains { $0.id == "se-kota-jambi-270-179-2018" } == true)
    #expect(jakarta.findings.first?.citations.contains { $0.id == "se-kota-jambi-270-179-2018" } == false)
  }

  @Test("English messages with the language option")
  func english() throws {
    let en = try Checker(packs: Fixtures.packs, options: CheckOptions(language: .en))
    let a = en.check(Activity(id: "e", kind: .post, text: "Ayo coblos Ganjar-Mahfud!"))
    #expect(a.findings.first?.message.hasPrefix("Own post") == true || a.findings.first?.message.hasPrefix("Appeal") == true)
  }

  @Test("batch checks keep order and match single checks")
  func batch() {
    let acts = ["Dukung 02!", "Selamat pagi", "Coblos nomor urut 1"].enumerated().map { Activity(id: "\($0.offset)", kind: .post, text: $0.element) }
    let batch = checker.check(acts)
    #expect(batch.map(\.id) == ["0", "1", "2"])
    #expect(batch == acts.map { checker.check($0) })
  }

  @Test("score is monotone: more findings never lower it")
  func monotone() {
    let one = post("Dukung Ganjar-Mahfud")
    let more = post("Rekan-rekan ASN, ayo dukung Ganjar-Mahfud, pasang spanduk Ganjar-Mahfud di kantor")
    #expect(more.score >= one.score)
    #expect(post("Selamat pagi semua").score == 0)
  }
}
