/// A category of generic vocabulary in a pack.
///
/// The engine knows what each category means; a pack may only use the categories listed in
/// ``allCases``.
public enum VocabularyCategory: String, Sendable, Hashable, CaseIterable {
  /// Support verbs and phrases, as stems or phrases ("dukung", "menangkan", "coblos", "pilih",
  /// "siap menang", "bersamamu", "hati saya untuk").
  case support
  /// Hostile phrasing against a candidate ("jangan pilih", "gagal", "pelanggar", "antek").
  case opposition
  /// Words that name the contest ("paslon", "capres", "cagub", "pasangan calon", "nomor urut").
  case campaignWord = "campaign_word"
  /// Campaign attributes and props ("kaos partai", "atribut", "spanduk", "baliho", "APK").
  case attribute
  /// Campaign events ("deklarasi", "kampanye akbar", "rapat umum").
  case event
  /// Prefixes of campaign accounts and groups ("tim kampanye", "tim pemenangan", "relawan",
  /// "sahabat", "simpatisan", "TKN", "TPN", "TKD").
  case accountPrefix = "account_prefix"
  /// Calls to others ("ayo", "mari", "ajak", "rekan-rekan ASN").
  case mobilization
  /// Party membership declarations ("kader", "pengurus", "anggota partai").
  case membership
  /// Profile-frame words ("twibbon", "bingkai foto", "frame").
  case profileFrame = "profile_frame"
  /// Photo words ("foto bersama", "berfoto", "selfie", "wefie").
  case photo
  /// Negations ("jangan", "tidak", "bukan", "dilarang", "tanpa").
  case negation
  /// Reporting and oversight verbs ("melaporkan", "menemukan", "diduga", "Bawaslu").
  case reporting
  /// Neutrality and get-out-the-vote talk ("netralitas", "jaga netralitas", "gunakan hak pilih").
  case neutrality
  /// Official election bodies ("KPU", "Bawaslu", "DKPP", "Panwaslu").
  case electionBody = "election_body"
  /// Prayer words ("amin", "aamiin", "insya allah").
  case prayer
  /// Context words that make a symbol literal ("sapi", "kandang", "pohon", "timnas").
  case literalContext = "literal_context"
  /// Words around numbers that make them not ballot numbers ("antrean", "loket", "peringkat",
  /// "umur", "jam", "pukul").
  case numberContext = "number_context"
  /// Independent-candidate support collection ("fotokopi KTP", "surat dukungan").
  case ktpSupport = "ktp_support"
}
