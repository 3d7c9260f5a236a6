import Foundation
import NetralCore

/// The Instagram data export in JSON (2022–2025 layouts).
///
/// Read: `posts_N.json`, `reels.json`, `stories.json` → post with caption, media and tagged
/// people; `liked_posts.json`, `liked_comments.json`, `story_likes.json` → like;
/// `post_comments_N.json`, `reels_comments.json` → comment; `following.json` → follow;
/// `followers_N.json` → skipped (not the owner's act). Strings are repaired with
/// ``MojibakeRepair``; timestamps are epoch seconds.
enum InstagramExport {
  static func plan(path: String) -> FilePlan {
    let file = FileName(path)
    guard file.ext == "json" else { return file.isData ? .notRead : .ignored }
    let mapper: ElementMapper?
    switch file.stem {
    case "posts", "reels", "stories", "igtv_videos": return .document(posts)
    case "profile_photos": mapper = profilePhoto
    case "liked_posts", "liked_comments", "story_likes": mapper = like
    case "post_comments", "reels_comments", "comments": mapper = comment
    case "following", "accounts_you've_followed": mapper = follow
    case "followers": mapper = follower
    default: mapper = nil
    }
    guard let mapper else { return .notRead }
    return .elements { record, key in mapper(MojibakeRepair.repair(json: record), key) }
  }

  /// The first `string_list_data` entry of a record.
  static func firstString(_ record: Any) -> Any? {
    JSONValue.array(record, "string_list_data")?.first
  }

  static let post: ElementMapper = { record, _ in
    let items = JSONValue.array(record, "media") ?? [record]
    let caption =
      JSONValue.string(record, "title")
      ?? items.lazy.compactMap { JSONValue.string($0, "title") }.first
    let stamp =
      JSONValue.number(record, "creation_timestamp")
      ?? items.lazy.compactMap { JSONValue.number($0, "creation_timestamp") }.first
    guard let at = PlatformDate.epoch(stamp) else { return .missing("creation_timestamp") }
    let postPeople = MetaFields.people((record as? [String: Any])?["tagged_users"])
    var media: [Media] = items.compactMap { item in
      guard let uri = JSONValue.string(item, "uri") else { return nil }
      let people =
        MetaFields.people((item as? [String: Any])?["tagged_users"])
        + MetaFields.people((item as? [String: Any])?["usertags"])
      return Media(type: MetaFields.mediaKind(uri), people: people)
    }
    if !postPeople.isEmpty {
      if media.isEmpty { media.append(Media(type: .photo)) }
      media[0].people += postPeople
    }
    return .activity(
      Activity(id: "", kind: .post, text: caption, at: at, platform: "instagram", media: media))
  }

  /// Whether a JSON object is one post (rather than a wrapper holding a list of posts).
  static func isPost(_ value: Any) -> Bool {
    guard let object = value as? [String: Any] else { return false }
    return object["uri"] != nil
      || (object["media"] is [Any]
        && (object["creation_timestamp"] != nil || object["title"] != nil))
  }

  /// Post files: an array of posts, one post, or an object whose array members hold posts
  /// (`ig_stories`, `ig_reels_media`). Read whole: these files hold captions, not media bytes.
  static let posts: DocumentMapper = { document in
    let root = MojibakeRepair.repair(json: document)
    var lists: [(String, [Any])] = []
    if let list = root as? [Any] {
      lists = [("record", list)]
    } else if isPost(root) {
      lists = [("record", [root])]
    } else if let object = root as? [String: Any] {
      for key in object.keys.sorted() {
        if let list = object[key] as? [Any] { lists.append((key, list)) }
      }
    }
    return lists.flatMap { label, list in
      list.enumerated().map { i, item in ("\(label) \(i + 1)", post(item, nil)) }
    }
  }

  static let profilePhoto: ElementMapper = { record, _ in
    guard let at = PlatformDate.epoch(JSONValue.number(record, "creation_timestamp")) else {
      return .missing("creation_timestamp")
    }
    let media = Media(type: .photo, description: JSONValue.string(record, "title"))
    return .activity(
      Activity(id: "", kind: .profile, at: at, platform: "instagram", media: [media]))
  }

  static let like: ElementMapper = { record, key in
    let entry = firstString(record)
    let author = JSONValue.string(record, "title")
    let stamp = JSONValue.number(entry, "timestamp") ?? JSONValue.number(record, "timestamp")
    guard let at = PlatformDate.epoch(stamp) else { return .missing("string_list_data.timestamp") }
    let url = JSONValue.string(entry, "href")
    return .activity(
      Activity(
        id: "", kind: .like, at: at, platform: "instagram",
        target: Target(author: author.map { "@\($0)" }, kind: .post, url: url), reaction: "like"))
  }

  static let comment: ElementMapper = { record, _ in
    let fields = JSONValue.object(record, "string_map_data")
    guard let text = JSONValue.string(fields, "Comment", "value") else {
      return .missing("string_map_data.Comment.value")
    }
    let owner = JSONValue.string(fields, "Media Owner", "value")
    let at = PlatformDate.epoch(JSONValue.number(fields, "Time", "timestamp"))
    return .activity(
      Activity(
        id: "", kind: .comment, text: text, at: at, platform: "instagram",
        target: owner.map { Target(author: "@\($0)", kind: .post) }))
  }

  static let follow: ElementMapper = { record, _ in
    let entry = firstString(record)
    guard let name = JSONValue.string(entry, "value") ?? JSONValue.string(record, "title") else {
      return .missing("string_list_data.value")
    }
    return .activity(
      Activity(
        id: "", kind: .follow, at: PlatformDate.epoch(JSONValue.number(entry, "timestamp")),
        platform: "instagram",
        target: Target(author: "@\(name)", kind: .account, url: JSONValue.string(entry, "href"))))
  }

  static let follower: ElementMapper = { record, _ in
    guard firstString(record) != nil || JSONValue.string(record, "title") != nil else {
      return .missing("string_list_data")
    }
    return .skipped(XArchive.followerReason)
  }
}
