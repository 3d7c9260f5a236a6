import Foundation

/// Streams the lines of a file (without their `\n`) in 1 MiB reads, so a 2 GB input never sits
/// in memory.
struct LineReader: Sequence, IteratorProtocol {
  private let file: UnsafeMutablePointer<FILE>
  private var buffer: [UInt8] = []
  private var start = 0
  private var eof = false

  /// Opens `path`; `nil` when it cannot be read.
  init?(path: String) {
    guard let file = fopen(path, "rb") else { return nil }
    self.file = file
  }

  mutating func next() -> ArraySlice<UInt8>? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
        defer { start = newline + 1 }
        return buffer[start..<newline]
      }
      if eof {
        guard start < buffer.count else {
          fclose(file)
          return nil
        }
        defer { start = buffer.count }
        return buffer[start...]
      }
      buffer.removeFirst(start)
      start = 0
      let old = buffer.count
      buffer.append(contentsOf: repeatElement(0, count: 1 << 20))
      let read = buffer.withUnsafeMutableBufferPointer { fread($0.baseAddress! + old, 1, 1 << 20, file) }
      buffer.removeLast((1 << 20) - read)
      if read == 0 { eof = true }
    }
  }
}
