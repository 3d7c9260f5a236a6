import Foundation
import NetralCore
import NetralEngine
import NetralPacks
import Testing

/// New sentences written for generalization (none of them is in the evaluation sets): the many
/// ways people voice support and opposition, their evasion spellings and regional registers, and
/// the hard negatives every general rule must leave alone.
@Suite("Generalization: support, opposition and hard negatives")
struct GeneralizationTests {
  let checker = Fixtures.checker

  func rules(_ text: String) -> Set<String> {
    Set(checker.check(Activity(id: "g", kind: .post, text: text, actor: Actor(type: .pns))).findings.map(\.rule))
  }

  func verdict(_ text: String) -> Verdict {
    checker.check(Activity(id: "g", kind: .post, text: text, actor: Actor(type: .pns))).verdict
  }

  @Test("support in varied verbs and morphology", arguments: [
    "Pilihan saya tetap Ganjar Mahfud, titik",
    "Gas terus Prabowo Gibran!",
    "All in Anies Muhaimin 2024",
    "Jagoan saya Ganjar Pranowo, gak ada obat",
    "Andalan kita cuma Pak Prabowo",
    "Idolaku Anies Baswedan, semoga jadi presiden",
    "Prabowo presidenku 🇮🇩",
    "Pramono gubernurku, Jakarta menyala",
    "Bersama Ganjar Mahfud kita bisa",
    "Anies Muhaimin untuk Indonesia yang adil",
    "Prabowo Gibran menang!",
    "Prabowo Gibran satu putaran, yakin",
    "Anies pasti menang tahun depan",
    "Saatnya Ganjar memimpin negeri",
    "Dukungan penuh buat Khofifah Emil",
    "Saya memilih Anies karena programnya jelas",
    "Lanjut terus Prabowo Gibran",
    "Tanggal 14 nanti nyoblos Ganjar, pasti",
    "Menangkan Airin Ade di Banten!",
    "Pokoknya 14 Februari aku pilih Pak Prabowo",
    "Saya titip ya, tanggal 14 pilih 02",
    "Alhamdulillah suara saya buat Khofifah",
    "Siapa lagi kalau bukan Prabowo?",
    "Pak Prabowo itu orangnya tegas dan berwibawa, pokoknya layak",
    "Andra Soni gubernur Banten 2024-2029",
    "Insyaallah 2024 Ganjar presiden",
    "Yang penting Prabowo",
    "Semangat Pak Ganjar, kami di belakangmu",
    "Maju terus Prabowo",
    "Ganjar is my president",
    "Anies-Muhaimin 🇮🇩🇮🇩",
    "Pemilu nanti tetap PDI Perjuangan, banteng di dada",
    "Hanura jaya!",
    "Mending Anies daripada yang lain",
    "Ganjar jauh lebih layak jadi presiden",
    "Daripada golput, mending coblos Ganjar-Mahfud",
    "Tekad sudah bulat, Anies-Muhaimin",
    "Pilkada 27 November, Dharma-Kun pilihan tepat",
    "RK-Suswono pantes pisan",
    "Aku wis yakin karo Pramono",
    "Aku bilang pilih 02 aja, udah",
    "Ganjar-Mahfud pemimpin yang merakyat, cocok buat Indonesia",
    "Mas Gibran wapres termuda, keren",
    "Prabowo for RI 1",
    "02 harga mati",
    "03 menang telak",
    "Menurut saya Ganjar Pranowo paling pantas jadi presiden",
    "Bersama Anies Muhaimin, perubahan pasti datang",
    "Gaskeun Pramono Rano!",
    "Waktunya Andika Hendi pimpin Jateng",
    "Prabowo Gibran the best, no debat",
    "Ganjar Mahfud 💪🔥",
    "Pramono Rano 🔥 Jakarta menyala",
    "Jakarta butuh Pramono-Rano, bukan yang lain",
    "Anies presiden pilihan rakyat",
    "Aku wis mantep karo Ganjar",
    "Semoga Bu Khofifah kembali memimpin Jatim, dua periode!",
    "Pak Al Haris siap memimpin lagi, Jambi makin maju",
  ])
  func support(_ text: String) {
    #expect(rules(text).contains("post.campaign-support"), "\(text)")
  }

  @Test("glued hashtags with ticket names and verbs", arguments: [
    "Semangat pagi warga Jakarta #RIDOmenang",
    "Siap-siap ke TPS #AMINajaDulu",
    "Bismillah #GanjarMahfudMenang",
    "Mantap #PrabowoGibranSatuPutaran",
    "Hari yang cerah #AniesPresidenku",
    "Jateng makin maju #AndikaHendiMenang",
    "Bismillah #01Menang",
    "Tetap semangat #Nomor2Menang",
  ])
  func hashtags(_ text: String) {
    #expect(rules(text).contains("post.campaign-support"), "\(text)")
  }

