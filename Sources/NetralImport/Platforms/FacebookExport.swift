import Foundation
import NetralCore

/// The Facebook "Download Your Information" export in JSON (2021–2025 layouts).
///
/// Read: own posts (`your_posts_N.json`, `your_posts__check_ins__photos_and_videos_N.json`,
/// `posts_on_other_pages_and_profiles.json`) → post/share; comments (`comments.json`,
/// `your_comments_in_groups.json`) → comment; reactions (`likes_and_reactions_N.json`,
/// `posts_and_comments.json`) → like; `pages_you've_liked.json` → like of a page;
/// `pages_and_profiles_you_follow.json`, `who_you've_followed.json` → follow;
/// `your_group_membership_activity.json` → join; `profile_update_history.json` → profile.
/// Every string is repaired with ``MojibakeRepair``; timestamps are epoch seconds.
enum FacebookExport {
  static func plan(path: String) -> FilePlan {
    let file = FileName(path)
    guard file.ext == "json" else { return file.isData ? .notRead : .ignored }
    let mapper: ElementMapper?
    switch file.stem {
    case "your_posts", "your_posts__check_ins__photos_and_videos",
      "posts_on_other_pages_and_profiles":
      mapper = post
    case "comments", "your_comments_in_groups": mapper = comment
    case "likes_and_reactions", "posts_and_comments": mapper = reaction
    case "pages_you've_liked": mapper = pageLike
    case "pages_and_profiles_you_follow", "who_you've_followed", "pages_you_follow", "following":
      mapper = follow
    case "your_group_membership_activity", "group_membership_activity": mapper = groupJoin
    case "profile_update_history": mapper = profileUpdate
    default: mapper = nil
    }
    guard let mapper else { return .notRead }
    return .elements { record, key in mapper(MojibakeRepair.repair(json: record), key) }
  }

  static func timestamp(_ record: Any) -> Date? {
    PlatformDate.epoch(
      JSONValue.number(record, "timestamp") ?? JSONValue.number(record, "creation_timestamp"))
  }

  /// The `data[]` entries of a record.
  static func data(_ record: Any) -> [Any] { JSONValue.array(record, "data") ?? [] }

  /// Media and links in `attachments` (a list, or an object in older exports).
  static func attachments(_ record: Any) -> (media: [Media], link: String?) {
    var entries: [Any] = []
    let raw = (record as? [String: Any])?["attachments"]
    if let list = raw as? [Any] {
      for item in list { entries += JSONValue.array(item, "data") ?? [] }
    } else if let object = raw as? [String: Any] {
      entries += JSONValue.array(object, "data") ?? []
    }
    var media: [Media] = []
    var link: String?
    for entry in entries {
      if let item = JSONValue.object(entry, "media") {
        let description = JSONValue.string(item, "description") ?? JSONValue.string(item, "title")
        media.append(
          Media(type: MetaFields.mediaKind(JSONValue.string(item, "uri")), description: description)
        )
      }
      if link == nil { link = JSONValue.string(entry, "external_context", "url") }
    }
    return (media, link)
  }

  static let post: ElementMapper = { record, _ in
    guard let at = timestamp(record) else { return .missing("timestamp") }
    let labels = MetaFields.labelValues(record)
    let text =
      data(record).lazy.compactMap { JSONValue.string($0, "post") }.first
      ?? labels["text"] ?? labels["post"]
    var (media, link) = attachments(record)
    let tags = MetaFields.people((record as? [String: Any])?["tags"])
    if !tags.isEmpty {
      if media.isEmpty { media.append(Media(type: .photo)) }
      media[0].people = tags
    }
    link = link ?? labels["url"]
    var activity = Activity(
      id: "", kind: .post, text: text, at: at, platform: "facebook", media: media)
    let title = JSONValue.string(record, "title") ?? ""
    if let link, text == nil || title.contains(" shared ") {
      activity.kind = .share
      activity.target = Target(author: MetaFields.titleTarget(title), kind: .post, url: link)
    } else if let author = MetaFields.titleTarget(title) {
      activity.target = Target(author: author, kind: .post)
    }
    return .activity(activity)
  }

