/// The built-in cue word lists a word belongs to, as bits stored in its lexicon code, so the
/// analyzer tests a token once (one table lookup while coding) instead of once per list.
struct BuiltInCueClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt16

  /// ``BuiltInCues/firstPerson`` ("saya", "aku").
  static let firstPerson = BuiltInCueClass(rawValue: 1 << 0)
  /// ``BuiltInCues/attendance`` ("hadir", "ikut").
  static let attendance = BuiltInCueClass(rawValue: 1 << 1)
  /// ``BuiltInCues/javaneseMarkers`` ("wae", "nggih"), tested on a token's surface form.
  static let javanese = BuiltInCueClass(rawValue: 1 << 2)
  /// ``BuiltInCues/fingerWords`` ("jari", "telunjuk").
  static let finger = BuiltInCueClass(rawValue: 1 << 3)
  /// A number word (``TokenKey/numerals``: "dua", "tilu").
  static let numeral = BuiltInCueClass(rawValue: 1 << 4)
  /// ``BuiltInCues/strongNumberCues`` ("urut", "paslon").
  static let strongNumberCue = BuiltInCueClass(rawValue: 1 << 5)
  /// ``BuiltInCues/weakNumberCues`` ("nomor", "salam").
  static let weakNumberCue = BuiltInCueClass(rawValue: 1 << 6)
  /// ``BuiltInCues/strongNumberVerbs`` ("coblos").
  static let strongNumberVerb = BuiltInCueClass(rawValue: 1 << 7)
  /// ``BuiltInCues/weakNumberVerbs`` ("pilih", "dukung").
  static let weakNumberVerb = BuiltInCueClass(rawValue: 1 << 8)
  /// ``BuiltInCues/interrogatives`` ("apakah", "akankah").
  static let interrogative = BuiltInCueClass(rawValue: 1 << 9)

  /// Every word of the lists above (number words excepted).
  static let words: Set<String> = BuiltInCues.firstPerson.union(BuiltInCues.attendance)
    .union(BuiltInCues.javaneseMarkers).union(BuiltInCues.fingerWords)
    .union(BuiltInCues.strongNumberCues).union(BuiltInCues.weakNumberCues)
    .union(BuiltInCues.strongNumberVerbs).union(BuiltInCues.weakNumberVerbs)
    .union(BuiltInCues.interrogatives)

  /// The classes of `word` (number words excepted: the lexicon marks them).
  static func of(_ word: String) -> BuiltInCueClass {
    var c: BuiltInCueClass = []
    if BuiltInCues.firstPerson.contains(word) { c.insert(.firstPerson) }
    if BuiltInCues.attendance.contains(word) { c.insert(.attendance) }
    if BuiltInCues.javaneseMarkers.contains(word) { c.insert(.javanese) }
    if BuiltInCues.fingerWords.contains(word) { c.insert(.finger) }
    if BuiltInCues.strongNumberCues.contains(word) { c.insert(.strongNumberCue) }
    if BuiltInCues.weakNumberCues.contains(word) { c.insert(.weakNumberCue) }
    if BuiltInCues.strongNumberVerbs.contains(word) { c.insert(.strongNumberVerb) }
    if BuiltInCues.weakNumberVerbs.contains(word) { c.insert(.weakNumberVerb) }
    if BuiltInCues.interrogatives.contains(word) { c.insert(.interrogative) }
    return c
  }
}
