import Foundation
import ZIPFoundation

/// Reads a zip archive in place, refusing hostile ones before any record is read.
///
/// Refused: entries whose path is absolute or climbs out with `..`, symlink entries, entries
/// whose declared or actual uncompressed size passes ``ArchiveLimits/maxEntrySize``, archives
/// past ``ArchiveLimits/maxTotalSize``, entries whose compression ratio passes
/// ``ArchiveLimits/maxRatio``, and zips nested deeper than ``ArchiveLimits/maxNestingDepth``.
/// Entries are decompressed one at a time, only when the stream reaches them, in bounded chunks.
enum ZipInput {
  /// The files of the archive at `url`, named `display:entry/path`, in archive order.
  /// `wanted` says which entries will be read (only those are inflated to check their size).
  static func files(
    at url: URL, display: String, limits: ArchiveLimits, wanted: (String) -> Bool
  ) throws -> [InputFile] {
    let archive: Archive
    do {
      archive = try Archive(url: url, accessMode: .read)
    } catch {
      throw ImportError(source: display, reason: "not a readable zip archive")
    }
    return try files(in: archive, display: display, depth: 0, limits: limits, wanted: wanted)
  }

  /// The relative paths of every regular entry, for sniffing (hostile entries throw).
  static func paths(at url: URL, display: String, limits: ArchiveLimits) throws -> [String] {
    try files(at: url, display: display, limits: limits, wanted: { _ in false }).map(\.path)
  }

  private static func files(
    in archive: Archive, display: String, depth: Int, limits: ArchiveLimits,
    wanted: (String) -> Bool
  ) throws -> [InputFile] {
    var result: [InputFile] = []
    var total: UInt64 = 0
    let lock = NSLock()  // one extraction at a time per archive (it reads through one FILE*)
    for entry in archive {
      let path = entry.path
      let name = "\(display):\(path)"
      try checkPath(path, name: name)
      switch entry.type {
      case .symlink: throw ImportError(source: name, reason: "refused: symlink entry")
      case .directory: continue
      case .file: break
      }
      let size = entry.uncompressedSize
      guard size <= limits.maxEntrySize else {
        throw ImportError(
          source: name,
          reason: "refused: declared size \(size) bytes exceeds the limit of \(limits.maxEntrySize)"
        )
      }
      total += size
      guard total <= limits.maxTotalSize else {
        throw ImportError(
          source: display,
          reason: "refused: uncompressed total exceeds the limit of \(limits.maxTotalSize) bytes")
      }
      if size > limits.ratioFloor, size / max(entry.compressedSize, 1) > limits.maxRatio {
        throw ImportError(
          source: name,
          reason:
            "refused: compression ratio \(size / max(entry.compressedSize, 1)) exceeds \(limits.maxRatio)"
        )
      }
      if path.lowercased().hasSuffix(".zip") {
        guard depth + 1 <= limits.maxNestingDepth else {
          throw ImportError(
            source: name, reason: "refused: zip nested deeper than \(limits.maxNestingDepth)")
        }
        var data = Data()
        do {
          try inflate(entry, in: archive, name: name, limits: limits) { data.append($0) }
        } catch let damage as DamagedEntry {
          throw damage.error
        }
        // ZIPFoundation leaks its in-memory file when it finds no end record (it never closes
        // what it opened), so bytes it would refuse are refused here first.
        guard hasEndRecord(data),
          let inner = try? Archive(data: data, accessMode: .read, pathEncoding: nil)
        else {
          throw ImportError(source: name, reason: "not a readable zip archive")
        }
        result += try files(
          in: inner, display: name, depth: depth + 1, limits: limits,
          wanted: { wanted("\(path)/\($0)") }
        ).map { file in
          var file = file
          file.path = "\(path)/\(file.path)"
          return file
        }
        continue
      }
      if wanted(path) {
        // Inflate once now, counting bytes, so a size lie is refused before any record.
        // Damage (a bad checksum, a truncated stream) is reported when the entry is read.
        do {
          try inflate(entry, in: archive, name: name, limits: limits) { _ in }
        } catch is DamagedEntry {}
      }
      result.append(
        InputFile(
          source: name, path: path,
          open: {
            // Inflated on a producer thread into a small queue: memory stays bounded however
            // large the entry; a damaged entry yields the records before the damage, then an
            // error.
            EntryChunks(lock: lock) { push in
              do {
                try inflate(entry, in: archive, name: name, limits: limits, sink: push)
              } catch let damage as DamagedEntry {
                throw damage.error
              }
            }
          }))
    }
    return result
  }

