/// A cheap lexical pass over a pack's text before Yams sees it, refusing what a pack never needs
/// and what could make parsing blow up: huge files, anchors and aliases (the "billion laughs"
/// family), and runaway nesting.
///
/// It follows YAML's structure only as far as it must: quoted scalars, comments, block scalars
/// and flow collections, so that an `&` or `*` inside text ("Tim A & B") is not mistaken for an
/// anchor.
struct PackPrescan {
  /// Largest pack file accepted, in bytes.
  static let maxBytes = 1 << 20
  /// Deepest flow (`[`/`{`) nesting accepted.
  static let maxFlowDepth = 32
  /// Deepest indentation accepted, in columns.
  static let maxIndent = 160

  /// A problem found, at a 1-based line and column.
  struct Problem: Equatable {
    var line: Int
    var column: Int
    var message: String
  }

  /// The first problem in `yaml`, if any.
  static func firstProblem(in yaml: String) -> Problem? {
    let size = yaml.utf8.count
    if size > maxBytes {
      return Problem(
        line: 1, column: 1,
        message: "file is \(size) bytes; a pack may be at most \(maxBytes) bytes")
    }
    let bytes = Array(yaml.utf8)
    var scanner = PackPrescan()
    var lineNumber = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      lineNumber += 1
      let lineEnd = bytes[lineStart...].firstIndex(of: newline) ?? bytes.count
      if let problem = scanner.scan(bytes[lineStart..<lineEnd], number: lineNumber) {
        return problem
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  private static let newline = UInt8(ascii: "\n")

  private enum Quote { case single, double }

  private var flowDepth = 0
  private var quote: Quote?
  /// Indentation of the line that opened a block scalar; deeper lines are its text.
  private var blockScalarIndent: Int?

  /// Scans one line (UTF-8 bytes; every byte that matters is ASCII).
  private mutating func scan(_ line: ArraySlice<UInt8>, number: Int) -> Problem? {
    let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), cr = UInt8(ascii: "\r")
    let indent = line.prefix { $0 == space }.count
    let isBlank = line.allSatisfy { $0 == space || $0 == tab || $0 == cr }
    if let blockIndent = blockScalarIndent {
      if isBlank || indent > blockIndent { return nil }
      blockScalarIndent = nil
    }
    if quote == nil, flowDepth == 0, indent > Self.maxIndent {
      return Problem(
        line: number, column: indent + 1,
        message: "nesting is too deep (indented \(indent) columns; at most \(Self.maxIndent))")
    }
    var nodeStart = quote == nil
    var index = line.startIndex
    /// The 1-based column of a byte offset, counting Unicode scalars.
    func column(_ offset: Int) -> Int {
      line[line.startIndex..<offset].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
    }
    while index < line.endIndex {
      let char = Unicode.Scalar(line[index])
      let next: Unicode.Scalar? = index + 1 < line.endIndex ? Unicode.Scalar(line[index + 1]) : nil
      let here = index
      defer { index += 1 }
      if let open = quote {
        switch (open, char) {
        case (.single, "'") where next == "'": index += 1
        case (.single, "'"), (.double, "\""): quote = nil
        case (.double, "\\"): index += 1
        default: break
        }
        continue
      }
      let isSpace = char == " " || char == "\t" || char == "\r"
      if char == "#", index == line.startIndex || line[index - 1] == space || line[index - 1] == tab {
        break
      }
      if nodeStart {
        if isSpace { continue }
        switch char {
        case "&", "*":
          let kind = char == "&" ? "anchor" : "alias"
          let name = String(
            decoding: line[index...].prefix { ![space, UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains($0) },
            as: UTF8.self)
          return Problem(
            line: number, column: column(here),
            message: "\(kind) '\(name)' is not allowed: packs may not use anchors or aliases; repeat the value instead")
        case "'": quote = .single; nodeStart = false; continue
        case "\"": quote = .double; nodeStart = false; continue
        case "[", "{":
          flowDepth += 1
          if flowDepth > Self.maxFlowDepth {
            return Problem(
              line: number, column: column(here),
              message: "nesting is too deep (more than \(Self.maxFlowDepth) brackets)")
          }
          continue
        case "-", "?":
          if next == nil || next == " " { continue }
          nodeStart = false
        case "|", ">":
          if flowDepth == 0 {
            blockScalarIndent = indent
            return nil
          }
          nodeStart = false
        default:
          nodeStart = false
        }
      }
      if isSpace { continue }
      switch char {
      case ":":
        let flowEnd = flowDepth > 0 && (next == "," || next == "]" || next == "}")
        if next == nil || next == " " || flowEnd { nodeStart = true }
      case ",", "[", "{":
        guard flowDepth > 0 else { break }
        if char != "," { flowDepth += 1 }
        nodeStart = true
      case "]", "}":
        if flowDepth > 0 { flowDepth -= 1 }
      default:
        break
      }
    }
    return nil
  }
}
