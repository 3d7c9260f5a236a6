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
}
