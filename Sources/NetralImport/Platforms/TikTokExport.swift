import NetralCore

/// The TikTok export.
enum TikTokExport {
  static func plan(path: String) -> FilePlan {
    FileName(path).isData ? .notRead : .ignored
  }
}
