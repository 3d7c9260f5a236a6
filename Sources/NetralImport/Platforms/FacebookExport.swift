import NetralCore

/// The Facebook export.
enum FacebookExport {
  static func plan(path: String) -> FilePlan {
    FileName(path).isData ? .notRead : .ignored
  }
}
