public import Foundation
import ZIPFoundation

/// Builds zip archives for tests, entry by entry, from bytes in memory (shared by the importer
/// and reliability tests).
public struct ZipBuilder {
  /// A regular file or a symbolic link.
  public enum Kind: Sendable { case file, symlink }
  /// The entries, in order.
  public var entries: [(path: String, bytes: [UInt8], kind: Kind, deflate: Bool)] = []

  /// Creates an empty archive.
  public init() {}

  /// Adds a file with UTF-8 `text`.
  public mutating func add(_ path: String, _ text: String, deflate: Bool = true) {
    entries.append((path, Array(text.utf8), .file, deflate))
  }

  /// Adds a file with raw `bytes`.
  public mutating func add(_ path: String, bytes: [UInt8], deflate: Bool = true) {
    entries.append((path, bytes, .file, deflate))
  }

  /// Adds a symbolic link to `destination`.
  public mutating func addSymlink(_ path: String, to destination: String) {
    entries.append((path, Array(destination.utf8), .symlink, false))
  }

  /// Writes the archive to `url`.
  public func write(to url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    for entry in entries {
      let data = Data(entry.bytes)
      try archive.addEntry(
        with: entry.path, type: entry.kind == .file ? .file : .symlink,
        uncompressedSize: Int64(data.count),
        compressionMethod: entry.deflate ? .deflate : .none,
        provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
    }
  }

  /// The archive's bytes, written through a file named `name` in `folder`.
  public func bytes(in folder: URL, name: String = "build.zip") throws -> [UInt8] {
    let url = folder.appendingPathComponent(name)
    try write(to: url)
    return [UInt8](try Data(contentsOf: url))
  }
}

/// Overwrites the 4-byte little-endian field at `offset` after every occurrence of a header
/// signature (local file header: offset 22 = uncompressed size; central directory: 24).
public func patchZipField(_ bytes: inout [UInt8], signature: UInt32, offset: Int, value: UInt32) {
  let sig = withUnsafeBytes(of: signature.littleEndian, Array.init)
  var i = 0
  while i + offset + 4 <= bytes.count {
    if Array(bytes[i..<i + 4]) == sig {
      for k in 0..<4 { bytes[i + offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
      i += 4
    } else {
      i += 1
    }
  }
}
