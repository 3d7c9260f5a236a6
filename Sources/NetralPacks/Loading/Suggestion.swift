/// "Did you mean" suggestions by edit distance.
enum Suggestion {
  /// The candidate closest to `word`, if it is close enough to be a likely typo.
  static func closest(to word: String, in candidates: some Sequence<String>) -> String? {
    let limit = max(1, min(3, word.count / 3))
    var best: (word: String, distance: Int, prefix: Int)?
    let lowered = word.lowercased()
    for candidate in candidates {
      let other = candidate.lowercased()
      let distance = editDistance(lowered, other)
      guard distance <= limit else { continue }
      // On a tie, the candidate sharing the longer prefix is the likelier intent ("pdi" -> "pdip").
      let prefix = zip(lowered, other).prefix { $0 == $1 }.count
      if let best, (best.distance, -best.prefix) <= (distance, -prefix) { continue }
      best = (candidate, distance, prefix)
    }
    return best?.word
  }

  /// `; did you mean 'X'?` or an empty string.
  static func hint(for word: String, in candidates: some Sequence<String>) -> String {
    closest(to: word, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
  }

  /// Edit distance over Unicode scalars where swapping two neighbours counts as one edit
  /// ("titel" -> "title" is 1), as typos usually are.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforePrevious[j - 2] + 1)
        }
      }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
  }
}
