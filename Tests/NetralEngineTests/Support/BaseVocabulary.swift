import NetralPacks

/// The base vocabulary (mirrors `base-vocabulary.yaml`); `~` marks an ambiguous term.
enum BaseVocabulary {
  static let terms: [VocabularyCategory: [String]] = [
    .support: [
      "dukung", "coblos", "pilih", "menang", "menangkan", "menangke", "menangkeun", "ngadukung",
      "lanjutkan", "lanjut", "siap menang", "bersamamu", "hati saya untuk", "pilihan hati",
      "pilihanku", "pilihan terbaik", "pilihan keluarga", "pilihan gue", "mantap", "layak", "terbaik",
      "paling siap", "paling pas", "jos", "hidup", "for president", "harga mati", "presidenku",
      "gubernurku", "tetap gubernurku", "jadi presiden", "jadi gubernur", "satu putaran", "pasti menang",
      "pasti jadi", "suara saya untuk", "suara kuning", "solid", "di hati", "tim", "pokoke",
      "pokoknya", "pokona", "mohon dukungannya", "contreng", "milih", "nyoblos", "setuju",
      "paling ngerti", "sudah terbukti", "menangin", "semoga menang", "saged menang",
    ],
    .opposition: [
      "jangan pilih", "jangan coblos", "gagal", "pelanggar", "antek", "tolak", "boneka", "dinasti",
      "politik identitas", "no way", "cacat etika", "omong kosong", "titipan", "gak jelas",
      "pembohong", "ganti", "ra sudi", "jual kata-kata", "dibohongi", "bukan", "asal bukan",
    ],
    .campaignWord: [
      "paslon", "pasangan calon", "capres", "cawapres", "cagub", "cawagub", "cabup", "cawabup",
      "cawalkot", "calon bupati", "calon wali kota", "calon gubernur", "calon presiden", "nomor urut",
      "pilpres", "pilkada", "pilgub", "pilbup", "pilwako", "pemilu", "caleg", "kampanye", "wapres",
      "presiden", "gubernur", "bupati", "wali kota", "tps", "pencoblosan", "coblos", "nyoblos", "dapil",
      "partai", "koalisi", "calon perseorangan", "calon independen", "jalur perseorangan", "bakal calon",
      "debat", "quick count", "hitung cepat", "jagoan",
    ],
    .attribute: [
      "spanduk", "baliho", "apk", "alat peraga", "kaos", "kaos partai", "atribut", "stiker", "poster",
      "bendera partai", "kalender", "topi", "rompi", "jaket", "logo", "pamflet", "flyer", "brosur", "banner",
    ],
    .event: [
      "deklarasi", "kampanye akbar", "rapat umum", "kampanye", "kampanye dialogis", "konvoi",
      "sosialisasi", "blusukan", "konsolidasi", "pengenalan", "desak anies", "posko", "nonton bareng",
    ],
    .accountPrefix: [
      "tim kampanye", "tim pemenangan", "~relawan", "~sahabat", "~simpatisan", "tkn", "tpn", "tkd",
      "tim sukses", "timses", "~barisan", "~pendukung", "~komunitas pendukung", "~fans club", "~squad",
      "~official", "~timnas", "~sedulur", "konsultan pemenangan", "~grup relawan", "~laskar", "~jubir",
      "juru kampanye", "~kawan", "~dpc", "~dpd", "~dpw", "~dpp",
    ],
    .mobilization: [
      "ayo", "mari", "yuk", "ajak", "ajakan", "rekan-rekan", "rekan rekan", "teman-teman",
      "bapak ibu", "sedulur", "dulur", "monggo", "hayu", "gaes", "para kepala sekolah",
      "seluruh asn", "diharapkan", "mengarahkan", "semua nyoblos", "kabeh", "warga", "kita",
      "nyuwun", "mohon", "rekan", "kawan", "sekalian", "ramaikan", "berangkat bareng", "kudu",
    ],
    .membership: [
      "kader", "pengurus", "anggota", "kartu anggota", "kta", "kepengurusan", "dpc", "dpd", "dpw", "dpp",
      "ranting", "anak cabang", "sekretaris", "bendahara", "wakil ketua", "ketua", "gabung partai",
    ],
    .profileFrame: ["twibbon", "bingkai", "frame", "foto profil", "berbingkai", "foto sampul"],
    .photo: ["foto bersama", "foto bareng", "berfoto", "swafoto", "selfie", "wefie", "foto", "foto sm", "foto sama", "sama", "bareng", "bersama"],
    .negation: [
      "jangan", "tidak", "bukan", "dilarang", "tanpa", "jgn", "ga", "gak", "nggak", "enggak",
      "jangan sampai", "tidak usah", "gak usah", "ngapain", "ogah", "jangan mau", "emoh", "belum",
    ],
    .reporting: [
      "bawaslu", "menemukan", "melaporkan", "dilaporkan", "diduga", "terbukti", "disanksi",
      "sanksi", "berita", "katanya", "kata dia", "menurut", "hoaks", "menertibkan", "diturunkan",
      "pelanggaran", "melanggar", "wawancara", "rilis", "pengamat", "survei", "versi", "dijadwalkan",
    ],
    .neutrality: [
      "netral", "netralitas", "jaga netralitas", "asn netral", "hak pilih", "gunakan hak pilih",
      "jangan golput", "golput", "pemilu damai", "siapapun pilihannya", "siapa pun pilihannya",
      "manapun", "mana pun", "#asnnetral", "bilik suara", "dpt", "cek dpt", "pilkada damai",
    ],
    .electionBody: ["kpu", "bawaslu", "dkpp", "panwaslu", "kpps", "ppk", "pps", "mk", "bkn", "kasn", "bkpsdm"],
    .prayer: [
      "amin", "aamiin", "amiin", "aamin", "semoga", "insya allah", "insyaallah", "ya allah", "doa",
      "doakan", "ya rabbal alamin", "robbal alamin", "barakallah", "mugi", "mugi-mugi", "sembuh",
    ],
    .literalContext: [
      "sapi", "kerbau", "kandang", "peternakan", "kebun binatang", "taman nasional", "pohon", "ditebang",
      "alun-alun", "taman", "kebun", "bunga", "mekar", "bibit", "timnas", "pancasila", "garuda pancasila",
      "garuda muda", "maskapai", "delay", "cuaca", "terik", "langit", "hilal", "ramadan", "ramadhan",
      "kurban", "hewan", "piala", "jersey", "lambang", "lawan", "peace", "arema", "salam satu jiwa",
      "juara", "lomba", "ultah", "ulang tahun", "skor", "gol", "ngadem", "paduan suara", "suami",
    ],
    .numberContext: [
      "antrean", "antrian", "loket", "peringkat", "ranking", "umur", "usia", "jam", "pukul", "tahun",
      "ke", "ruang", "lantai", "rt", "rw", "halaman", "kelas", "juara", "lomba", "menit", "hari",
      "bulan", "tanggal", "kali", "orang", "lembar", "persen", "ribu", "juta", "gedung", "jalan",
      "tps", "angkatan", "bus", "nomor antrian", "nomor antrean", "januari", "februari", "maret",
      "april", "mei", "juni", "juli", "agustus", "september", "oktober", "november", "desember",
      "lusin", "titik", "dapil", "periode", "babak", "besar",
    ],
    .ktpSupport: [
      "fotokopi ktp", "fotocopy ktp", "fc ktp", "foto ktp", "ktp", "surat dukungan", "formulir dukungan",
      "surat pernyataan dukungan", "dukungan perseorangan", "syarat dukungan", "kumpulkan ktp",
    ],
  ]
}
