import Foundation
import NetralEngine
import NetralPacks

/// The bundled packs compiled once per process, and the checker with default options built
/// from them: what most runs of `audit`, `check` and `evaluate` use.
///
/// ``NetralCommand`` starts building them on another thread first thing
/// (``prepareInBackground()``), so that the ~60M instructions of compiling the packs overlap
/// argument parsing instead of following it; ``RunOptions/checker()`` then takes them. Each is a
/// `static let`: Swift builds it once, and a thread that reads it while another builds it waits
/// for that build. Nothing here changes a result: a run that reads them without the
/// background thread builds the same values itself.
enum BundledChecker {
  /// The bundled packs, compiled.
  static let prepared = Result { () throws(RunError) -> PreparedPacks in
    do {
      return PreparedPacks(PackSet(try PackLoader.bundled()))
    } catch {
      throw RunError("bundled packs: \(error)")
    }
  }

  /// A checker over ``prepared`` with the default ``CheckOptions``.
  static let standard: Result<Checker, RunError> = prepared.map { Checker(prepared: $0) }

  /// Starts building ``standard`` on another thread and returns at once.
  static func prepareInBackground() {
    Thread.detachNewThread { _ = standard }
  }
}
