import NetralText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `netral-bench normalize [--mb N] [--rounds N]`: normalization throughput in MB/s (UTF-8
/// input bytes per second, one core) on three deterministic, realistic post sets: plain ASCII
/// Indonesian posts, posts mixed with emoji, and obfuscated Unicode posts.
enum NormalizeBenchmark {
  /// Runs the benchmark and prints one line per post set.
  static func run(arguments: [String]) throws {
    if arguments.first == "--dump", arguments.count == 2 || (arguments.count == 3 && arguments[2] == "--workspace") {
      try dump(arguments[1], workspace: arguments.count == 3)
      return
    }
    var megabytes = 8
    var rounds = 5
    var only: String?
    var k = 0
    while k < arguments.count {
      if arguments[k] == "--mb", k + 1 < arguments.count, let v = Int(arguments[k + 1]), v > 0 {
        megabytes = v
        k += 1
      } else if arguments[k] == "--set", k + 1 < arguments.count {
        only = arguments[k + 1]
        k += 1
      } else if arguments[k] == "--rounds", k + 1 < arguments.count, let v = Int(arguments[k + 1]), v > 0 {
        rounds = v
        k += 1
      }
      k += 1
    }
    let normalizer = Normalizer(dictionary: ["prabowo", "gibran", "ganjar", "mahfud", "anies", "muhaimin"])
    print("normalize: \(megabytes) MB per set, best of \(rounds) rounds, one core")
    // Each set through a workspace (the way a caller normalizing many texts uses it), then the
    // ASCII set through plain `normalize(_:)`, then the split-only reference.
    let runs: [(PostSet, Mode)] = PostSet.allCases.map { ($0, .workspace) } + [(.ascii, .plain), (.ascii, .splitOnly)]
    for (set, mode) in runs where only == nil || only == label(set, mode) {
      let posts = set.posts(bytes: megabytes * 1_000_000)
      let bytes = posts.reduce(0) { $0 + $1.utf8.count }
      var bestWall = Double.infinity
      var bestCPU = Double.infinity
      var tokens = 0
      for _ in 0..<rounds {
        var count = 0
        let wall0 = Self.seconds(CLOCK_MONOTONIC)
        let cpu0 = Self.seconds(CLOCK_THREAD_CPUTIME_ID)
        switch mode {
        case .splitOnly:
          // Reference point on the same machine at the same moment: split on spaces only.
          for post in posts { count &+= post.utf8.split(separator: 0x20).map { String($0) ?? "" }.count }
        case .plain:
          for post in posts { count &+= normalizer.normalize(post).spans.count }
        case .workspace:
          var workspace = Normalizer.Workspace()
          for post in posts { count &+= normalizer.normalize(post, reusing: &workspace).spans.count }
        }
        bestCPU = min(bestCPU, Self.seconds(CLOCK_THREAD_CPUTIME_ID) - cpu0)
        bestWall = min(bestWall, Self.seconds(CLOCK_MONOTONIC) - wall0)
        tokens = count
      }
      let megabytes = Double(bytes) / 1_000_000
      let title = label(set, mode)
      let name = title + String(repeating: " ", count: max(0, 12 - title.count))
      print(
        "\(name) \(String(format1: megabytes / bestCPU)) MB/s per CPU-second"
          + "  (\(String(format1: megabytes / bestWall)) MB/s wall; \(posts.count) posts, \(bytes) bytes, "
          + "\(tokens) tokens)")
    }
  }

  /// How a run normalizes its posts.
  enum Mode {
    /// `normalize(_:reusing:)` with one workspace for the round.
    case workspace
    /// `normalize(_:)`.
    case plain
    /// No normalizing: the posts split into strings at spaces, as a reference point.
    case splitOnly
  }

  /// The name of a run (what `--set` selects).
  static func label(_ set: PostSet, _ mode: Mode) -> String {
    switch mode {
    case .workspace: set.rawValue
    case .plain: set.rawValue + "-plain"
    case .splitOnly: "split-only"
    }
  }

  /// `normalize --dump FILE [--workspace]`: normalizes every string of FILE (each a 32-bit
  /// little-endian byte length then that many UTF-8 bytes) and writes every field of the result
  /// to standard output, one line per string and per token, so two builds can be compared with
  /// `cmp`. With `--workspace`, through one ``Normalizer/Workspace``, holding every other result
  /// until the next string is normalized (so both the reused and the copied storage are used).
  static func dump(_ path: String, workspace useWorkspace: Bool = false) throws {
    guard let file = fopen(path, "rb") else { throw DumpError(message: "\(path): cannot open") }
    defer { fclose(file) }
    let normalizer = Normalizer(dictionary: ["prabowo", "gibran", "ganjar", "mahfud", "anies", "muhaimin"])
    var workspace = Normalizer.Workspace()
    var held: NormalizedText?
    var out: [UInt8] = []
    func escaped(_ s: String) -> String {
      var r = ""
      for c in s.unicodeScalars {
        switch c {
        case "\n": r += "\\n"
        case "\r": r += "\\r"
        case "\t": r += "\\t"
        case "\\": r += "\\\\"
        default: r.unicodeScalars.append(c)
        }
      }
      return r
    }
    func put(_ s: String) { out.append(contentsOf: s.utf8) }
    var index = 0
    var header = [UInt8](repeating: 0, count: 4)
    while fread(&header, 1, 4, file) == 4 {
      let length = Int(header[0]) | Int(header[1]) << 8 | Int(header[2]) << 16 | Int(header[3]) << 24
      var bytes = [UInt8](repeating: 0, count: length)
      guard fread(&bytes, 1, length, file) == length else { break }
      let string = String(decoding: bytes, as: UTF8.self)
      let result = useWorkspace ? normalizer.normalize(string, reusing: &workspace) : normalizer.normalize(string)
      held = index % 2 == 0 ? result : nil
      put("#\(index)\t\(escaped(result.text))\n")
      for t in result.tokens {
        put(
          "\(t.kind.rawValue)\t\(escaped(t.text))\t\(escaped(t.surface))\t\(t.original.lowerBound)..\(t.original.upperBound)\t"
            + "\(t.normalized.lowerBound)..\(t.normalized.upperBound)\t\(t.hashtag.map(String.init) ?? "-")\t"
            + "\(escaped(t.skeleton))\t\(t.emojiName ?? "-")\n")
      }
      if out.count > 1 << 20 {
        _ = out.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
        out.removeAll(keepingCapacity: true)
      }
      index += 1
    }
    _ = out.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
    withExtendedLifetime(held) {}
  }

  /// An error of the dump mode.
  struct DumpError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
  }

  /// A clock's reading in seconds.
  static func seconds(_ clock: clockid_t) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// The three post sets.
  enum PostSet: String, CaseIterable {
    case ascii, emoji, obfuscated

    /// Posts totalling about `bytes` UTF-8 bytes, the same on every run.
    func posts(bytes: Int) -> [String] {
      var generator = PostGenerator(seed: 0x6E65_7472_616C)
      var result: [String] = []
      var total = 0
      while total < bytes {
        let post: String
        switch self {
        case .ascii: post = generator.asciiPost()
        case .emoji: post = generator.emojiPost()
        case .obfuscated: post = generator.obfuscatedPost()
        }
        total += post.utf8.count
        result.append(post)
      }
      return result
    }
  }
}

