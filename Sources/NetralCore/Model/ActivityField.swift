/// A text field of an ``Activity`` that evidence can point into.
///
/// Rendered as in the interchange format: `text`, `target.author`, `target.text`,
/// `media[0].description`, `media[0].people[1]`, `actor.name`.
public enum ActivityField: Sendable, Hashable, Comparable, CustomStringConvertible {
  case text
  case targetAuthor
  case targetText
  case mediaDescription(Int)
  case mediaPerson(media: Int, person: Int)
  case actorName

  /// The path as written in the interchange format.
  public var description: String {
    switch self {
    case .text: "text"
    case .targetAuthor: "target.author"
    case .targetText: "target.text"
    case .mediaDescription(let i): "media[\(i)].description"
    case .mediaPerson(let i, let j): "media[\(i)].people[\(j)]"
    case .actorName: "actor.name"
    }
  }

  /// Parses a path written in the interchange format.
  public init?(path: String) {
    switch path {
    case "text": self = .text
    case "target.author": self = .targetAuthor
    case "target.text": self = .targetText
    case "actor.name": self = .actorName
    default:
      let digits = path.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      if path.hasPrefix("media["), path.hasSuffix("].description"), digits.count == 1 {
        self = .mediaDescription(digits[0])
      } else if path.hasPrefix("media["), path.contains("].people["), digits.count == 2 {
        self = .mediaPerson(media: digits[0], person: digits[1])
      } else {
        return nil
      }
    }
  }

  /// The field's string in `activity`, if present.
  public func value(in activity: Activity) -> String? {
    switch self {
    case .text: return activity.text
    case .targetAuthor: return activity.target?.author
    case .targetText: return activity.target?.text
    case .actorName: return activity.actor?.name
    case .mediaDescription(let i):
      return activity.media.indices.contains(i) ? activity.media[i].description : nil
    case .mediaPerson(let i, let j):
      guard activity.media.indices.contains(i), activity.media[i].people.indices.contains(j) else {
        return nil
      }
      return activity.media[i].people[j]
    }
  }

  private var order: (Int, Int, Int) {
    switch self {
    case .text: (0, 0, 0)
    case .targetAuthor: (1, 0, 0)
    case .targetText: (2, 0, 0)
    case .mediaDescription(let i): (3, i, -1)
    case .mediaPerson(let i, let j): (3, i, j)
    case .actorName: (4, 0, 0)
    }
  }

  /// Orders fields as they appear in an activity.
  public static func < (lhs: ActivityField, rhs: ActivityField) -> Bool { lhs.order < rhs.order }
}

extension Activity {
  /// Every non-empty text field of this activity, in field order.
  public var textFields: [(field: ActivityField, value: String)] {
    var result: [(ActivityField, String)] = []
    if let text, !text.isEmpty { result.append((.text, text)) }
    if let a = target?.author, !a.isEmpty { result.append((.targetAuthor, a)) }
    if let t = target?.text, !t.isEmpty { result.append((.targetText, t)) }
    for (i, m) in media.enumerated() {
      if let d = m.description, !d.isEmpty { result.append((.mediaDescription(i), d)) }
      for (j, p) in m.people.enumerated() where !p.isEmpty {
        result.append((.mediaPerson(media: i, person: j), p))
      }
    }
    return result
  }
}
