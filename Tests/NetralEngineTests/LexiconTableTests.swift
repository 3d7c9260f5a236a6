import Foundation
import NetralPacks
import Testing

@testable import NetralEngine

/// The engine's lookup structures against plain references: the byte-keyed word table against
/// a `Dictionary`, the fuzzy index against a brute-force scan of the same definition, the byte
/// derivations against the string ones, the ASCII clause boundaries against the scalar ones.
@Suite("Lexicon tables against brute-force references")
struct LexiconTableTests {
  /// Name words of the bundled packs' candidates (lowercased, a–z only, 4+ letters), in pack order.
  static let nameWords: [String] = {
    var out: [String] = []
    var seen = Set<String>()
    for pack in Fixtures.packs.packs {
      for election in pack.elections {
        for ticket in election.tickets {
          for c in ticket.candidates {
            for text in [c.fullName] + c.names.map(\.text) {
              for w in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
                let s = String(w)
                if s.count >= 4, s.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }), seen.insert(s).inserted { out.append(s) }
              }
            }
          }
        }
      }
    }
    return out
  }()

  static let everydayWords = [
    "pelayanan", "posyandu", "kelurahan", "antrean", "silakan", "menuju", "loket", "warga",
    "waspada", "sungai", "kabupaten", "jadwal", "bulan", "puasa", "gotong", "royong", "rapat",
    "dinas", "kesehatan", "pendidikan", "pemilu", "tanggal", "kampanye", "dukungan", "mendukung",
    "anies", "aniess", "prabowi", "prabwo", "praobwo", "gibrna", "ganjr", "mahfudd", "baswedan",
    "subiyanto", "rakabumingg", "xprabowo", "prabowox", "pramono", "airin", "andra", "soni",
  ]

  @Test("the byte table finds exactly the keys a dictionary holds, with the same values")
  func byteTable() {
    var table = ByteTable<Int>()
    var reference: [String: Int] = [:]
    var keys = Self.everydayWords + Self.nameWords
    // Derived forms, long keys (several 8-byte chunks), prefixes of each other, non-ASCII, empty.
    for root in ["dukung", "pilih", "coblos", "menang"] {
      Morphology.derivations(of: root).forEach { keys.append($0.form) }
    }
    keys += ["", "a", "ab", "abcdefgh", "abcdefghi", "abcdefghijklmnopq", "pemilu💪", "ganjär", "#01menang"]
    for (i, k) in keys.enumerated() {
      if i % 3 == 0 {
        table.set(k, i)
      } else {
        var k = k
        let (e, inserted) = k.withUTF8 { b in table.findOrInsert(b) { i } }
        if !inserted { table[e] = i }
      }
      reference[k] = i
    }
    #expect(table.count == reference.count)
    for (k, v) in reference {
      #expect(table.value(of: k) == v, "\(k)")
      #expect(k.withUTF8Bytes { b in table.index(of: b).map { table[$0] } } == v, "\(k)")
    }
    for absent in ["dukungg", "pemilu", "ganjar💪", "abcdefg", "abcdefghij", "b", "kampanyee"] where reference[absent] == nil {
      #expect(table.value(of: absent) == nil, "\(absent)")
    }
  }

  /// The brute-force definition: try the word itself, then the word without its 1st, 2nd, …
  /// letter; for each such key, the indexed words (in insertion order) whose own deletion
  /// neighbourhood holds the key; the first of them within one edit wins.
  static func bruteForce(_ word: String, names: [String]) -> (word: String, length: Int)? {
    let w = Array(word.utf8)
    let firsts = Set(names.map { Array($0.utf8)[0] })
    guard w.count >= FuzzyIndex.minimumLength, firsts.contains(w[0]), w.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
    func neighbourhood(_ b: [UInt8]) -> [[UInt8]] {
      [b] + b.indices.map { i in var c = b; c.remove(at: i); return c }
    }
    for key in neighbourhood(w) {
      for n in names where neighbourhood(Array(n.utf8)).contains(key) {
        if osa(w, Array(n.utf8)) <= 1 { return (n, n.utf8.count) }
      }
    }
    return nil
  }

  /// Optimal-string-alignment distance by dynamic programming.
  static func osa(_ a: [UInt8], _ b: [UInt8]) -> Int {
    var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { d[i][0] = i }
    for j in 0...b.count { d[0][j] = j }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
      }
    }
    return d[a.count][b.count]
  }

  /// Every one-edit variant of `word` over a few letters: deletions, insertions, substitutions
  /// and adjacent transpositions (misspelt candidate names).
  static func variants(_ word: String) -> [String] {
    let b = Array(word.utf8)
    var out: Set<[UInt8]> = []
    for i in b.indices {
      var c = b
      c.remove(at: i)
      out.insert(c)
      for x in Array("aeiknoyx".utf8) where x != b[i] {
        var s = b
        s[i] = x
        out.insert(s)
      }
      if i + 1 < b.count {
        var t = b
        t.swapAt(i, i + 1)
        out.insert(t)
      }
    }
    for i in 0...b.count {
      for x in Array("aeiox".utf8) {
        var c = b
        c.insert(x, at: i)
        out.insert(c)
      }
    }
    return out.map { String(decoding: $0, as: UTF8.self) }.sorted()
  }

  @Test("the fuzzy index agrees with brute force on names, misspelt names and everyday words")
  func fuzzyIndex() {
    let names = Self.nameWords
    #expect(names.contains("prabowo") && names.contains("baswedan"))
    var index = FuzzyIndex()
    for (i, n) in names.enumerated() { index.insert(n, id: Int32(i)) }
    var queries = Self.everydayWords + names + ["aamiin", "amin", "pemilu2024", "Prabowo", "prabówo", "gib", "gibr"]
    for n in names.prefix(12) { queries += Self.variants(n) }
    var found = 0
    for q in queries {
      let expected = Self.bruteForce(q, names: names)
      let actual = index.match(q)
      #expect(actual.map { names[Int($0.id)] } == expected?.word, "\(q)")
      #expect(actual?.length == expected?.length, "\(q)")
      if actual != nil { found += 1 }
    }
    #expect(found > 100)
    #expect(index.match("prabowi")?.id == names.firstIndex(of: "prabowo").map(Int32.init))
    #expect(index.match("subiyanto")?.id == names.firstIndex(of: "subianto").map(Int32.init))
  }

  @Test("one edit means an optimal-string-alignment distance of at most one")
  func withinOneEdit() {
    let words = ["prabowo", "prabowi", "praobwo", "prabow", "prabowoo", "gibran", "gibrna", "ganjar", "ganjr", "anies", "anis", "a", ""]
    for x in words {
      for y in words {
        #expect(FuzzyIndex.withinOneEdit(Array(x.utf8), Array(y.utf8)) == (Self.osa(Array(x.utf8), Array(y.utf8)) <= 1), "\(x) \(y)")
      }
    }
  }

  @Test("the token trie walks exactly the paths inserted, through its table's growth")
  func tokenTrie() {
    var trie = TokenTrie()
    var reference: [[Int32]: Set<Int32>] = [:]
    // Shared prefixes, long paths and large ids, enough transitions to grow the table often.
    var paths: [[Int32]] = [[1], [1, 2], [1, 2, 3], [2, 1], [70_000, 5], [Int32.max, 0]]
    for i in 0..<600 { paths.append([Int32(i % 17), Int32(i), Int32(i * 7 % 50)]) }
    for (e, path) in paths.enumerated() {
      trie.insert(path, entry: Int32(e % 40))
      reference[path, default: []].insert(Int32(e % 40))
    }
    func walk(_ path: [Int32]) -> Int32? {
      var node: Int32 = 0
      for id in path {
        guard let next = trie.step(node, id) else { return nil }
        node = next
      }
      return node
    }
    for (path, entries) in reference {
      let node = walk(path)
      #expect(node.map { Set(trie.terminals[Int($0)]) } == entries, "\(path)")
    }
    for absent in [[3], [1, 3], [1, 2, 3, 4], [70_000, 6], [Int32.max, 1], [-1]] as [[Int32]] {
      #expect(walk(absent).map { trie.terminals[Int($0)].isEmpty } ?? true, "\(absent)")
    }
    #expect(walk([5, 23]) == nil)  // 23 follows 6 (23 % 17), never 5
    // The dense first step and the flat entry lists agree with the table and the nested lists.
    trie.freeze()
    for id in Set(paths.map { $0[0] }).union([0, 3, 16, 17, 599, 70_001, Int32.max - 1]) {
      #expect(trie.rootStep(id) == trie.step(0, id), "\(id)")
    }
    for node in 0..<Int32(trie.nodeCount) {
      #expect(Array(trie.frozenEntries[trie.entryRange(of: node)]) == trie.terminals[Int(node)], "\(node)")
      #expect(trie.isTerminal[Int(node)] == !trie.terminals[Int(node)].isEmpty, "\(node)")
    }
  }

  @Test("skeletons collapse repeated scalars, ASCII or not")
  func skeletons() {
    func reference(_ t: String) -> String {
      var out: [Unicode.Scalar] = []
      for s in t.unicodeScalars where s != out.last { out.append(s) }
      return String(String.UnicodeScalarView(out))
    }
    for t in ["prabowoo", "aanniiess", "", "a", "aa", "gibran", "ggaanjjaarr", "ganjär", "gännjäär", "💪💪ok", "x💪💪x", "Mahfudd MD"] {
      #expect(TokenKey.skeleton(t) == reference(t), "\(t)")
    }
  }

  @Test("a doubled letter is found at every position of words of every length")
  func doubledBytes() {
    for n in 1...20 {
      let plain = (0..<n).map { UInt8(97 + $0 % 26) }
      #expect(plain.withUnsafeBytes { Lexicon.hasDoubledByte($0.baseAddress!, n) } == false, "\(n)")
      for i in 0..<max(0, n - 1) {
        var word = plain
        word[i + 1] = word[i]
        #expect(word.withUnsafeBytes { Lexicon.hasDoubledByte($0.baseAddress!, n) }, "\(n) \(i)")
      }
    }
    for word in ["prabowoo", "anniess", "gibran", "mahfud", "ganjarr", "ppemilu", "pemiluu", "kampanye"] {
      let b = Array(word.utf8)
      #expect(b.withUnsafeBytes { Lexicon.hasDoubledByte($0.baseAddress!, b.count) } == TokenKey.hasDoubledLetter(word), "\(word)")
    }
  }

  @Test("derived forms written as bytes are the string derivations, in order")
  func derivations() {
    for root in ["dukung", "pilih", "coblos", "menang", "kalah", "tolak", "hadir", "kenal", "ajak", "sukses", "e-ktp", "ganjär", "Kampanye",
      "bela", "fitnah", "vonis", "jaga", "zakat", "cari", "gerak", "hasut", "quota", "lapor", "minta",
      "nilai", "rangkul", "warga", "yakin", "ikut", "undang", "elu", "orasi", "xenon", "keluh", "ke",
      "tek"] {
      var forms: [(String, Bool)] = []
      Morphology.forEachDerivation(of: root) { b, agent in forms.append((String(decoding: b, as: UTF8.self), agent)) }
      let expected = Morphology.derivations(of: root)
      #expect(forms.map(\.0) == expected.map(\.form), "\(root)")
      #expect(forms.map(\.1) == expected.map(\.agentNoun), "\(root)")
    }
  }

  @Test("clause boundaries read from bytes are the scalar ones")
  func clauseBoundaries() {
    let texts = [
      "Nomor antrean 12 silakan menuju loket 4! Terima kasih.", "G!bran? Pr!bowo; no. 2 | Kab. Antah\nbaru\r\nlagi",
      "Ayo!! coblos 02?? ...", "", "!a!", "a!b?c", "1.2.3 jam 10.00;", "Dukung 02 💪! Menang? ✌️.",
      "Él!é • punto• fin!ñ", "日本!語 ?x", "🙏!🙏", "café!?", "e\u{301}!a", "• 1 • 2 •", "€!€ – “kutip”!",
      // No mark at all (found by `strcspn`), also around NUL bytes, which stop it early.
      "Selamat pagi warga desa semuanya", "a\u{0}b. c", "\u{0}", "rapat\u{0}umum", "\u{0}\u{0}!", "kata’kata 🙏",
      "tanpa tanda – sama sekali 日本", "x\u{0}y\u{0}•",
    ]
    // Long runs without a mark (read eight bytes at a time) next to marks, with multi-byte
    // scalars in the skipped runs and "•" across an eight-byte edge.
    let pieces = [
      "Selamat pagi warga desa ", "🙏🏽", "café ", "日本語のテキスト ", "e\u{301}", "!", "?", ".", "•", "; ",
      "\n", "| ", "G!bran", "no. 2 ", "✌️", "Ａｙｏ ", "coblos", " ", "€",
    ]
    var seed: UInt64 = 2024
    var generated: [String] = []
    for _ in 0..<400 {
      var t = ""
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(3 + Int(seed >> 60)) {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        t += pieces[Int(seed >> 33) % pieces.count]
      }
      generated.append(t)
    }
    for t in texts + generated {
      var ascii = false
      let boundaries = Analyzer.byteBoundaries(t, ascii: &ascii)
      #expect(boundaries.map(\.pos) == Analyzer.scalarBoundaries(t).map(\.pos), "\(t)")
      #expect(boundaries.map(\.dot) == Analyzer.scalarBoundaries(t).map(\.dot), "\(t)")
      #expect(ascii == t.utf8.allSatisfy { $0 < 0x80 }, "\(t)")
    }
  }

  @Test("gesture keys are recognised as String.contains does")
  func gestureKeys() {
    let keys = [
      "pemilu-2024/gesture/salam-dua-jari", "engine/gesture/finger-pose", "base/vocabulary/support/dukung",
      "pemilu-2024/gesture", "/gesture/", "gesture/", "pemilu/gésture/x", "paket/gesture/✌️", "",
      "pakét/vocabulary/dukung", "a/gesture/\u{301}b", "✌️/gesture/salam",
    ]
    for k in keys { #expect(Detect.isGestureKey(k) == k.contains("/gesture/"), "\(k)") }
  }
}

@Suite("Pack words for the normalizer's dictionary")
struct PackWordsTests {
  @Test("ASCII texts split by bytes as by characters")
  func words() {
    let texts = [
      "Prabowo Subianto", "H. Muhaimin Iskandar, S.Pd.", "AMIN", "#PrabowoGibran2024", "@timnas.amin",
      "Ganjar-Mahfud", "salam 2 jari", "a b cd", "Tim Pemenangan Kab. Bungo", "PDI-P", "x", "",
      "\r\nrapat\r\numum", "Anies Rasyid Baswedan", "Ridwan Kamil–Suswono", "Dédi Mulyadi",
    ]
    for t in texts {
      let reference = t.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count >= 2 }
      #expect(CompiledPacks.words(t) == reference, "\(t)")
    }
  }
}