/// Deterministic generator of realistic Indonesian social-media posts (SplitMix64).
struct PostGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

  static let openers = [
    "Selamat pagi rekan-rekan,", "Alhamdulillah,", "Info hari ini:", "Mohon doanya,",
    "Sore ini", "Jangan lupa", "Hari Senin kemarin", "Kabar dari kantor kecamatan:",
  ]
  static let sentences = [
    "apel pagi di halaman kantor bupati berjalan lancar dan tertib",
    "pelayanan KTP elektronik tetap buka sampai jam 15.00 WIB",
    "rapat koordinasi persiapan pemilu bersama KPU dan Bawaslu tanggal 27/11/2024",
    "gak nyangka antrean di puskesmas udah panjang banget dari pagi",
    "harga beras di pasar naik lagi jadi Rp13.500 per kilo",
    "yg mau ikut senam sehat hari Jumat silakan daftar ke bagian umum",
    "ASN wajib netral, jangan ikut kampanye di media sosial ya",
    "debat capres semalam seru juga, tapi kita tetap netral",
    "kerja bakti membersihkan saluran air di RT 03 RW 05",
    "terima kasih atas partisipasi bapak ibu dalam kegiatan donor darah",
    "anak-anak SD negeri 2 juara lomba cerdas cermat tingkat kabupaten",
    "jalan menuju desa sudah diperbaiki, mantap pak kades",
    "besok libur nasional, kantor tutup, layanan online tetap jalan",
    "coblos yang sesuai hati nurani, jangan golput tanggal 14 Februari",
  ]
  static let tags = ["#ASNNetral", "#PemiluDamai2024", "#Pilkada2024", "#infoKecamatan", "#SalamSehat", "#prabowogibran"]
  static let emoji = ["🙏", "😂", "🔥", "✌️", "👍🏽", "🇮🇩", "❤️", "👩🏻‍💻", "🐃", "🌳", "😭😭", "👏🏾👏🏾"]
  static let obfuscated = [
    "Рrabowo", "𝐏𝐫𝐚𝐛𝐨𝐰𝐨", "ＧＡＮＪＡＲ", "Ma\u{200B}hfud", "pr4b0w0", "p r a b o w o",
    "g.a.n.j.a.r", "gibraaan", "ⓟⓓⓘⓟ", "𝓐𝓷𝓲𝓮𝓼", "Gіbran", "ｃｏｂｌｏｓ", "𝗽𝗶𝗹𝗶𝗵", "d\u{200D}u\u{200C}kung",
    "ＮＯ ２", "Pr\u{00E1}bowo", "②", "𝙢𝙚𝙣𝙖𝙣𝙜", "а\u{0301}yo",
  ]

  mutating func asciiPost() -> String {
    var post = pick(Self.openers)
    for _ in 0..<(1 + Int(next() % 3)) { post += " " + pick(Self.sentences) + "." }
    if next() % 2 == 0 { post += " " + pick(Self.tags) }
    return post
  }

  mutating func emojiPost() -> String {
    var post = pick(Self.openers) + " " + pick(Self.emoji)
    for _ in 0..<(1 + Int(next() % 3)) {
      post += " " + pick(Self.sentences) + " " + pick(Self.emoji)
    }
    return post + " " + pick(Self.tags)
  }

  mutating func obfuscatedPost() -> String {
    var post = pick(Self.openers)
    for _ in 0..<(1 + Int(next() % 2)) {
      let words = pick(Self.sentences).split(separator: " ")
      for word in words {
        post += " " + (next() % 3 == 0 ? pick(Self.obfuscated) : String(word))
      }
    }
    return post + " " + pick(Self.emoji)
  }
}

extension String {
  /// `value` with one decimal.
  init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(tenths % 10)"
  }
}
