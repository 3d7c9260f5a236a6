import Foundation

/// Typed access to values from `JSONSerialization`.
enum JSONValue {
  /// The object at `key` path (`["tweet", "entities"]`) of `value`.
  static func object(_ value: Any?, _ path: String...) -> [String: Any]? {
    walk(value, path) as? [String: Any]
  }

  /// The array at the key path.
  static func array(_ value: Any?, _ path: String...) -> [Any]? {
    walk(value, path) as? [Any]
  }

  /// The string at the key path; numbers are written in decimal; empty strings are `nil`.
  static func string(_ value: Any?, _ path: String...) -> String? {
    switch walk(value, path) {
    case let s as String: return s.isEmpty ? nil : s
    case let n as NSNumber: return n.stringValue
    default: return nil
    }
  }

  /// The number at the key path (also from a numeric string).
  static func number(_ value: Any?, _ path: String...) -> Double? {
    switch walk(value, path) {
    case let n as NSNumber: return n.doubleValue
    case let s as String: return Double(s)
    default: return nil
    }
  }

  private static func walk(_ value: Any?, _ path: [String]) -> Any? {
    var current = value
    for key in path { current = (current as? [String: Any])?[key] }
    if current is NSNull { return nil }
    return current
  }
}
