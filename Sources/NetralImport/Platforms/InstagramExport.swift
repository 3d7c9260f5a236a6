import NetralCore

/// The Instagram export.
enum InstagramExport {
  static func plan(path: String) -> FilePlan {
    FileName(path).isData ? .notRead : .ignored
  }
}
