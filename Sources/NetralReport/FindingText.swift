public import NetralCore

/// How findings' sanction and legal basis read in every human-facing report.
extension ReportLabels {
  /// The sanction's level name and description, without saying the level twice.
  public func sanctionText(_ sanction: Sanction) -> String {
    let level = self.sanction(sanction.level)
    let description = sanction.description
    guard !description.isEmpty else { return level }
    if description.lowercased().hasPrefix(level.lowercased()) { return description }
    return "\(level) — \(description)"
  }

  /// The citations grouped by instrument, in order:
  /// `SKB … Nomor 2 Tahun 2022 Lampiran II huruf A angka 2, Lampiran II huruf B angka 2; PP 94/2021 …`.
  public func citationText(_ citations: [Citation]) -> String {
    citationGroups(citations).joined(separator: "; ")
  }

  /// The citations grouped by instrument, one string per instrument, in order.
  public func citationGroups(_ citations: [Citation]) -> [String] {
    var order: [String] = []
    var provisions: [String: [String]] = [:]
    for c in citations {
      if provisions[c.instrument] == nil {
        order.append(c.instrument)
        provisions[c.instrument] = []
      }
      if let p = c.provision, provisions[c.instrument]?.contains(p) == false {
        provisions[c.instrument]?.append(p)
      }
    }
    return order.map { instrument in
      let list = provisions[instrument] ?? []
      return list.isEmpty ? instrument : "\(instrument) \(list.joined(separator: ", "))"
    }
  }
}