  @Test("opposition", arguments: [
    "Jangan pilih Gibran, masih bau kencur",
    "Asal bukan Prabowo, siapa saja boleh",
    "Tolak Gibran jadi wapres!",
    "Ganjar gagal urus Jawa Tengah, jangan dikasih kesempatan",
    "Gibran tidak layak jadi wapres",
    "Anies itu pembohong, janji doang",
    "Pokoknya ogah milih Prabowo",
    "#BukanAnies titik",
    "Ganjar cuma pencitraan, jangan ketipu",
    "Gibran gak becus, masih ingusan",
    "Prabowo tukang bohong dari dulu",
    "Kalahkan Prabowo Gibran di TPS!",
    "Anies itu cuma omdo, janji palsu semua",
    "Turunkan Gibran, produk nepotisme",
    "Gibran itu anak ingusan, belum pantas",
    "Siapa pun asal jangan Prabowo",
    "Ogah banget sama Gibran",
    "#AsalBukanPrabowo",
    "Ngeri kalau Prabowo jadi presiden",
    "Kapok milih Ganjar",
    "Amit-amit Gibran jadi wapres",
    "Cukup Jokowi, jangan Gibran lagi",
    "Ulah pilih Dedi Mulyadi",
    "Ojo milih Prabowo, lur",
    "Kagak usah milih RIDO dah",
    "Gibran karbitan, modal bapaknya doang",
  ])
  func opposition(_ text: String) {
    #expect(rules(text).contains("post.campaign-opposition"), "\(text)")
  }

  @Test("evasion spellings of support", arguments: [
    "pr4b0w0 gibr4n menang!!",
    "G4NJAR pilihan saya",
    "dukung p r a b o w o sampai menang",
    "coblos nomer 02 aja gaes",
    "Rano Karno nomer 3, Jakarta nyaman",
    "Luthfi-Yasin nomer loro",
    "coblos nmr 2 ya",
    "Pr@bow0 G!bran fix presiden kita",
    "Hayu urang coblos nomer tilu, Jabar ASIH",
    "Monggo dicoblos nomer kalih nggih",
    "Ojo lali nyoblos Ganjar-Mahfud, lur",
    "Ulah hilap coblos Syaikhu-Ilham",
  ])
  func evasion(_ text: String) {
    #expect(verdict(text) == .violation, "\(text)")
  }

  @Test("regional registers", arguments: [
    "Monggo dipilih Pak Ganjar, sampun terbukti",
    "Pilih Pak Ganjar nggih, lur",
    "Urang mah pilih Kang Emil",
    "Gue milih Pramono Rano, udah paling bener",
    "Aku nyoblos Andika Hendi wae",
    "Pokoke tak coblos Ganjar Mahfud wae, lur",
    "Coblosen Luthfi Yasin, rek, ojo liyane",
    "Kulo nyengkuyung Pak Ganjar",
    "Mangga baraya, Kang Dedi Mulyadi kudu meunang di Jabar",
    "Abdi mah pilih Ahmad Syaikhu Ilham, jagoan urang",
    "Aye mah nyoblos Pramono Rano, udah pasti",
  ])
  func registers(_ text: String) {
    #expect(verdict(text) == .violation, "\(text)")
  }

