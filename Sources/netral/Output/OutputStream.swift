import Foundation

/// Where results go: standard output or a file. Writes pass straight through, so streamed
/// records appear as they are rendered.
final class OutputStream {
  private let handle: FileHandle
  private let path: String?

  /// Standard output, or a new file at `path` (replacing one that exists).
  init(path: String?) throws {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
      return
    }
    guard FileManager.default.createFile(atPath: path, contents: nil),
      let file = FileHandle(forWritingAtPath: path)
    else { throw RunError("\(path): cannot write output file") }
    handle = file
  }

  /// Writes `text` as UTF-8.
  func write(_ text: String) throws {
    guard !text.isEmpty else { return }
    try write(data: Data(text.utf8))
  }

  /// Writes `bytes`.
  func write(bytes: [UInt8]) throws {
    guard !bytes.isEmpty else { return }
    // The bytes are lent to `Data`, not copied (`Data(bytes)` copied the whole 64 KiB buffer a
    // byte at a time, ~450 instructions a record): the write finishes before they go away, and
    // `Data` does not write to them.
    try bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      try write(
        data: Data(
          bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count,
          deallocator: .none))
    }
  }

  private func write(data: Data) throws {
    do {
      try handle.write(contentsOf: data)
    } catch {
      throw RunError(
        "\(path ?? "stdout"): write failed: \(error.localizedDescription.lowercased())")
    }
  }

  /// Closes a file (standard output stays open).
  func close() throws {
    if path != nil { try handle.close() }
  }
}

/// Diagnostics on standard error.
enum StandardError {
  static func write(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static var isTerminal: Bool { isatty(2) == 1 }
}
