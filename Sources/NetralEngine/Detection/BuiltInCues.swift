import NetralCore
import NetralText
import NetralPacks
/// The few grammatical cues the engine knows itself (everything else comes from the packs):
/// words that introduce a ballot number, first-person pronouns, and attendance verbs.
enum BuiltInCues {
  /// Words that make the following number a ballot number for sure.
  static let strongNumberCues: Set<String> = [
    "urut", "paslon", "capres", "cawapres", "cagub", "cawagub", "cabup", "cawabup", "cawalkot",
    "cawawalkot", "cakada", "calon", "caleg", "kandidat", "pasangan",
  ]
  /// Verbs after which a number is a ballot number for sure ("coblos 1").
  static let strongNumberVerbs: Set<String> = ["coblos", "nyoblos", "dicoblos", "mencoblos", "coblosan"]
  /// Verbs after which a number is a ballot number with other election context ("pilih 2").
  static let weakNumberVerbs: Set<String> = [
    "pilih", "memilih", "pilihlah", "dukung", "mendukung", "menangkan", "milih", "contreng",
  ]
  /// Words that make the following number a ballot number only with other election context.
  static let weakNumberCues: Set<String> = [
    "nomor", "no", "nmr", "nomer", "angka", "salam",
  ]
  /// First-person speakers: a statement about "saya" is the actor's own.
  static let firstPerson: Set<String> = [
    "saya", "aku", "ku", "gue", "gw", "gua", "kami", "kita", "sy", "aq", "ane", "daku",
    "abdi", "kuring", "aing", "kulo", "kula", "inyong", "nyong", "aye", "ambo",
  ]
  /// Words that head a slogan-like dedication to a contestant ("bersama Ganjar", "X untuk
  /// Indonesia").
  static let sloganHeads: Set<String> = ["bersama", "bareng", "bersamamu"]
  /// What a contestant is dedicated to in "X untuk Indonesia", "X buat Jakarta".
  static let dedicationWords: Set<String> = [
    "indonesia", "negeri", "rakyat", "bangsa", "nusantara", "jakarta", "jabar", "jateng", "jatim",
    "banten", "jambi", "purbalingga", "semua", "kita", "perubahan", "ri",
  ]
  /// Prepositions of dedication ("untuk", "buat", "kanggo").
  static let dedicationPrepositions: Set<String> = ["untuk", "buat", "bagi", "kanggo", "kangge", "keur"]
  /// Javanese words that mark the register in which "tak" before a verb is "I" ("tak coblos" =
  /// I vote), not "not".
  static let javaneseMarkers: Set<String> = [
    "wae", "ae", "nggih", "pokoke", "lur", "rek", "iki", "kuwi", "ojo", "wis", "karo",
    "kulo", "kula", "sampun", "mugi", "kabeh", "sedulur", "dulur", "lan", "ora", "ra", "ki",
  ]
  /// Support words that take their contestant only after them ("Jakarta butuh Pramono-Rano",
  /// not "Prabowo butuh dukungan partai").
  static let forwardSupport: Set<String> = ["butuh", "membutuhkan", "penting"]
  /// Comparatives that support only the contestant right after them ("mending Anies", not
  /// "lebih baik ASN netral daripada dukung Anies").
  static let adjacentSupport: Set<String> = ["lebih baik", "mending", "mendingan"]
  /// The UTF-8 lengths of ``forwardSupport`` and ``adjacentSupport``: text of another length
  /// is none of them (asked before a string is made and hashed).
  static let forwardSupportLengths = forwardSupport.map(\.utf8.count)
  static let adjacentSupportLengths = adjacentSupport.map(\.utf8.count)
  /// Prepositions that may stand between a stance word and the name it pins ("yakin karo X").
  static let linkingPrepositions: Set<String> = ["karo", "sama", "ke", "ka", "untuk", "buat", "dengan", "kaliyan", "ku"]
  /// Office words of "X gubernur Banten 2024-2029", "2024 Ganjar presiden".
  static let offices: Set<String> = ["presiden", "wapres", "gubernur", "wagub", "bupati", "wabup", "walikota", "wawalkot"]
  /// Question words that make a clause ask rather than campaign ("Apakah Prabowo akan menang
  /// satu putaran?").
  static let interrogatives: Set<String> = ["apakah", "akankah", "mungkinkah", "benarkah", "siapakah", "bisakah"]
  /// The UTF-8 lengths ``interrogatives`` span: a token of another length is none of them.
  static let interrogativeLengths: ClosedRange<Int> =
    (interrogatives.map(\.utf8.count).min() ?? 0)...(interrogatives.map(\.utf8.count).max() ?? 0)
  /// Words that turn a negation into an urging ("jangan lupa", "jangan ragu").
  static let negationCancellers: Set<String> = [
    "lupa", "ragu", "sampai lupa", "malu", "takut", "bimbang", "lali", "hilap", "poho", "mamang",
    "golput",
  ]
  /// Verbs and nouns that describe a finger pose ("berpose", "mengacungkan", "mengangkat").
  static let poseWords: Set<String> = [
    "pose", "berpose", "acungkan", "mengacungkan", "acung", "angkat", "mengangkat", "diangkat",
    "salam", "menunjuk", "membentuk", "menunjukkan", "kompak", "gaya", "acungan", "poto", "foto",
  ]
  /// Words for fingers ("jari", Javanese/Sundanese "driji", "ramo").
  static let fingerWords: Set<String> = ["jari", "telunjuk", "ramo", "driji", "jempol"]
  /// Honorifics that may precede a tagged person's name.
  static let honorifics: Set<String> = [
    "pak", "bu", "bapak", "ibu", "h", "hj", "dr", "ir", "mas", "mbak", "kang", "cak", "bang", "gus",
    "prof", "teh", "uda", "abah",
  ]
  /// Attendance and participation verbs for events.
  static let attendance: Set<String> = [
    "hadir", "menghadiri", "ikut", "mengikuti", "datang", "meramaikan", "ramaikan", "turut",
    "bersama", "bareng", "berangkat", "kumpul", "berkumpul", "gabung", "bergabung", "sukseskan",
    "menyukseskan", "siap", "seru", "meriah", "luar", "dateng", "nderek", "melu", "tumut", "mc", "panitia",
  ]
}