  static let comment: ElementMapper = { record, _ in
    guard let at = timestamp(record) else { return .missing("timestamp") }
    let comment = data(record).lazy.compactMap { JSONValue.object($0, "comment") }.first
    let labels = MetaFields.labelValues(record)
    let text = JSONValue.string(comment, "comment") ?? labels["comment"] ?? labels["text"]
    let author =
      MetaFields.titleTarget(JSONValue.string(record, "title")) ?? JSONValue.string(
        comment, "group")
      ?? labels["author.name"]
    let target = author.map { Target(author: $0, kind: .post) }
    let (media, _) = attachments(record)
    return .activity(
      Activity(
        id: "", kind: .comment, text: text, at: at, platform: "facebook", target: target,
        media: media))
  }

  /// Facebook's reaction names → the interchange names.
  static func reactionName(_ raw: String?) -> String {
    switch raw?.lowercased() {
    case "love": "love"
    case "care", "support": "care"
    case "haha": "haha"
    case "wow": "wow"
    case "sad", "sorry": "sad"
    case "angry", "anger": "angry"
    default: "like"
    }
  }

  static let reaction: ElementMapper = { record, _ in
    guard let at = timestamp(record) else { return .missing("timestamp") }
    let labels = MetaFields.labelValues(record)
    let raw =
      data(record).lazy.compactMap { JSONValue.string($0, "reaction", "reaction") }.first
      ?? labels["reaction"]
    let author =
      MetaFields.titleTarget(JSONValue.string(record, "title")) ?? labels["author.name"]
      ?? labels["page.name"] ?? labels["group.name"]
    let target = Target(author: author, kind: .post, url: labels["url"])
    return .activity(
      Activity(
        id: "", kind: .like, at: at, platform: "facebook", target: target,
        reaction: reactionName(raw)))
  }

  static let pageLike: ElementMapper = { record, _ in
    guard let name = JSONValue.string(record, "name") ?? JSONValue.string(record, "title") else {
      return .missing("name")
    }
    return .activity(
      Activity(
        id: "", kind: .like, at: timestamp(record), platform: "facebook",
        target: Target(author: name, kind: .page, url: JSONValue.string(record, "url")),
        reaction: "like"))
  }

  static let follow: ElementMapper = { record, key in
    let name =
      data(record).lazy.compactMap { JSONValue.string($0, "name") }.first
      ?? JSONValue.string(record, "name") ?? JSONValue.string(record, "title")
    guard let name else { return .missing("name") }
    let kind: Target.Kind = key == "following_v3" ? .account : .page
    return .activity(
      Activity(
        id: "", kind: .follow, at: timestamp(record), platform: "facebook",
        target: Target(author: name, kind: kind)))
  }

  /// The reason leaving a group is skipped.
  static let leftGroup = "left a group, not a membership"

  static let groupJoin: ElementMapper = { record, _ in
    guard let at = timestamp(record) else { return .missing("timestamp") }
    let title = JSONValue.string(record, "title") ?? ""
    let lower = title.lowercased()
    if lower.contains(" left ") || lower.contains("keluar dari") || lower.hasPrefix("left ") {
      return .skipped(leftGroup)
    }
    let name = data(record).lazy.compactMap { JSONValue.string($0, "name") }.first ?? title
    guard !name.isEmpty else { return .missing("data.name") }
    return .activity(
      Activity(
        id: "", kind: .join, at: at, platform: "facebook",
        target: Target(author: name, kind: .group)))
  }

  static let profileUpdate: ElementMapper = { record, _ in
    guard let at = timestamp(record) else { return .missing("timestamp") }
    let (media, _) = attachments(record)
    let text = data(record).lazy.compactMap { JSONValue.string($0, "post") }.first
    var activity = Activity(
      id: "", kind: .profile, text: text, at: at, platform: "facebook", media: media)
    if media.isEmpty, text == nil, let title = JSONValue.string(record, "title") {
      activity.media = [Media(type: .photo, description: title)]
    }
    return .activity(activity)
  }
}
