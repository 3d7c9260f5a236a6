/// Finds name words within one edit (insertion, deletion, substitution or adjacent
/// transposition) of a misspelled token, by the shared single-deletion neighbourhood of both
/// words; candidates are then verified with an exact edit distance.
struct FuzzyIndex: Sendable {
  private var byKey: [String: [Int32]] = [:]
  private var words: [Int32: [UInt8]] = [:]
  private var firstLetters: Set<UInt8> = []
  /// Shortest word length the index holds.
  static let minimumLength = 4

  /// Adds a name word with its token id.
  mutating func insert(_ word: String, id: Int32) {
    let bytes = Array(word.utf8)
    guard bytes.count >= Self.minimumLength, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else {
      return
    }
    guard words[id] == nil else { return }
    words[id] = bytes
    firstLetters.insert(bytes[0])
    for key in Self.neighbourhood(bytes) where !(byKey[key]?.contains(id) ?? false) {
      byKey[key, default: []].append(id)
    }
  }

  /// The id of a name word within one edit of `word`, or `nil`. Words of other letters than
  /// a–z, shorter than ``minimumLength``, or not starting with a name's first letter are skipped.
  func match(_ word: String) -> (id: Int32, length: Int)? {
    let bytes = Array(word.utf8)
    guard bytes.count >= Self.minimumLength, firstLetters.contains(bytes[0]),
      bytes.allSatisfy({ $0 >= 97 && $0 <= 122 })
    else { return nil }
    for key in Self.neighbourhood(bytes) {
      guard let ids = byKey[key] else { continue }
      for id in ids {
        if let w = words[id], Self.withinOneEdit(bytes, w) { return (id, w.count) }
      }
    }
    return nil
  }

  private static func neighbourhood(_ bytes: [UInt8]) -> [String] {
    var keys = [String(decoding: bytes, as: UTF8.self)]
    keys.reserveCapacity(bytes.count + 1)
    for i in bytes.indices {
      var copy = bytes
      copy.remove(at: i)
      keys.append(String(decoding: copy, as: UTF8.self))
    }
    return keys
  }

  /// Optimal-string-alignment distance ≤ 1.
  static func withinOneEdit(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    if a == b { return true }
    if abs(a.count - b.count) > 1 { return false }
    var i = 0
    while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
    if a.count == b.count {
      if a[(i + 1)...] == b[(i + 1)...] { return true }
      if i + 1 < a.count, a[i] == b[i + 1], a[i + 1] == b[i], a[(i + 2)...] == b[(i + 2)...] {
        return true
      }
      return false
    }
    return a.count > b.count ? a[(i + 1)...] == b[i...] : a[i...] == b[(i + 1)...]
  }
}
