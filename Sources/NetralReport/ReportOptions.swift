public import Foundation
public import NetralCore

/// How reports are rendered.
public struct ReportOptions: Sendable {
  /// Language of the reporters' own labels (findings carry their own language).
  public var language: Language
  /// Whether the text reporter uses ANSI colours.
  public var colored: Bool
  /// Hide actor names and ids (replaced by a stable pseudonym).
  public var redact: Bool
  /// Start CSV output with a UTF-8 byte order mark (for Excel).
  public var byteOrderMark: Bool
  /// The rules in force, for SARIF's rule table and rule titles.
  public var rules: [RuleDescription]
  /// The tool's version, written into JSON and SARIF.
  public var toolVersion: String
  /// Election calendars drawn as bands behind the HTML timeline.
  public var calendars: [ElectionCalendar]
  /// Whether the text reporter says so when an activity is clean (for single drafts).
  public var reportsClean: Bool
  /// When the report was made (shown in HTML and markdown); `nil` leaves it out, which keeps
  /// snapshots stable.
  public var generatedAt: Date?

  /// Creates options.
  public init(
    language: Language = .id, colored: Bool = false, redact: Bool = false,
    byteOrderMark: Bool = false, rules: [RuleDescription] = [], toolVersion: String = "0.0.0",
    calendars: [ElectionCalendar] = [], reportsClean: Bool = false, generatedAt: Date? = nil
  ) {
    self.language = language
    self.colored = colored
    self.redact = redact
    self.byteOrderMark = byteOrderMark
    self.rules = rules
    self.toolVersion = toolVersion
    self.calendars = calendars
    self.reportsClean = reportsClean
    self.generatedAt = generatedAt
  }

  /// The description of rule `id`, if known.
  func rule(_ id: String) -> RuleDescription? { rules.first { $0.id == id } }
}

/// An election's calendar as the HTML timeline draws it.
public struct ElectionCalendar: Sendable, Hashable {
  /// One phase: its first instant and the instant after its last day.
  public struct Band: Sendable, Hashable {
    /// The phase.
    public var phase: Phase
    /// Start, inclusive.
    public var start: Date
    /// End, exclusive.
    public var end: Date

    /// Creates a band.
    public init(phase: Phase, start: Date, end: Date) {
      self.phase = phase
      self.start = start
      self.end = end
    }
  }

  /// The election's id (`pemilu-2024`), as in ``PhaseContext/election``.
  public var election: String
  /// Its title.
  public var title: String
  /// Its phases in order.
  public var bands: [Band]

  /// Creates a calendar.
  public init(election: String, title: String, bands: [Band]) {
    self.election = election
    self.title = title
    self.bands = bands
  }
}
