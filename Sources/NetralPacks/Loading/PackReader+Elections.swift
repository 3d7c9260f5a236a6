import Foundation
internal import Yams
internal import NetralCore

extension PackReader {
  /// Reads one election.
  mutating func election(_ node: Node) -> Election? {
    let allowed = [
      "id", "title", "kind", "region", "time_zone", "calendar", "tickets", "slogans",
      "gesture_meanings",
    ]
    guard
      let fields = fields(
        node, "election", allowed: allowed, required: ["id", "title", "kind"]),
      let id = identifier(fields, "id", in: "election")
    else { return nil }
    define("election", id: id, at: fields["id"]?.mark)
    requireUnused("election", id: id, at: fields["id"]?.mark)
    let what = "election '\(id)'"
    let title = text(fields, "title", in: what)
    let kind = choice(fields, "kind", in: what, as: Election.Kind.self)
    let region = region(fields, in: what)
    let timeZone = text(fields, "time_zone", in: what) ?? "Asia/Jakarta"
    if let node = fields["time_zone"], TimeZone(identifier: timeZone) == nil {
      report(
        "'time_zone' in \(what) must be an IANA zone like 'Asia/Jakarta', not '\(timeZone)'",
        at: node.mark)
    }
    let calendar = calendar(list(fields, "calendar", in: what), in: what)
    let tickets = list(fields, "tickets", in: what).compactMap { ticket($0, election: id) }
    let meanings = list(fields, "gesture_meanings", in: what).compactMap {
      gestureMeaning($0, election: id)
    }
    let slogans = slogans(fields, in: what)
    guard let title, let kind else { return nil }
    return Election(
      id: id, title: title, kind: kind, region: region, timeZone: timeZone, calendar: calendar,
      tickets: tickets, slogans: slogans, gestureMeanings: meanings)
  }

  /// Reads a calendar and checks that its phases are in order and do not overlap.
  mutating func calendar(_ nodes: [Node], in election: String) -> [CalendarPhase] {
    var phases: [CalendarPhase] = []
    var previous: (phase: Phase, end: CalendarDate, mark: Mark?)?
    for node in nodes {
      let what = "calendar of \(election)"
      guard
        let fields = fields(
          node, "phase in the \(what)", allowed: ["phase", "start", "end", "confidence", "note"],
          required: ["phase", "start", "end"])
      else { continue }
      let phase = choice(fields, "phase", in: what, as: Phase.self)
      let context = phase.map { "phase '\($0.rawValue)' of \(election)" } ?? what
      let start = date(fields, "start", in: context)
      let end = date(fields, "end", in: context)
      _ = text(fields, "note", in: context)
      let confidence = choice(fields, "confidence", in: context, as: Confidence.self) ?? .high
      guard let phase, let start, let end, let first = CalendarDate(start),
        let last = CalendarDate(end)
      else { continue }
      if last < first {
        report("\(context) ends (\(end)) before it starts (\(start))", at: fields["end"]?.mark)
      }
      if let previous {
        if phase <= previous.phase {
          report(
            "phase '\(phase.rawValue)' comes after '\(previous.phase.rawValue)' in the calendar of \(election); list phases in order (\(Phase.allCases.map(\.rawValue).joined(separator: ", ")))",
            at: fields["phase"]?.mark)
        } else if first <= previous.end {
          report(
            "phase '\(phase.rawValue)' of \(election) starts (\(start)) before '\(previous.phase.rawValue)' ends",
            at: fields["start"]?.mark)
        }
      }
      previous = (phase, max(first, last), fields["phase"]?.mark)
      phases.append(CalendarPhase(phase: phase, start: start, end: end, confidence: confidence))
    }
    return phases
  }

  /// Reads one ticket.
  mutating func ticket(_ node: Node, election: String) -> Ticket? {
    let allowed = ["id", "number", "names", "candidates", "parties", "slogans", "accounts"]
    guard
      let fields = fields(node, "ticket", allowed: allowed, required: ["id", "number"]),
      let id = identifier(fields, "id", in: "ticket")
    else { return nil }
    define("ticket", id: id, at: fields["id"]?.mark)
    requireUnused("ticket", id: id, at: fields["id"]?.mark)
    definitions["ticket of \(election)", default: [:]][id] = Position(fields["id"]?.mark)
    let what = "ticket '\(id)'"
    let number = integer(fields, "number", in: what)
    if let number {
      if number < 1 {
        report("'number' in \(what) must be 1 or more, not \(number)", at: fields["number"]?.mark)
      }
      claim(number: number, in: "election '\(election)'", by: id, at: fields["number"]?.mark)
    }
    let candidates = list(fields, "candidates", in: what).compactMap { candidate($0) }
    let parties = texts(fields, "parties", in: what).map { party, mark in
      pending.append(PendingReference(kind: "party", id: party, mark: mark, context: what))
      return party
    }
    let names = terms(fields, "names", in: what)
    let slogans = slogans(fields, in: what)
    let accounts = terms(fields, "accounts", in: what)
    guard let number else { return nil }
    return Ticket(
      id: id, number: number, names: names, candidates: candidates, parties: parties,
      slogans: slogans, accounts: accounts)
  }

  /// Reads one candidate.
  mutating func candidate(_ node: Node) -> Candidate? {
    guard
      let fields = fields(
        node, "candidate", allowed: ["id", "full_name", "role", "names", "handles"],
        required: ["id", "full_name", "role"]),
      let id = identifier(fields, "id", in: "candidate")
    else { return nil }
    define("candidate", id: id, at: fields["id"]?.mark)
    let what = "candidate '\(id)'"
    let fullName = text(fields, "full_name", in: what)
    let role = choice(fields, "role", in: what, as: Candidate.Role.self)
    let names = terms(fields, "names", in: what)
    let handles = terms(fields, "handles", in: what)
    guard let fullName, let role else { return nil }
    return Candidate(id: id, fullName: fullName, names: names, handles: handles, role: role)
  }

  /// Reads one gesture meaning.
  mutating func gestureMeaning(_ node: Node, election: String) -> GestureMeaning? {
    let what = "gesture meaning of election '\(election)'"
    guard
      let fields = fields(
        node, what, allowed: ["gesture", "ticket", "stance", "note"],
        required: ["gesture", "ticket", "stance"])
    else { return nil }
    let gesture = identifier(fields, "gesture", in: what)
    let ticket = identifier(fields, "ticket", in: what)
    let stance = choice(fields, "stance", in: what, as: GestureMeaning.Stance.self)
    let note = text(fields, "note", in: what)
    if let gesture {
      pending.append(
        PendingReference(kind: "gesture", id: gesture, mark: fields["gesture"]?.mark, context: what))
    }
    if let ticket {
      pending.append(
        PendingReference(
          kind: "ticket", id: ticket, mark: fields["ticket"]?.mark, context: what, scope: election))
    }
    guard let gesture, let ticket, let stance else { return nil }
    return GestureMeaning(gesture: gesture, ticket: ticket, stance: stance, note: note)
  }
}