  private static func checkPath(_ path: String, name: String) throws {
    let parts = path.split(whereSeparator: { $0 == "/" || $0 == "\\" })
    if path.hasPrefix("/") || path.hasPrefix("\\")
      || (path.count >= 2 && path.dropFirst().first == ":")
    {
      throw ImportError(source: name, reason: "refused: absolute path entry")
    }
    if parts.contains("..") {
      throw ImportError(source: name, reason: "refused: entry path climbs out with '..'")
    }
  }

  /// Decompresses `entry` into `sink`, chunk by chunk, refusing it when it inflates past its
  /// declared size, the entry limit or the ratio bound (``ImportError``), and reporting damage
  /// (a bad stream, a checksum mismatch) as ``DamagedEntry`` after the chunks read before it.
  static func inflate(
    _ entry: Entry, in archive: Archive, name: String, limits: ArchiveLimits,
    sink: (Data) throws -> Void
  ) throws {
    var count: UInt64 = 0
    let declared = entry.uncompressedSize
    let bound = min(declared, limits.maxEntrySize)
    let compressed = max(entry.compressedSize, 1)
    var refusal: ImportError?
    var sinkError: (any Error)?
    do {
      let checksum = try archive.extract(entry, skipCRC32: false) { chunk in
        count += UInt64(chunk.count)
        if count > bound {
          refusal = ImportError(
            source: name,
            reason: count > limits.maxEntrySize
              ? "refused: inflates past the limit of \(limits.maxEntrySize) bytes"
              : "refused: inflates past its declared size of \(declared) bytes")
        } else if count > limits.ratioFloor, count / compressed > limits.maxRatio {
          refusal = ImportError(
            source: name, reason: "refused: compression ratio exceeds \(limits.maxRatio)")
        }
        if let refusal { throw refusal }
        do {
          try sink(chunk)
        } catch {
          sinkError = error
          throw error
        }
      }
      if checksum != entry.checksum {
        throw DamagedEntry(
          error: ImportError(source: name, reason: "damaged zip entry (checksum mismatch)"))
      }
    } catch let damage as DamagedEntry {
      throw damage
    } catch {
      if let refusal { throw refusal }
      if let sinkError { throw sinkError }
      throw DamagedEntry(
        error: ImportError(source: name, reason: "damaged zip entry (\(error))".lowercased()))
    }
  }
}

/// A zip entry that could not be inflated to its end (after the bytes before the damage were
/// delivered), and what went wrong.
struct DamagedEntry: Error {
  var error: ImportError
}

extension ZipInput {
  /// Whether `data` holds what an in-memory `Archive` needs to open: the last end-of-central-
  /// directory signature at least 22 bytes before the end, and its whole comment after it —
  /// exactly the test ZIPFoundation makes before it gives up.
  static func hasEndRecord(_ data: Data) -> Bool {
    data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
      let count = bytes.count
      guard count >= 22 else { return false }
      func byte(_ i: Int) -> Int { Int(bytes[i]) }
      var p = count - 22
      while p >= 0 {
        if byte(p) == 0x50, byte(p + 1) == 0x4B, byte(p + 2) == 0x05, byte(p + 3) == 0x06 {
          let comment = byte(p + 20) | byte(p + 21) << 8
          return p + 22 + comment <= count
        }
        p -= 1
      }
      return false
    }
  }
}
