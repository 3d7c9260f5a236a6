/// Normalizes post text for matching. PLACEHOLDER: splits ASCII words only; replaced by the
/// ICU pipeline.
public struct Normalizer: Sendable {
  /// Creates a normalizer; `dictionary` holds words used to split all-lowercase hashtags.
  public init(dictionary: Set<String> = []) {}

  /// Normalizes `text`.
  public func normalize(_ text: String) -> NormalizedText {
    var tokens: [Token] = []
    var out = ""
    var current = ""
    var start = 0
    var i = 0
    func flush() {
      guard !current.isEmpty else { return }
      if !out.isEmpty { out.append(" ") }
      let n0 = out.unicodeScalars.count
      out.append(current)
      let kind: Token.Kind = current.allSatisfy(\.isNumber) ? .number : .word
      tokens.append(
        Token(kind: kind, text: current, original: start..<i,
          normalized: n0..<(n0 + current.unicodeScalars.count)))
      current = ""
    }
    for s in text.unicodeScalars {
      if s.isASCII, s.properties.isAlphabetic || ("0"..."9").contains(s) {
        if current.isEmpty { start = i }
        current.unicodeScalars.append(Unicode.Scalar(UInt8(s.value)).properties.lowercaseMapping.unicodeScalars.first!)
      } else {
        flush()
      }
      i += 1
    }
    flush()
    return NormalizedText(original: text, text: out, tokens: tokens)
  }
}
