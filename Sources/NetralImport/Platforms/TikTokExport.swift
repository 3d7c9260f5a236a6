import Foundation
import NetralCore

/// TikTok's data export (`user_data.json`, `user_data_tiktok.json`; 2023–2025 layouts).
///
/// Read: `Video.Videos.VideoList` (and `Post.Posts`, recently deleted posts) → post with the
/// description; `Comment.Comments.CommentsList` → comment; `Like List.ItemFavoriteList`,
/// `Favorite Videos.FavoriteVideoList` → like; `Share History` → share;
/// `Following List.Following` → follow; `Follower List.FansList` → skipped; the profile's bio →
/// profile. Browsing, search and login history are not the owner's public acts and are not
/// read. Dates are `2024-10-01 12:00:00` (UTC).
enum TikTokExport {
  static func plan(path: String) -> FilePlan {
    let file = FileName(path)
    guard file.ext == "json" else { return file.isData ? .notRead : .ignored }
    return file.stem.contains("user_data") ? .document(document) : .notRead
  }

  /// The sections that hold each list, in the layouts seen (`Activity` and `Your Activity`).
  private static func lists(_ root: Any, _ sections: [String], _ names: [String], _ key: String)
    -> [(String, [Any])]
  {
    var out: [(String, [Any])] = []
    for section in sections {
      for name in names {
        if let list = JSONValue.array(root, section, name, key) {
          out.append(("\(section).\(name).\(key)", list))
        }
      }
    }
    return out
  }

  static func date(_ item: Any) -> Date? {
    (JSONValue.string(item, "Date") ?? JSONValue.string(item, "date")).flatMap(PlatformDate.tiktok)
  }

  static let document: DocumentMapper = { root in
    var out: [(String, Mapping)] = []
    func add(_ found: [(String, [Any])], _ map: (Any) -> Mapping) {
      for (label, list) in found {
        for (i, item) in list.enumerated() { out.append(("\(label)[\(i)]", map(item))) }
      }
    }
    let activity = ["Activity", "Your Activity"]
    let profile =
      JSONValue.object(root, "Profile", "Profile Information", "ProfileMap")
      ?? JSONValue.object(root, "Profile", "Profile Info", "ProfileMap")
    if let bio = JSONValue.string(profile, "bioDescription") {
      out.append(
        (
          "Profile.ProfileMap",
          .activity(Activity(id: "profile", kind: .profile, text: bio, platform: "tiktok"))
        ))
    }
    add(lists(root, ["Video", "Post"], ["Videos", "Posts"], "VideoList")) { item in
      guard let at = date(item) else { return .missing("Date") }
      let text =
        JSONValue.string(item, "Title") ?? JSONValue.string(item, "Desc")
        ?? JSONValue.string(item, "Description")
      return .activity(
        Activity(
          id: "", kind: .post, text: text, at: at, platform: "tiktok", media: [Media(type: .video)],
          url: JSONValue.string(item, "Link")))
    }
    add(lists(root, ["Video", "Post"], ["RecentlyDeletedPosts"], "PostList")) { item in
      guard let at = date(item) else { return .missing("Date") }
      let text = JSONValue.string(item, "Title") ?? JSONValue.string(item, "Desc")
      return .activity(
        Activity(
          id: "", kind: .post, text: text, at: at, platform: "tiktok", media: [Media(type: .video)])
      )
    }
    add(lists(root, ["Comment", "Comments"], ["Comments"], "CommentsList")) { item in
      guard let text = JSONValue.string(item, "comment") ?? JSONValue.string(item, "Comment") else {
        return .missing("comment")
      }
      let url = JSONValue.string(item, "url").flatMap { $0.isEmpty ? nil : $0 }
      return .activity(
        Activity(
          id: "", kind: .comment, text: text, at: date(item), platform: "tiktok",
          target: url.map { Target(kind: .post, url: $0) }))
    }
    let like: (Any) -> Mapping = { item in
      guard let link = JSONValue.string(item, "link") ?? JSONValue.string(item, "Link") else {
        return .missing("link")
      }
      return .activity(
        Activity(
          id: "", kind: .like, at: date(item), platform: "tiktok",
          target: Target(kind: .post, url: link),
          reaction: "like"))
    }
    add(lists(root, activity, ["Like List", "Likes and Favorites"], "ItemFavoriteList"), like)
    add(lists(root, activity, ["Favorite Videos"], "FavoriteVideoList"), like)
    add(lists(root, activity, ["Share History"], "ShareHistoryList")) { item in
      guard let link = JSONValue.string(item, "Link") else { return .missing("Link") }
      return .activity(
        Activity(
          id: "", kind: .share, at: date(item), platform: "tiktok",
          target: Target(kind: .post, url: link)))
    }
    add(lists(root, activity, ["Following List", "Following"], "Following")) { item in
      guard let name = JSONValue.string(item, "UserName") else { return .missing("UserName") }
      return .activity(
        Activity(
          id: "", kind: .follow, at: date(item), platform: "tiktok",
          target: Target(author: "@\(name)", kind: .account)))
    }
    add(lists(root, activity, ["Follower List", "Follower"], "FansList")) { item in
      JSONValue.string(item, "UserName") == nil
        ? .missing("UserName") : .skipped(XArchive.followerReason)
    }
    // The export's owner is the actor of every activity.
    let owner = Actor(
      id: JSONValue.string(profile, "userName").map { "@\($0)" },
      name: JSONValue.string(profile, "displayName")
        ?? JSONValue.string(profile, "userName").map { "@\($0)" })
    guard owner != Actor() else { return out }
    return out.map { label, mapping in
      guard case .activity(var a) = mapping else { return (label, mapping) }
      a.actor = owner
      return (label, .activity(a))
    }
  }
}
