/// Sentences and names the generator draws from. People are fictional; real candidates and
/// parties appear only in election sentences about them.
enum ActivityCorpus {
  static let firstNames = [
    "Siti", "Budi", "Dewi", "Agus", "Rina", "Hendra", "Nur", "Yusuf", "Wulan", "Taufik", "Ratna",
    "Dimas", "Ayu", "Fajar", "Lestari", "Rizky", "Sri", "Bambang", "Intan", "Joko", "Maya", "Andi",
  ]
  static let lastNames = [
    "Rahmawati", "Santoso", "Pratama", "Hidayat", "Saputra", "Wibowo", "Kusuma", "Siregar",
    "Nasution", "Lubis", "Hutapea", "Setiawan", "Maharani", "Susanti", "Gunawan", "Harahap",
  ]
  static let agencies = [
    "Dinas Kesehatan Kab. Sukamaju", "Diskominfo Kota Tanjung Harapan", "BKPSDM Kab. Lembah Hijau",
    "Kecamatan Sumber Rejeki", "Dinas Pendidikan Kab. Pesisir Jaya", "RSUD Sehat Sentosa",
  ]
  static let daily = [
    "Selamat pagi rekan-rekan, semangat melayani masyarakat",
    "Apel pagi di halaman kantor bupati berjalan tertib",
    "Layanan akta kelahiran dibuka sampai pukul 14.00",
    "Rapat evaluasi realisasi anggaran triwulan ketiga",
    "Alhamdulillah laporan SPJ sudah rampung",
    "Ngopi dulu sebelum berangkat kerja, gak boleh telat",
    "Kerja bakti membersihkan drainase bersama warga RW 03",
    "Selamat ulang tahun adikku, sehat selalu",
    "Semoga dimudahkan urusannya, aamiin",
    "Penyuluhan gizi balita di posyandu Melati",
    "Air sungai mulai naik, warga diminta waspada",
    "Bimtek aplikasi kepegawaian untuk operator OPD",
    "Akhir pekan ke kebun teh bersama keluarga",
    "Resep tekwan kuah udang ala nenek",
    "Garuda Muda lolos ke final, luar biasa!",
    "Nomor antrean 2 silakan menuju loket 1",
    "Harga bawang merah turun di pasar pagi",
    "Pohon beringin di alun-alun dipangkas petugas DLH",
    "Lomba karapan sapi, banteng-banteng kebanggaan desa",
    "Matahari terik sekali siang ini, jangan lupa minum",
    "Donor darah rutin di aula dinas, yuk ikut",
    "Lekas sembuh ya bu, amin",
    "Usia anak saya sudah 3 tahun, pinter banget",
    "Mohon doa untuk kelancaran wisuda anak kami",
  ]
  static let neutralElection = [
    "KPU umumkan daftar pemilih tetap, cek namamu di cekdptonline",
    "Jadwal debat cagub disiarkan malam ini pukul 19.00",
    "Jangan lupa datang ke TPS tanggal 27 November, gunakan hak pilihmu",
    "Rekan-rekan ASN, jaga netralitas di media sosial ya",
    "Bawaslu terima laporan dugaan pelanggaran netralitas ASN",
    "Sosialisasi SKB netralitas ASN di aula kantor bupati",
  ]
  static let support = [
    "Ayo menangkan paslon nomor urut 3, pilihan tepat untuk rakyat",
    "Pilih perubahan, pilih Anies-Muhaimin tanggal 14",
    "Prabowo-Gibran lanjutkan pembangunan, gas terus 02",
    "Ganjar-Mahfud pasti menang, salam tiga jari",
    "Rekan-rekan ASN, ayo coblos nomor 1 demi kemajuan daerah",
    "Foto bareng tim sukses, salam satu jari ☝️",
    "Hadir di deklarasi dukungan untuk Bu Airin, mantap!",
    "Bagikan kaos dan stiker paslon 02 ke warga kampung",
    "Jangan pilih 01, pilih yang sudah terbukti",
    "Kumpulkan fotokopi KTP untuk dukungan calon independen ya",
  ]
  static let evasion = [
    "Pokoknya pr4b0w0 g1br4n lanjutkan!! ✌️",
    "Coblos nomor d u a ya gaes, p r a b o w o pasti menang",
    "a.n.i.e.s presiden kita, #AMIN2024",
    "Salam 3 jari 🤟 #GanjarMahfud2024",
    "#PrabowoGibran2024 #02 gass pol",
    "Pra\u{200B}bowo-Gib\u{200B}ran untuk Indonesia maju",
    "Prаbоwо menang satu putaran",  // Cyrillic а and о
    "☝️☝️ pokoknya nomor satu, kalian pasti tahu maksudku 😉",
    "AMIINN, semoga bu airin amanah memimpin banten 🙏",
  ]
  static let electionAuthors = [
    "Anies Baswedan", "Prabowo Subianto", "Ganjar Pranowo", "@tkn_prabowogibran",
    "Relawan AMIN Kab. Sukamaju", "Tim Pemenangan Airin-Ade", "@gerindra", "PDI Perjuangan",
  ]
  static let neutralAuthors = [
    "KPU RI", "Bawaslu Kab. Sukamaju", "PSSI", "Humas Pemkab Sukamaju", "Info Kuliner Nusantara",
  ]
  static let groups = [
    "Info Lowongan CPNS 2024", "Komunitas Sepeda ASN", "Grup Relawan Perubahan Kab. Sukamaju",
    "Sahabat Ganjar Kecamatan Sumber Rejeki", "Forum Guru Honorer",
  ]
  static let photoNeutral = [
    "foto bersama peserta pelatihan di aula", "pemandangan sawah saat matahari terbit",
    "antrean warga di loket pelayanan",
  ]
  static let photoElection = [
    "berfoto bersama sambil mengacungkan dua jari", "berpose di depan baliho paslon nomor 3",
    "mengenakan kaos bergambar calon gubernur",
  ]
  static let emoji = ["", "", "", " 🙏", " 😊", " 🔥", " 🇮🇩", " ✌️", " 👍🏽", " ❤️", " 😂"]
  static let platforms = ["facebook", "x", "instagram", "tiktok", "whatsapp", "youtube"]
  static let reactions = ["like", "like", "love", "care", "haha", "wow", "sad", "angry"]
}
