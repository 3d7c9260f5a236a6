import Foundation

/// `synth-packs N DIR [--seed S]`: writes N fictional Pilkada packs (`DIR/pilkada-synth-K.yaml`)
/// in the bundled packs' format, to measure how the cost of a check grows with the number of
/// election packs (`netral audit --pack DIR/*.yaml …`). Regions, tickets and people are
/// invented from syllables (SplitMix64-seeded, identical on every machine); each pack has one
/// regency election with the Pilkada 2024 calendar and two to four tickets with full names,
/// nicknames, pair names and parties from the Pemilu 2024 pack.
enum SyntheticPacks {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard args.positional.count == 2, let count = Int(args.positional[0]), count > 0 else {
      throw BenchUsageError(description: "usage: synth-packs N DIR [--seed S]")
    }
    let folder = URL(fileURLWithPath: args.positional[1])
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var random = SeededRandom(seed: UInt64(args.int("seed", default: 2029)))
    for k in 1...count {
      let url = folder.appendingPathComponent("pilkada-synth-\(k).yaml")
      try pack(number: k, random: &random).write(to: url, atomically: true, encoding: .utf8)
    }
    print("synth-packs: \(count) packs -> \(folder.path)")
  }

  private static let syllables = [
    "ba", "di", "ra", "sa", "wi", "no", "ta", "ri", "ma", "ka", "lu", "ne", "pu", "ro", "ya",
    "ha", "gi", "su", "le", "to", "an", "ar", "in", "el",
  ]
  private static let parties = [
    "pkb", "gerindra", "pdip", "golkar", "nasdem", "pks", "pan", "demokrat", "psi", "perindo",
    "ppp", "hanura", "gelora", "pbb", "ummat",
  ]

  /// An invented word of two or three syllables, capitalised ("Sariwa").
  private static func word(_ random: inout SeededRandom, syllables count: Int) -> String {
    let text = (0..<count).map { _ in random.pick(syllables) }.joined()
    return text.prefix(1).uppercased() + text.dropFirst()
  }

  private static func pack(number k: Int, random: inout SeededRandom) -> String {
    let region = "Kabupaten " + word(&random, syllables: 3) + "jaya"
    let id = "pilkada-synth-\(k)"
    let election = "pilbup-synth-\(k)"
    var text = """
      # Fictional Pilkada pack \(k), written by `netral-bench synth-packs` for benchmarks only.
      format: 1
      id: \(id)
      title: Pilkada Sintetis \(k) \(region)

      elections:
        - id: \(election)
          title: Pemilihan Bupati \(region) (fiktif)
          kind: pilkada
          region:
            province: Provinsi Sintetis
            regency: \(region)
          time_zone: Asia/Jakarta
          calendar:
            - {phase: registration, start: 2024-08-27, end: 2024-08-29}
            - {phase: candidacy, start: 2024-09-22, end: 2024-09-24}
            - {phase: campaign, start: 2024-09-25, end: 2024-11-23}
            - {phase: quiet_period, start: 2024-11-24, end: 2024-11-26}
            - {phase: voting, start: 2024-11-27, end: 2024-11-27}
          tickets:

      """
    for n in 1...(2 + random.below(3)) {
      let head = (word(&random, syllables: 2), word(&random, syllables: 3))
      let deputy = (word(&random, syllables: 2), word(&random, syllables: 3))
      let chosen = Set((0..<3).map { _ in random.pick(parties) }).sorted()
      text += """
              - id: \(election)/0\(n)
                number: \(n)
                names:
                  - \(head.0)-\(deputy.0)
                  - \(head.0) \(deputy.0)
                candidates:
                  - id: synth-\(k)-\(n)-a
                    full_name: \(head.0) \(head.1)
                    role: cabup
                    names:
                      - \(head.0) \(head.1)
                      - {text: \(head.0), ambiguous: true}
                  - id: synth-\(k)-\(n)-b
                    full_name: \(deputy.0) \(deputy.1)
                    role: cawabup
                    names:
                      - \(deputy.0) \(deputy.1)
                      - {text: \(deputy.0), ambiguous: true}
                parties: [\(chosen.joined(separator: ", "))]

        """
    }
    return text
  }
}
