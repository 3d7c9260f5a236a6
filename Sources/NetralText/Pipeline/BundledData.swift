import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads the normalizer's data files (Sources/NetralText/Data) from the module's bundle.
///
/// The files are read as bytes and cut into lines and fields by hand: every process that builds
/// a ``Normalizer`` reads them, and going through `Character`s and Foundation cost about 15 M
/// instructions for 12 KB (now about 1 M, most of it finding the bundle).
enum BundledData {
  /// Non-empty, non-comment lines of `Data/<name>`, trimmed of spaces and tabs (``trimmed(_:)``);
  /// empty when the file cannot be read. A line is what `split(whereSeparator: \.isNewline)`
  /// makes of the file's text.
  static func lines(_ name: String) -> [String] {
    var lines: [String] = []
    forEachLine(name) { ascii, other in
      if let ascii {
        lines.append(trimmedASCII(ascii, spaces: [0x20, 0x09]))
      } else if let other {
        lines.append(trimmed(other))
      }
    }
    return lines
  }

  /// The lines of ``lines(_:)``, each cut at tabs into its non-empty fields, each trimmed.
  static func fields(_ name: String) -> [[String]] {
    var lines: [[String]] = []
    forEachLine(name) { ascii, other in
      if let ascii {
        var fields: [String] = []
        var i = 0
        while i < ascii.count {
          var j = i
          while j < ascii.count, ascii[j] != 0x09 { j += 1 }
          if j > i { fields.append(trimmedASCII(UnsafeBufferPointer(rebasing: ascii[i..<j]), spaces: [0x20])) }
          i = j + 1
        }
        lines.append(fields)
      } else if let other {
        lines.append(other.split(separator: "\t").map(trimmed))
      }
    }
    return lines
  }

  /// Calls `body` with each non-empty line of `Data/<name>` that is not a comment: an ASCII line
  /// as bytes, any other as a substring of the text (cut by characters, as other newlines may
  /// hide in it; in the bundled files only comments hold non-ASCII text).
  private static func forEachLine(
    _ name: String, _ body: (UnsafeBufferPointer<UInt8>?, Substring?) -> Void
  ) {
    guard let bytes = contents(name) else { return }
    bytes.withUnsafeBufferPointer { b in
      var i = 0
      while i < b.count {
        var j = i
        var ascii = true
        while j < b.count, !isASCIINewline(b[j]) {
          if b[j] >= 0x80 { ascii = false }
          j += 1
        }
        let line = UnsafeBufferPointer(rebasing: b[i..<j])
        i = j + 1
        guard !line.isEmpty else { continue }
        if ascii {
          if line[0] != 0x23 { body(line, nil) }
        } else {
          for sub in String(decoding: line, as: UTF8.self).split(whereSeparator: \.isNewline) where !sub.hasPrefix("#") {
            body(nil, sub)
          }
        }
      }
    }
  }

  /// The string of ASCII `bytes` without the leading and trailing bytes of `spaces`.
  private static func trimmedASCII(_ bytes: UnsafeBufferPointer<UInt8>, spaces: [UInt8]) -> String {
    var lower = 0
    var upper = bytes.count
    while lower < upper, spaces.contains(bytes[lower]) { lower += 1 }
    while upper > lower, spaces.contains(bytes[upper - 1]) { upper -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self)
  }

  /// Whether `b` is an ASCII character that `Character.isNewline` calls a newline (LF, VT, FF,
  /// CR; CR LF is one character, and empty lines are skipped, so cutting at each gives the same
  /// lines).
  @inline(__always) private static func isASCIINewline(_ b: UInt8) -> Bool { b >= 0x0A && b <= 0x0D }

  /// The bytes of `Data/<name>`, or nil.
  private static func contents(_ name: String) -> [UInt8]? {
    let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return nil }
    // Next to the executable, where SwiftPM puts the bundle and where `Bundle.module` looks
    // first, without setting up `Bundle` (about 9 M instructions, a tenth of a start-up).
    if let folder = dataBesideExecutable, let bytes = read(folder + name) { return bytes }
    // The file's usual place in the bundle (a path, no directory search), then a search.
    let direct = Bundle.module.bundleURL.appendingPathComponent("Data").appendingPathComponent(name)
    if let bytes = read(direct.path) { return bytes }
    let url =
      Bundle.module.url(forResource: parts[0], withExtension: parts[1], subdirectory: "Data")
      ?? Bundle.module.url(forResource: parts[0], withExtension: parts[1])
    return url.flatMap { read($0.path) }
  }

  /// `<folder of the running executable>/netral_NetralText.resources/Data/`, read from
  /// `/proc/self/exe` (Linux); nil where that cannot be read.
  private static let dataBesideExecutable: String? = {
    #if os(Linux)
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = buffer.withUnsafeMutableBufferPointer { b -> Int in
        b.withMemoryRebound(to: CChar.self) { c in
          guard let base = c.baseAddress else { return -1 }
          return readlink("/proc/self/exe", base, c.count - 1)
        }
      }
      guard count > 0, let slash = buffer[0..<count].lastIndex(of: 0x2F) else { return nil }
      return String(decoding: buffer[0..<slash], as: UTF8.self) + "/netral_NetralText.resources/Data/"
    #else
      return nil
    #endif
  }()

  /// The whole file at `path`, or nil when it cannot be read.
  private static func read(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 16_384)
    while true {
      let count = fread(&chunk, 1, chunk.count, file)
      bytes.append(contentsOf: chunk[0..<count])
      if count < chunk.count { break }
    }
    return ferror(file) == 0 ? bytes : nil
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
