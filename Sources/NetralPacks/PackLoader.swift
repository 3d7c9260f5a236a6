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
  public static func bundled() throws -> [Pack] {
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
    try loadBundled(name, known: BundledReferences.known.get())
  }

  /// Loads one user pack; throws ``PackError`` listing every problem.
  public static func load(file: URL) throws -> Pack {
    let text = try readText(of: file)
    return try load(yaml: text, source: file.path)
  }

  /// Loads a pack from YAML text; `source` names it in diagnostics. Parties and gestures of the
  /// bundled packs may be referred to by id.
  public static func load(yaml: String, source: String) throws -> Pack {
    try PackParser.parse(
      yaml, file: source, source: source, known: BundledReferences.known.get()
    ).get()
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
    let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
    if size > PackPrescan.maxBytes {
      throw failure("file is \(size) bytes; a pack may be at most \(PackPrescan.maxBytes) bytes")
    }
    let data: Data
    do {
      data = try Data(contentsOf: file)
    } catch {
      throw failure("cannot read file: \(error.localizedDescription.lowercased())")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw failure("file is not valid utf-8 text")
    }
    return text
  }

  /// Loads a bundled pack resource.
  static func loadBundled(_ name: String, known: KnownReferences) throws -> Pack {
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

/// The ids the bundled packs define, computed once, so user packs may refer to them.
enum BundledReferences {
  /// Party and gesture ids of every bundled pack.
  static let known: Result<KnownReferences, PackError> = {
    do {
      var known = KnownReferences()
      for pack in try PackLoader.bundled() { known.add(pack) }
      return .success(known)
    } catch let error as PackError {
      return .failure(error)
    } catch {
      return .failure(
        PackError(diagnostics: [
          PackDiagnostic(file: "bundled", line: 1, column: 1, message: "\(error)")
        ]))
    }
  }()
}
