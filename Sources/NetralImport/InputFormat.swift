/// The kinds of input netral can import.
public enum InputFormat: String, Sendable, CaseIterable {
  /// Interchange JSON Lines (`Docs/ActivityFormat.md`), one activity per line.
  case jsonl
  /// CSV with the documented header (`id,kind,text,at,…`; see `Docs/Exports.md`).
  case csv
  /// An X/Twitter archive (`data/tweets.js`, `like.js`, `following.js`, …).
  case x
  /// A Facebook "Download Your Information" export in JSON.
  case facebook
  /// An Instagram data export in JSON.
  case instagram
  /// A TikTok data export (`user_data.json`).
  case tiktok

  /// The platform name written into imported activities (`nil` for the generic formats).
  var platform: String? {
    switch self {
    case .jsonl, .csv: nil
    case .x: "x"
    case .facebook: "facebook"
    case .instagram: "instagram"
    case .tiktok: "tiktok"
    }
  }
}
