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
      // A dictionary, as every checker's normalizer has one (an empty one would build another
      // table), and a text that takes the non-ASCII path with an emoji, a hashtag and a number.
      _ = Normalizer(dictionary: ["netral"]).normalize("Rekan ASN, ayo dukung nomor 2 ✌️ #Pemilu2024")
      _ = BuiltInCueClass.words.count
    }
  }
}
