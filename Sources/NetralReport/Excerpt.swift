public import NetralCore

/// The lines of one activity field that evidence points into, with the evidence spans located
/// in each line. Offsets are Unicode scalars, as in ``Evidence``.
public struct Excerpt: Sendable, Hashable {
  /// A marked span inside a line.
  public struct Mark: Sendable, Hashable {
    /// Scalar offsets into ``Line/scalars``.
    public var range: Range<Int>
    /// The severity of the finding the span supports.
    public var severity: Severity
  }

  /// One line of the field, possibly cut around its marks when it is long.
  public struct Line: Sendable, Hashable {
    /// 1-based line number within the field.
    public var number: Int
    /// The shown scalars (tabs become spaces).
    public var scalars: [Unicode.Scalar]
    /// Whether text before the shown part was cut.
    public var cutBefore: Bool
    /// Whether text after the shown part was cut.
    public var cutAfter: Bool
    /// The marks, sorted, not overlapping.
    public var marks: [Mark]

    /// The line cut into runs of plain and marked text.
    public var segments: [(text: String, severity: Severity?)] {
      var result: [(String, Severity?)] = []
      var at = 0
      func text(_ r: Range<Int>) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[r])
        return s
      }
      for mark in marks {
        if mark.range.lowerBound > at { result.append((text(at..<mark.range.lowerBound), nil)) }
        result.append((text(mark.range), mark.severity))
        at = mark.range.upperBound
      }
      if at < scalars.count { result.append((text(at..<scalars.count), nil)) }
      return result
    }
  }

  /// The field.
  public var field: ActivityField
  /// The lines that carry marks.
  public var lines: [Line]

  /// Scalars kept on each side of the marks when a line is longer than `maxLine`.
  static let context = 50
  /// Lines longer than this (in scalars) are cut around their marks.
  static let maxLine = 140

  /// Locates `marks` (scalar ranges into `value`) in the lines of `value`.
  public init(field: ActivityField, value: String, marks: [(range: Range<Int>, severity: Severity)])
  {
    self.field = field
    let all = Array(value.unicodeScalars)
    let clamped = marks.compactMap { m -> Mark? in
      let lower = min(max(0, m.range.lowerBound), all.count)
      let upper = min(max(lower, m.range.upperBound), all.count)
      return upper > lower ? Mark(range: lower..<upper, severity: m.severity) : nil
    }
    var lines: [Line] = []
    var start = 0
    var number = 1
    while start <= all.count {
      var end = start
      while end < all.count && all[end] != "\n" { end += 1 }
      let inLine = clamped.compactMap { m -> Mark? in
        let lower = max(m.range.lowerBound, start)
        let upper = min(m.range.upperBound, end)
        return upper > lower
          ? Mark(range: (lower - start)..<(upper - start), severity: m.severity) : nil
      }
      if !inLine.isEmpty {
        lines.append(Self.line(number: number, Array(all[start..<end]), marks: inLine))
      }
      if end >= all.count { break }
      start = end + 1
      number += 1
    }
    self.lines = lines
  }

  /// All evidence of `assessment`, grouped by field into excerpts of `activity`'s text, in
  /// field order.
  public static func excerpts(
    of activity: Activity, findings: [Finding]
  ) -> [Excerpt] {
    var byField: [ActivityField: [(range: Range<Int>, severity: Severity)]] = [:]
    for finding in findings {
      for e in finding.evidence {
        byField[e.field, default: []].append((e.start..<e.end, finding.severity))
      }
    }
    return byField.keys.sorted().compactMap { field in
      guard let value = field.value(in: activity), let marks = byField[field] else { return nil }
      let excerpt = Excerpt(field: field, value: value, marks: marks)
      return excerpt.lines.isEmpty ? nil : excerpt
    }
  }

  private static func line(number: Int, _ raw: [Unicode.Scalar], marks: [Mark]) -> Line {
    let scalars = raw.map { $0 == "\t" || $0 == "\r" ? " " : $0 }
    let merged = merge(marks)
    guard scalars.count > maxLine, let first = merged.first, let last = merged.last else {
      return Line(
        number: number, scalars: scalars, cutBefore: false, cutAfter: false, marks: merged)
    }
    let from = max(0, first.range.lowerBound - context)
    let to = min(scalars.count, last.range.upperBound + context)
    let shifted = merged.map {
      Mark(
        range: ($0.range.lowerBound - from)..<($0.range.upperBound - from), severity: $0.severity)
    }
    return Line(
      number: number, scalars: Array(scalars[from..<to]), cutBefore: from > 0,
      cutAfter: to < scalars.count, marks: shifted)
  }

  /// Sorts marks and joins overlapping ones; the joined mark takes the graver severity.
  static func merge(_ marks: [Mark]) -> [Mark] {
    var result: [Mark] = []
    for m in marks.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if let last = result.last, m.range.lowerBound < last.range.upperBound {
        result[result.count - 1] = Mark(
          range: last.range.lowerBound..<max(last.range.upperBound, m.range.upperBound),
          severity: max(last.severity, m.severity))
      } else {
        result.append(m)
      }
    }
    return result
  }
}
