public import NetralCore

/// What one loaded pack holds, for `netral packs`: its elections with tickets and calendar, and
/// how much of each kind of knowledge it carries.
public struct PackSummary: Sendable, Hashable {
  /// One election of the pack.
  public struct ElectionSummary: Sendable, Hashable {
    /// Election id.
    public var id: String
    /// Human title.
    public var title: String
    /// Kind.
    public var kind: Election.Kind
    /// "Kota Jambi, Jambi", when local.
    public var region: String?
    /// Tickets as "01 Anies Baswedan – Muhaimin Iskandar".
    public var tickets: [String]
    /// The calendar, in order.
    public var calendar: [CalendarPhase]
  }

  /// Pack id.
  public var id: String
  /// Human title.
  public var title: String
  /// Where it was loaded from.
  public var source: String
  /// Its elections.
  public var elections: [ElectionSummary]
  /// Number of parties.
  public var parties: Int
  /// Number of gestures.
  public var gestures: Int
  /// Number of vocabulary terms over all categories.
  public var vocabularyTerms: Int
  /// Number of regulation provisions.
  public var regulations: Int

  /// Summarises `pack`.
  public init(_ pack: Pack) {
    id = pack.id
    title = pack.title
    source = pack.source
    elections = pack.elections.map { election in
      ElectionSummary(
        id: election.id, title: election.title, kind: election.kind,
        region: election.region.map { [$0.regency, $0.province].compactMap(\.self).joined(separator: ", ") },
        tickets: election.tickets.map { ticket in
          let number = ticket.number < 10 ? "0\(ticket.number)" : "\(ticket.number)"
          let names = ticket.candidates.map(\.fullName).joined(separator: " – ")
          return names.isEmpty ? number : "\(number) \(names)"
        },
        calendar: election.calendar)
    }
    parties = pack.parties.count
    gestures = pack.gestures.count
    vocabularyTerms = pack.vocabulary.values.reduce(0) { $0 + $1.count }
    regulations = pack.regulations.count
  }
}

extension PackSet {
  /// A summary of every pack, in load order.
  public var summaries: [PackSummary] { packs.map(PackSummary.init) }

  /// Plain-text lines describing the set for `netral packs`: each pack, its contents, its
  /// elections with tickets, and each phase with its dates (and its confidence when not high).
  public func summaryLines(language: Language = .id) -> [String] {
    let words = SummaryWords(language: language)
    var lines: [String] = []
    for summary in summaries {
      lines.append("\(summary.id) — \(summary.title) [\(summary.source)]")
      let counts = [
        (summary.regulations, words.regulations), (summary.parties, words.parties),
        (summary.gestures, words.gestures), (summary.vocabularyTerms, words.terms),
      ].filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }
      if !counts.isEmpty { lines.append("  " + counts.joined(separator: ", ")) }
      for election in summary.elections {
        let region = election.region.map { ", \($0)" } ?? ""
        lines.append("  \(election.id): \(election.title) (\(election.kind.rawValue)\(region))")
        lines += election.tickets.map { "    \(words.ticket) \($0)" }
        for phase in election.calendar {
          let dates = phase.start == phase.end ? phase.start : "\(phase.start) – \(phase.end)"
          let sure = phase.confidence == .high ? "" : " (\(words.confidence) \(phase.confidence.rawValue))"
          lines.append("    \(words.phase(phase.phase).padding(16)) \(dates)\(sure)")
        }
      }
    }
    return lines
  }
}

/// The words of the pack summary in one language.
private struct SummaryWords {
  let language: Language

  var regulations: String { language == .en ? "regulation provisions" : "ketentuan regulasi" }
  var parties: String { language == .en ? "parties" : "partai" }
  var gestures: String { language == .en ? "gestures" : "gestur" }
  var terms: String { language == .en ? "vocabulary terms" : "istilah kosakata" }
  var ticket: String { language == .en ? "ticket" : "nomor" }
  var confidence: String { language == .en ? "confidence" : "keyakinan" }

  func phase(_ phase: Phase) -> String {
    switch (phase, language) {
    case (.preRegistration, .id): "pra-pendaftaran"
    case (.registration, .id): "pendaftaran"
    case (.verification, .id): "verifikasi"
    case (.candidacy, .id): "penetapan calon"
    case (.campaign, .id): "kampanye"
    case (.quietPeriod, .id): "masa tenang"
    case (.voting, .id): "pemungutan suara"
    case (.recapitulation, .id): "rekapitulasi"
    case (.after, .id): "pasca pemilihan"
    case (.preRegistration, .en): "pre-registration"
    case (.registration, .en): "registration"
    case (.verification, .en): "verification"
    case (.candidacy, .en): "candidacy"
    case (.campaign, .en): "campaign"
    case (.quietPeriod, .en): "quiet period"
    case (.voting, .en): "voting"
    case (.recapitulation, .en): "recapitulation"
    case (.after, .en): "after"
    }
  }
}

extension String {
  /// The string padded with spaces to `width` characters.
  fileprivate func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
}
