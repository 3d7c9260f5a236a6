import Foundation
import NetralEngine
import NetralPacks

/// The bundled packs compiled once per process, and the checker with default options built
/// from them: what every command that checks (`audit`, `check`, `evaluate`, `rules`,
/// `explain`) uses when no `--pack` is given.
///
/// ``NetralCommand`` starts building them on another thread first thing
/// (``prepareInBackground()``; for `audit`, `check` and `evaluate`), so that the ~34M
/// instructions of compiling the packs overlap argument parsing instead of following it;
/// ``RunOptions/checker()`` then takes them. Each is a
/// `static let`: Swift builds it once, and a thread that reads it while another builds it waits
/// for that build. Nothing here changes a result: a run that reads them without the
/// background thread builds the same values itself.
enum BundledChecker {
  /// The bundled packs, compiled.
  static let prepared = Result { () throws(RunError) -> PreparedPacks in
    PreparedPacks(PackSet(try packs()))
  }

  /// The bundled packs (read once per process by ``PackLoader/bundled()``); a failure is a
  /// ``RunError``.
  static func packs() throws(RunError) -> [Pack] {
    do {
      return try PackLoader.bundled()
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
