/// A minimal, fast JSON text builder for the interchange and report formats.
///
/// Keys are written in the order given; strings are escaped per RFC 8259 (control characters,
/// quote, backslash; non-ASCII is written as UTF-8).
public struct JSONWriter: Sendable {
  /// The JSON text written so far.
  public private(set) var output: String = ""

  /// Creates an empty writer.
  public init() {}

  /// Appends `value` as a JSON string literal.
  public mutating func string(_ value: String) {
    output.append("\"")
    Self.appendEscaped(value, to: &output)
    output.append("\"")
  }

  /// Appends raw JSON text (a number, `true`, `null`, or a nested document).
  public mutating func raw(_ text: String) { output.append(text) }

  /// Appends `s` escaped for inclusion inside a JSON string literal.
  public static func appendEscaped(_ s: String, to out: inout String) {
    var needs = false
    for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C {
      needs = true
      break
    }
    if !needs {
      out.append(s)
      return
    }
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out.append("\\\"")
      case "\\": out.append("\\\\")
      case "\n": out.append("\\n")
      case "\r": out.append("\\r")
      case "\t": out.append("\\t")
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
  }

  /// `value` as a JSON string literal.
  public static func quoted(_ value: String) -> String {
    var w = JSONWriter()
    w.string(value)
    return w.output
  }
}