  @Test("hard negatives stay non-violations", arguments: [
    "KPU menetapkan Prabowo-Gibran sebagai pasangan calon nomor urut 2",
    "Bawaslu menemukan ASN yang mendukung Ganjar di media sosial",
    "ASN wajib netral, jangan dukung paslon mana pun di pilkada",
    "Gibran anak saya juara kelas, bangga sekali",
    "Semoga Allah menangkan kita semua dalam kebaikan, aamiin",
    "Timnas Garuda menang 2-0, gas terus!",
    "Lanjut rapat jam 2 di ruang 3 ya bapak ibu",
    "Bersama keluarga di Pantai Anyer, andalan kita kalau libur",
    "Idola saya sejak kecil Bapak sendiri",
    "Berita: Anies menyebut timnya siap menang di Jakarta",
    "Jangan lupa datang ke TPS tanggal 14, pilih sesuai hati nurani",
    "Apa kabar Pak Mahfud bagian keuangan? Gas rapat jam 3",
    "Menurut KPU, Prabowo-Gibran unggul di 36 provinsi",
    "Bersama warga membersihkan selokan di RT 03 pagi ini",
    "Produk lokal untuk Indonesia, ayo belanja di UMKM",
    "Sudah saatnya ASN menjaga netralitas di media sosial",
    "Gas elpiji langka lagi di pasar, warga antre",
    "Tak pilih baju batik atau kemeja ya buat besok?",
    "Gubernur Khofifah memimpin apel pagi di Grahadi",
    "Harga cabai turunkan dong, pedagang mengeluh",
    "Pengurus RT kembali memimpin kerja bakti minggu ini",
    "Gibran anak kedua saya sudah bisa naik sepeda 💪",
    "Selamat Mahfud, juara lomba lari antar kantor 🔥",
    "Mangga harum manis lagi murah di pasar, mangga dipilih bu",
    "Prabowo butuh dukungan partai besar untuk meloloskan RUU itu",
    "Menang 02 lawan tim sebelah, futsal kantor seru",
    "Rapat tanggal 14 jam 2 di ruang 02",
    "Juara kelas lagi #Kelas2Menang",
    "Gibran anak saya hebat, juara kelas",
    "Ganjar tetangga saya orangnya jujur",
    "Pak Gibran, siswa kelas 6, cerdas sekali",
    "Kamar 02 menang lomba kebersihan",
    "Jangan Gibran, kamu masih kecil, nak",
    "Nyesel beli HP ini, rugi bandar",
    "Apakah Prabowo akan menang satu putaran? Kita tunggu hasil KPU",
    "Siapa yang akan menang, Anies atau Ganjar? Debat malam ini seru",
    "Paslon 02 mendaftar ke KPU hari ini didampingi pendukungnya",
    "Ganjar bilang dia siap menang di Jateng",
    "Tim hukum AMIN menggugat hasil pemilu ke MK",
    "Antrean nomer 3 di loket BPJS, sabar",
    "Gubernur Khofifah menerima penghargaan 2024 dari presiden",
    "Pak Prabowo dilantik presiden 2024 di gedung MPR, rakyat bersuka cita",
    "Prabowo yang penting hadir di rapat",
    "Semangat pagi, Pak Mahfud bagian keuangan sudah datang",
    "Gibran juara 1 lomba pidato 17 Agustus 🇮🇩",
    "Jaya selalu Persija, tim kebanggaan Jakarta",
    "Lebih baik kita fokus kerja, siapa pun presidennya nanti",
    "Lebih baik ASN netral daripada dukung Anies",
    "Pak Ganjar maju ke podium untuk menyampaikan pidato kebudayaan",
  ])
  func hardNegatives(_ text: String) {
    #expect(verdict(text) != .violation, "\(text)")
  }

  @Test("prayers and everyday emoji stay clean", arguments: [
    "Lekas sembuh ya bu, amin 🔥",
    "Lekas sembuh ya bu, amin 🇮🇩",
    "Semoga dimudahkan urusannya, amin 💪",
    "Amin 🙌",
    "Ngopi sebentar sebelum berangkat kerja 👍",
    "Laporan SPJ sudah rampung 👍👍",
  ])
  func everydayEmoji(_ text: String) {
    #expect(verdict(text) == .clean, "\(text)")
  }

  @Test("a cheering emoji still backs a pair's name in capitals or in full", arguments: [
    "AMIN 🔥🔥",
    "Anies-Muhaimin 🔥",
    "Pilih AMIN 🔥",
  ])
  func cheeringNames(_ text: String) {
    #expect(verdict(text) != .clean, "\(text)")
  }
}

@Suite("Generalization: appeals")
struct GeneralizationAppealTests {
  @Test("an opening appeal in the clause before makes the stance mobilizing", arguments: [
    "Rekan-rekan guru! Tanggal 27 coblos nomor 2 ya",
    "Baraya sadayana. Urang pilih paslon nomer 3 nya",
    "Ayo datang ke rapat akbar Pramono-Rano Minggu",
  ])
  func openingAppeal(_ text: String) {
    let a = Fixtures.checker.check(Activity(id: "m", kind: .post, text: text, actor: Actor(type: .pns)))
    #expect(a.findings.contains { $0.rule == "post.mobilization" }, "\(text)")
  }
}

@Suite("Generalization: one stance per hashtag")
struct GeneralizationHashtagStanceTests {
  @Test("a '#AsalBukan…' hashtag opposes and does not also promote")
  func asalBukan() {
    let a = Fixtures.checker.check(Activity(id: "h", kind: .post, text: "Pilpres nanti #AsalBukanPrabowo", actor: Actor(type: .pns)))
    #expect(a.findings.map(\.rule) == ["post.campaign-opposition"])
  }
}
