import Foundation

/// A path given to the importer: a single file, a folder, or a zip archive.
struct InputLocation {
  enum Kind { case file, folder, zip }

  let path: String
  let kind: Kind
  let limits: ArchiveLimits

  init(_ path: String, limits: ArchiveLimits) throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ImportError(source: path, reason: "no such file or folder")
    }
    self.path = path
    self.limits = limits
    if isDirectory.boolValue {
      kind = .folder
    } else if path.lowercased().hasSuffix(".zip")
      || (Self.isRegularFile(path) && Self.startsWithZipMagic(path))
    {
      kind = .zip
    } else {
      kind = .file
    }
  }

  /// Whether `path` is a regular file (not a pipe or device, which must not be peeked at).
  static func isRegularFile(_ path: String) -> Bool {
    let type =
      (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType
    return type == .typeRegular
  }

  private static func startsWithZipMagic(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 4)) ?? Data()
    return head == Data([0x50, 0x4B, 0x03, 0x04])
  }

  /// The first bytes of a single file.
  func head(_ count: Int = 4096) -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else { return [] }
    defer { try? handle.close() }
    return [UInt8]((try? handle.read(upToCount: count)) ?? Data())
  }

  /// Relative paths of the regular files inside a folder or zip.
  func paths() throws -> [String] {
    switch kind {
    case .file: return [(path as NSString).lastPathComponent]
    case .folder: return try folderPaths()
    case .zip:
      return try ZipInput.paths(at: URL(fileURLWithPath: path), display: path, limits: limits)
    }
  }

  /// The files to read, in order (sorted by path in folders, archive order in zips).
  func files(wanted: (String) -> Bool) throws -> [InputFile] {
    switch kind {
    case .file:
      let path = self.path
      return [
        InputFile(
          source: path, path: (path as NSString).lastPathComponent,
          open: { try FileChunks(path: path) })
      ]
    case .folder:
      let root = path.hasSuffix("/") ? String(path.dropLast()) : path
      return try folderPaths().map { relative in
        let full = "\(root)/\(relative)"
        return InputFile(source: full, path: relative, open: { try FileChunks(path: full) })
      }
    case .zip:
      return try ZipInput.files(
        at: URL(fileURLWithPath: path), display: path, limits: limits, wanted: wanted)
    }
  }

  private func folderPaths() throws -> [String] {
    let root = URL(fileURLWithPath: path)
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey],
        options: [])
    else { throw ImportError(source: path, reason: "cannot list the folder") }
    let base = root.standardizedFileURL.path
    var result: [String] = []
    for case let url as URL in walker {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
      guard values?.isRegularFile == true, values?.isSymbolicLink != true else { continue }
      var relative = url.standardizedFileURL.path
      if relative.hasPrefix(base + "/") { relative.removeFirst(base.count + 1) }
      result.append(relative)
    }
    return result.sorted(by: Self.readingOrder)
  }

  /// Paths in reading order: by name, except that a file's parts follow it in number order
  /// (`tweets.js`, `tweets-part1.js`, `tweets-part2.js`, …, `tweets-part10.js`).
  static func readingOrder(_ a: String, _ b: String) -> Bool {
    func key(_ path: String) -> (String, Int, String) {
      let file = FileName(path)
      let folder = path.split(separator: "/").dropLast().joined(separator: "/")
      let digits = file.name.dropFirst(file.stem.count).prefix { !$0.isNumber }.count
      let number = Int(file.name.dropFirst(file.stem.count + digits).prefix { $0.isNumber }) ?? 0
      return ("\(folder)/\(file.stem).\(file.ext)", number, path)
    }
    return key(a) < key(b)
  }
}
