import Foundation
import NetralText

/// Starts, on another thread, the one-time set-up that building the first ``Checker`` of a
/// process pays whatever its packs: the normalizer's bundled word lists and folding tables and
/// the built-in cue word lists (~38M instructions, a quarter of an empty audit). Called first
/// thing, it overlaps what a program does before building its checker (parsing arguments,
/// loading packs), so the checker's build waits less.
///
/// Optional, and it changes no result: each of those tables is a global that Swift builds once
/// per process, and a thread that asks for one while another builds it waits for that build.
public enum CheckerWarmUp {
  /// Starts the warm-up thread and returns at once.
  public static func start() {
    Thread.detachNewThread {
      // The normalizer's shared tables, without the word table a one-word dictionary would
      // build for nothing (each checker's normalizer builds its own from its packs' words).
      Normalizer.warmUp()
      _ = BuiltInCueClass.words.count
    }
  }
}
