/// Tells an input's format from its layout (folders, zips) or name and first bytes (files).
enum FormatSniffer {
  /// The format of a folder or zip holding `paths`.
  static func format(paths: [String]) -> InputFormat? {
    let files = paths.map(FileName.init)
    func any(_ test: (FileName) -> Bool) -> Bool { files.contains(where: test) }
    if any({
      $0.ext == "js"
        && ["tweets", "tweet", "like", "following", "manifest", "account"].contains($0.stem)
    }) {
      return .x
    }
    if any({ $0.ext == "json" && $0.stem.contains("user_data") }) { return .tiktok }
    if any({
      $0.folders.contains("your_instagram_activity")
        || $0.folders.contains("followers_and_following") || $0.name == "liked_posts.json"
    }) {
      return .instagram
    }
    if any({ f in
      f.folders.contains("your_facebook_activity") || f.stem == "your_posts"
        || f.folders.contains("likes_and_reactions") || f.name == "group_membership_activity.json"
        || (f.folders.last == "comments" && f.name == "comments.json")
        || f.folders.contains("profile_information")
    }) {
      return .facebook
    }
    if any({ ["jsonl", "ndjson"].contains($0.ext) }) { return .jsonl }
    if any({ $0.ext == "csv" }) { return .csv }
    return nil
  }

  /// The format of a single file named `fileName` that starts with `head`.
  static func format(fileName: String, head: [UInt8]) -> InputFormat? {
    let file = FileName(fileName)
    let text = String(decoding: head, as: UTF8.self)
    switch file.ext {
    case "jsonl", "ndjson": return .jsonl
    case "csv": return .csv
    case "js": return text.contains("window.YTD.") ? .x : nil
    default: break
    }
    if text.hasPrefix("window.YTD.") { return .x }
    if file.ext == "json" || text.hasPrefix("{") || text.hasPrefix("[") {
      if file.stem.contains("user_data") || text.contains("\"Video\"")
        || text.contains("\"Activity\"")
      {
        return .tiktok
      }
      if let layout = format(paths: [fileName]), layout != .jsonl, layout != .csv { return layout }
      if text.contains("\"string_list_data\"") || text.contains("\"relationships_following\"")
        || text.contains("\"likes_media_likes\"") || text.contains("\"ig_")
      {
        return .instagram
      }
      if text.contains("_v2\"") || text.contains("\"attachments\"") { return .facebook }
      let firstLine = text.split(separator: "\n", maxSplits: 1).first ?? ""
      if firstLine.hasPrefix("{"), firstLine.contains("\"kind\"") { return .jsonl }
    }
    return nil
  }
}
