import ArgumentParser
import Foundation
import NetralCore
import NetralEngine
import NetralPacks

/// Options that decide how activities are judged: packs, language, date and actor defaults.
struct RunOptions: ParsableArguments {
  @Option(
    name: .customLong("pack"),
    help: ArgumentHelp("Load an extra pack (YAML); repeatable.", valueName: "file"))
  var packs: [String] = []

  @Option(name: .customLong("lang"), help: "Language of findings and labels.")
  var language: Language = .id

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp(
      "Date assumed for activities without one (which election phase applies): YYYY-MM-DD or RFC 3339.",
      valueName: "date"))
  var asOf: String?

  @Option(
    help: ArgumentHelp(
      "Actor category assumed when an activity does not say.", valueName: "category"))
  var actor: Actor.Category?

  @Option(
    name: .customLong("actor-name"),
    help: ArgumentHelp("Actor name assumed when an activity does not say.", valueName: "name"))
  var actorName: String?

  func validate() throws {
    if let asOf, DateArgument.parse(asOf) == nil {
      throw ValidationError("--as-of: '\(asOf)' is not a date (YYYY-MM-DD or RFC 3339)")
    }
  }

  /// The checker's options.
  var checkOptions: CheckOptions {
    CheckOptions(language: language, asOf: asOf.flatMap(DateArgument.parse), defaultActor: actor)
  }

  /// The bundled packs plus the user's; a broken pack is a ``RunError`` listing every
  /// `file:line:column: message`.
  func packSet() throws -> PackSet {
    var packs = try BundledChecker.packs()
    for path in self.packs {
      guard FileManager.default.fileExists(atPath: path) else {
        throw RunError("\(path): no such file")
      }
      do {
        packs.append(try PackLoader.load(file: URL(fileURLWithPath: path)))
      } catch let error as PackError {
        throw RunError(error.diagnostics, path: path)
      } catch {
        throw RunError(String(describing: error))
      }
    }
    return PackSet(packs)
  }

  /// A checker over ``packSet()``, kept until the process exits (``ProcessLifetime``). Without
  /// `--pack` it is built from the bundled packs compiled once per process (``BundledChecker``).
  func checker() throws -> (Checker, PackSet) {
    if packs.isEmpty {
      let prepared = try BundledChecker.prepared.get()
      let options = checkOptions
      if options == CheckOptions() { return (try BundledChecker.standard.get(), prepared.packs) }
      let checker = Checker(prepared: prepared, options: options)
      ProcessLifetime.keep(checker)
      return (checker, prepared.packs)
    }
    let packs = try packSet()
    do {
      let checker = try Checker(packs: packs, options: checkOptions)
      ProcessLifetime.keep(checker)
      return (checker, packs)
    } catch {
      throw RunError("packs: \(error)")
    }
  }
}
