internal import Yams

/// Reads a composed YAML tree into the pack model by hand, so that every problem keeps its line
/// and column, and collects every problem instead of stopping at the first.
struct PackReader {
  /// The file name used in diagnostics.
  let file: String
  /// Party and gesture ids defined by packs loaded before this one.
  let known: KnownReferences
  /// Every problem found so far.
  private(set) var diagnostics: [PackDiagnostic] = []
  /// Where each id was first defined, by kind ("party", "ticket", …).
  var definitions: [String: [String: Position]] = [:]
  /// References to check once the whole pack is read.
  var pending: [PendingReference] = []
  /// Ballot numbers already taken, by contest: who took each and where.
  var ballotNumbers: [String: [Int: (owner: String, position: Position)]] = [:]

  init(file: String, known: KnownReferences) {
    self.file = file
    self.known = known
  }

  /// Records a problem at `mark` (1:1 when the node carries none).
  mutating func report(_ message: String, at mark: Mark?) {
    report(message, at: Position(mark))
  }

  /// Records a problem at `position`.
  mutating func report(_ message: String, at position: Position) {
    diagnostics.append(
      PackDiagnostic(file: file, line: position.line, column: position.column, message: message))
  }

  /// Diagnostics in file order.
  var sortedDiagnostics: [PackDiagnostic] {
    diagnostics.enumerated().sorted {
      ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset)
    }.map(\.element)
  }

  /// Records the definition of `id` as a `kind`; reports a duplicate.
  mutating func define(_ kind: String, id: String, at mark: Mark?) {
    if let first = definitions[kind]?[id] {
      report("duplicate \(kind) id '\(id)' (first defined at \(first.line):\(first.column))", at: mark)
    } else {
      definitions[kind, default: [:]][id] = Position(mark)
    }
  }
}

extension PackReader {
  /// Claims ballot `number` in `contest` for `owner`; reports a number used twice.
  mutating func claim(number: Int, in contest: String, by owner: String, at mark: Mark?) {
    if let first = ballotNumbers[contest]?[number] {
      report(
        "ballot number \(number) is used twice in \(contest): by '\(first.owner)' and '\(owner)'",
        at: mark)
    } else {
      ballotNumbers[contest, default: [:]][number] = (owner, Position(mark))
    }
  }
}

/// A 1-based line and column in a pack file.
struct Position: Hashable {
  /// Line, from 1.
  var line: Int
  /// Column, from 1.
  var column: Int

  init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// A node's mark, or 1:1 when it carries none.
  init(_ mark: Mark?) {
    self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
  }
}

/// A reference from one part of a pack to an id defined elsewhere, checked after reading.
struct PendingReference {
  /// What kind of id it names: `party`, `gesture` or `ticket`.
  var kind: String
  /// The id named.
  var id: String
  /// Where it is named.
  var mark: Mark?
  /// What names it, for the message ("ticket 'pilpres-2024/01'").
  var context: String
  /// For a ticket: the election whose tickets it may name.
  var scope: String?
}

/// Ids that packs loaded earlier define: parties and gestures a pack may refer to, and pack,
/// election and ticket ids it must not reuse (they identify one thing across the whole set).
struct KnownReferences: Sendable {
  /// Party ids.
  var parties: Set<String> = []
  /// Gesture ids.
  var gestures: Set<String> = []
  /// Pack ids, with the pack's source.
  var packs: [String: String] = [:]
  /// Election and ticket ids, with the source of the pack that defines them.
  var contests: [String: String] = [:]

  /// Adds the ids another set of references holds (the first owner of an id stays).
  mutating func add(_ other: KnownReferences) {
    parties.formUnion(other.parties)
    gestures.formUnion(other.gestures)
    packs.merge(other.packs) { first, _ in first }
    contests.merge(other.contests) { first, _ in first }
  }

  /// Adds the ids `pack` defines.
  mutating func add(_ pack: Pack) {
    parties.formUnion(pack.parties.map(\.id))
    gestures.formUnion(pack.gestures.map(\.id))
    packs[pack.id] = pack.source
    for election in pack.elections {
      contests[election.id] = pack.source
      for ticket in election.tickets { contests[ticket.id] = pack.source }
    }
  }
}

extension PackReader {
  /// Reports `id` when a pack loaded earlier already uses it for a pack, election or ticket.
  mutating func requireUnused(_ kind: String, id: String, at mark: Mark?) {
    let owner = kind == "pack" ? known.packs[id] : known.contests[id]
    if let owner {
      report("\(kind) id '\(id)' is already used by \(owner)", at: mark)
    }
  }
}
