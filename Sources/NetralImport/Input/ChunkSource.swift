import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemRead = Glibc.read
#elseif canImport(Musl)
  import Musl
  private let systemRead = Musl.read
#elseif canImport(Darwin)
  import Darwin
  private let systemRead = Darwin.read
#endif

/// A pull-based source of bytes, read in chunks so memory stays bounded.
protocol ChunkSource: AnyObject {
  /// The next chunk; `nil` at the end.
  func nextChunk() throws -> [UInt8]?
}

/// Chunks read from a file handle (a file on disk, a pipe, standard input).
final class FileChunks: ChunkSource {
  private let handle: FileHandle
  private let chunkSize: Int
  private let closesHandle: Bool

  init(handle: FileHandle, chunkSize: Int = 64 << 10, closesHandle: Bool) {
    self.handle = handle
    self.chunkSize = chunkSize
    self.closesHandle = closesHandle
  }

  convenience init(path: String) throws {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ImportError(source: path, reason: "cannot open for reading")
    }
    self.init(handle: handle, closesHandle: true)
  }

  deinit { if closesHandle { try? handle.close() } }

  /// Reads whatever is available, up to a chunk: a pipe's first line is returned as soon as
  /// it is written, not when 64 KiB have gathered.
  func nextChunk() throws -> [UInt8]? {
    let fd = handle.fileDescriptor
    while true {
      // Read straight into the chunk's own storage: no zero-filled buffer, no copy of it.
      var count = 0
      let chunk = [UInt8](unsafeUninitializedCapacity: chunkSize) { raw, initialized in
        count = systemRead(fd, raw.baseAddress, chunkSize)
        initialized = max(count, 0)
      }
      // A short read (a pipe written a line at a time) is copied to its size: its pending lines
      // keep their chunk alive, and a 64 KiB buffer per short line would undo the bound on
      // memory. A full read is handed over as it is.
      if count >= chunkSize / 4 { return chunk }
      if count > 0 { return Array(chunk[0..<count]) }
      if count == 0 { return nil }
      if errno == EINTR { continue }
      throw ImportError(source: "", reason: "read failed (errno \(errno))")
    }
  }
}

/// A byte-at-a-time reader over a ``ChunkSource`` with one byte of look-ahead.
final class ByteReader {
  private let source: any ChunkSource
  private var buffer: [UInt8] = []
  private var index = 0
  private var finished = false
  /// Bytes consumed so far.
  private(set) var offset = 0

  init(_ source: any ChunkSource) { self.source = source }

  private func fill() throws -> Bool {
    while index >= buffer.count {
      if finished { return false }
      guard let chunk = try source.nextChunk() else {
        finished = true
        return false
      }
      buffer = chunk
      index = 0
    }
    return true
  }

  func peek() throws -> UInt8? {
    try fill() ? buffer[index] : nil
  }

  func next() throws -> UInt8? {
    guard try fill() else { return nil }
    defer {
      index += 1
      offset += 1
    }
    return buffer[index]
  }

  /// Reads the rest of a JSON object or array whose opening bracket was just read, appending
  /// its bytes to `out` while `out` holds at most `cap` + 1 bytes. Returns the value's full
  /// size (including the opening bracket) and whether it closed before the input ended.
  func scanContainer(into out: inout [UInt8], cap: Int) throws -> (size: Int, complete: Bool) {
    var depth = 1
    var inString = false
    var escaped = false
    var size = 1
    while try fill() {
      let start = index
      var i = index
      let n = buffer.count
      buffer.withUnsafeBufferPointer { bytes in
        while i < n {
          let b = bytes[i]
          i += 1
          if inString {
            if escaped {
              escaped = false
            } else if b == 0x5C {
              escaped = true
            } else if b == 0x22 {
              inString = false
            }
          } else if b == 0x22 {
            inString = true
          } else if b == 0x7B || b == 0x5B {
            depth += 1
          } else if b == 0x7D || b == 0x5D {
            depth -= 1
            if depth == 0 { break }
          }
        }
      }
      let count = i - start
      let room = max(0, cap + 1 - out.count)
      if room > 0 { out.append(contentsOf: buffer[start..<start + min(room, count)]) }
      size += count
      offset += count
      index = i
      if depth == 0 { return (size, true) }
    }
    return (size, false)
  }

  /// The index of the first `byte` in `buffer` at or after `start` (`memchr`: a line is found
  /// without a generic loop over its bytes).
  private static func position(of byte: UInt8, in buffer: [UInt8], from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { b in
      guard let base = b.baseAddress, start < b.count,
        let found = memchr(base + start, Int32(byte), b.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }
  }

  /// The next line when it ends within the chunk at hand: that chunk (shared with the caller,
  /// not copied) and the line's bounds in it, the delimiter consumed. `nil` when the line runs
  /// past the chunk or the input has ended, having consumed nothing: ``readUntil(_:cap:into:)``
  /// reads it then.
  func lineInChunk(_ delimiter: UInt8) throws -> (chunk: [UInt8], start: Int, end: Int)? {
    guard try fill(), let at = Self.position(of: delimiter, in: buffer, from: index) else {
      return nil
    }
    let start = index
    offset += at - start + 1
    index = at + 1
    return (buffer, start, at)
  }

  /// Reads up to and including the next `delimiter`; returns the bytes before it (at most
  /// `cap` of them are kept), whether more were dropped, and whether the delimiter was seen.
  func readUntil(_ delimiter: UInt8, cap: Int, into out: inout [UInt8]) throws
    -> (dropped: Int, sawDelimiter: Bool)
  {
    var dropped = 0
    while try fill() {
      if let at = Self.position(of: delimiter, in: buffer, from: index) {
        let count = at - index
        let room = max(0, cap - out.count)
        if out.isEmpty {
          out = Array(buffer[index..<index + min(room, count)])  // one allocation of its size
        } else {
          out.append(contentsOf: buffer[index..<index + min(room, count)])
        }
        dropped += max(0, count - room)
        offset += count + 1
        index = at + 1
        return (dropped, true)
      }
      let count = buffer.count - index
      let room = max(0, cap - out.count)
      out.append(contentsOf: buffer[index..<index + min(room, count)])
      dropped += max(0, count - room)
      offset += count
      index = buffer.count
    }
    return (dropped, false)
  }
}
