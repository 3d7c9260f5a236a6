import Foundation

/// Reads the normalizer's data files (Sources/NetralText/Data) from the module's bundle.
enum BundledData {
  /// Non-empty, non-comment lines of `Data/<name>`; empty when the file cannot be read.
  static func lines(_ name: String) -> [Substring] {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return [] }
    let url =
      Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Data")
      ?? Bundle.module.url(forResource: parts[0], withExtension: parts[1])
    guard let url, let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    return text.split(whereSeparator: \.isNewline).filter { !$0.hasPrefix("#") }
  }

  /// `field` without leading and trailing spaces and tabs (general category Zs and U+0009, the
  /// set Foundation calls `whitespaces`), without going through Foundation.
  static func trimmed(_ field: Substring) -> String {
    func isSpace(_ s: Unicode.Scalar) -> Bool {
      s == "\t" || s == " " || (s.value >= 0x80 && s.properties.generalCategory == .spaceSeparator)
    }
    let scalars = field.unicodeScalars
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
