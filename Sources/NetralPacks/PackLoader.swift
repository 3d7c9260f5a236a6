public import Foundation

/// Loads and validates packs: the bundled ones (library resources) and users' YAML files.
public enum PackLoader {
  /// Names of the bundled packs `bundled()` loads, in load order.
  public static let bundledNames = [
    "base", "base-vocabulary", "pemilu-2024",
    "pilkada-2024-kota-jambi", "pilkada-2024-provinsi-jambi", "pilkada-2024-banten",
    "pilkada-2024-purbalingga", "pilkada-2024-dki-jakarta", "pilkada-2024-jawa-barat",
    "pilkada-2024-jawa-tengah", "pilkada-2024-jawa-timur",
  ]

  /// The annotated template for a future election (bundled, but not loaded by `bundled()`).
  public static let templateName = "template-pemilu-2029"

  /// The packs bundled with the library: base, base vocabulary and every election pack.
  ///
  /// They come from the precompiled ``PackSnapshot`` committed with the library (the YAML is
  /// parsed and validated only if that snapshot cannot be read), once per process; later calls
  /// return the same values.
  public static func bundled() throws -> [Pack] {
    try BundledReferences.packs.get()
  }

  /// Reads and validates the bundled packs from their YAML files, bypassing the snapshot and the
  /// once-per-process cache of ``bundled()`` (for benchmarks, and to regenerate the snapshot).
  public static func reloadBundled() throws(PackError) -> [Pack] {
    var known = KnownReferences()
    var packs: [Pack] = []
    for name in bundledNames {
      let pack = try loadBundled(name, known: known)
      known.add(pack)
      packs.append(pack)
    }
    return packs
  }

  /// One bundled pack by name (`base`, `pemilu-2024`, `template-pemilu-2029`, …).
  public static func bundledPack(named name: String) throws -> Pack {
    try loadBundled(name, known: BundledReferences.known(before: name))
  }

  /// Loads one user pack; throws ``PackError`` listing every problem.
  public static func load(file: URL) throws -> Pack {
    let text = try readText(of: file)
    return try load(yaml: text, source: file.path)
  }

  /// Loads several user packs in order (`--pack A --pack B`): each may refer to the parties and
  /// gestures of the bundled packs and of the packs before it, and none may reuse a pack,
  /// election or ticket id — except that a pack with a bundled pack's id replaces that pack
  /// (an officer's corrected `pemilu-2024.yaml`). Throws one ``PackError`` with the problems of
  /// every file.
  public static func load(files: [URL]) throws -> [Pack] {
    let bundled = try BundledReferences.contributions.get()
    var loaded = KnownReferences()
    var packs: [Pack] = []
    var diagnostics: [PackDiagnostic] = []
    for file in files {
      do {
        let text = try readText(of: file)
        let pack = try PackParser.parse(text, file: file.path, source: file.path) { id in
          var known = BundledReferences.known(in: bundled, replacing: id)
          known.add(loaded)
          return known
        }.get()
        loaded.add(pack)
        packs.append(pack)
      } catch {
        diagnostics += error.diagnostics
      }
    }
    if !diagnostics.isEmpty { throw PackError(diagnostics: diagnostics) }
    return packs
  }

  /// Loads a pack from YAML text; `source` names it in diagnostics. Parties and gestures of the
  /// bundled packs may be referred to by id; a pack with a bundled pack's id replaces it and is
  /// checked without it.
  public static func load(yaml: String, source: String) throws -> Pack {
    let bundled = try BundledReferences.contributions.get()
    return try PackParser.parse(yaml, file: source, source: source) { id in
      BundledReferences.known(in: bundled, replacing: id)
    }.get()
  }

  /// The packs in force: the bundled packs plus users' packs in order, a user pack with a
  /// bundled pack's id taking that pack's place.
  public static func packSet(adding files: [URL]) throws -> PackSet {
    let users = try load(files: files)
    let replaced = Set(users.map(\.id))
    return PackSet(try bundled().filter { !replaced.contains($0.id) } + users)
  }

  /// Every problem in a pack file; empty when it is valid.
  public static func validate(file: URL) -> [PackDiagnostic] {
    do {
      _ = try load(file: file)
      return []
    } catch let error as PackError {
      return error.diagnostics
    } catch {
      return [PackDiagnostic(file: file.path, line: 1, column: 1, message: "\(error)")]
    }
  }

  /// The text of a pack file, refusing huge or non-UTF-8 files with a diagnostic.
  static func readText(of file: URL) throws(PackError) -> String {
    func failure(_ message: String) -> PackError {
      PackError(diagnostics: [PackDiagnostic(file: file.path, line: 1, column: 1, message: message)])
    }
    let data: Data
    do {
      // Read at most one byte past the cap, so a huge file is refused without reading it all.
      let handle = try FileHandle(forReadingFrom: file)
      defer { try? handle.close() }
      data = try handle.read(upToCount: PackPrescan.maxBytes + 1) ?? Data()
    } catch {
      throw failure("cannot read file: \(error.localizedDescription.lowercased())")
    }
    if data.count > PackPrescan.maxBytes {
      throw failure("file is too large: a pack may be at most \(PackPrescan.maxBytes) bytes")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw failure("file is not valid utf-8 text")
    }
    return text
  }

  /// Loads a bundled pack resource.
  static func loadBundled(_ name: String, known: KnownReferences) throws(PackError) -> Pack {
    guard let url = Bundle.module.url(forResource: name, withExtension: "yaml", subdirectory: "Packs")
    else {
      let names = (bundledNames + [templateName]).joined(separator: ", ")
      throw PackError(diagnostics: [
        PackDiagnostic(
          file: "bundled:\(name)", line: 1, column: 1,
          message: "no bundled pack named '\(name)'\(Suggestion.hint(for: name, in: bundledNames + [templateName])) (bundled: \(names))")
      ])
    }
    let text = try readText(of: url)
    return try PackParser.parse(
      text, file: "\(name).yaml", source: "bundled:\(name)", known: known
    ).get()
  }
}

/// The bundled packs and the ids they define, computed once per process, so user packs may
/// refer to them.
enum BundledReferences {
  /// The bundled packs, read once per process: from the snapshot, or from the YAML when the
  /// snapshot cannot be read.
  static let packs = Result { () throws(PackError) in
    if let packs = PackSnapshot.bundled() { return packs }
    return try PackLoader.reloadBundled()
  }

  /// What each bundled pack defines, in load order.
  static let contributions: Result<[(name: String, known: KnownReferences)], PackError> =
    packs.map { packs in
      packs.enumerated().map { index, pack in
        var known = KnownReferences()
        known.add(pack)
        return (PackLoader.bundledNames[index], known)
      }
    }

  /// The ids of the bundled packs loaded before `name` (all of them for `nil` or a name that
  /// `bundled()` does not load).
  static func known(before name: String?) throws(PackError) -> KnownReferences {
    var known = KnownReferences()
    for contribution in try contributions.get() {
      if contribution.name == name { break }
      known.add(contribution.known)
    }
    return known
  }

  /// The ids of every bundled pack except the one whose id is `id` (which the pack being read
  /// replaces).
  static func known(
    in contributions: [(name: String, known: KnownReferences)], replacing id: String?
  ) -> KnownReferences {
    var known = KnownReferences()
    for contribution in contributions where contribution.name != id {
      known.add(contribution.known)
    }
    return known
  }
}
