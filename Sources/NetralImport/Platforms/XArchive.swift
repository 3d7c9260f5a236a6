import Foundation
import NetralCore

/// The X/Twitter archive (`data/*.js`, each `window.YTD.<name>.partN = [ … ]`).
///
/// Read: `tweets.js` (and `tweets-partN.js`, `tweet.js`), `deleted-tweets.js`,
/// `community-tweet.js`, `note-tweet.js` → post, comment (replies), share (retweets
/// `RT @x: …`, quotes); `like.js` → like with the liked text and `expandedUrl`;
/// `following.js` → follow; `follower.js` → skipped (not the owner's act); `profile.js` → profile
/// (bio). `account.js` names the owner.
enum XArchive {
  static func plan(path: String) -> FilePlan {
    let file = FileName(path)
    guard file.ext == "js" else { return file.isData ? .notRead : .ignored }
    switch file.stem {
    case "tweets", "tweet", "deleted-tweets", "community-tweet": return .elements(tweet)
    case "note-tweet": return .elements(noteTweet)
    case "like": return .elements(like)
    case "following": return .elements(following)
    case "follower": return .elements(follower)
    case "profile": return .elements(profile)
    default: return .notRead
    }
  }

  /// The reason follower records are skipped.
  static let followerReason = "a follower of the account, not its own act"

  static let tweet: ElementMapper = { record, _ in
    let tweet = JSONValue.object(record, "tweet") ?? (record as? [String: Any])
    guard let tweet else { return .invalid(field: "tweet", reason: "expected an object") }
    guard let id = JSONValue.string(tweet, "id_str") ?? JSONValue.string(tweet, "id") else {
      return .missing("id_str")
    }
    guard let created = JSONValue.string(tweet, "created_at") else { return .missing("created_at") }
    guard let at = PlatformDate.x(created) else {
      return .invalid(field: "created_at", reason: "not an x date '\(created)'")
    }
    guard
      let fullText = (JSONValue.string(tweet, "full_text") ?? JSONValue.string(tweet, "text"))
        .map(unescape)
    else { return .missing("full_text") }
    var activity = Activity(
      id: id, kind: .post, text: fullText, at: at, platform: "x",
      url: "https://x.com/i/web/status/\(id)")
    activity.media = media(tweet)
    if let retweet = retweetParts(fullText) {
      activity.kind = .share
      activity.text = nil
      activity.target = Target(author: retweet.author, text: retweet.text, kind: .post)
    } else if let replyTo = JSONValue.string(tweet, "in_reply_to_status_id_str")
      ?? JSONValue.string(tweet, "in_reply_to_status_id")
    {
      activity.kind = .comment
      let author = JSONValue.string(tweet, "in_reply_to_screen_name")
      activity.target = Target(
        author: author.map { "@\($0)" }, kind: .post,
        url: "https://x.com/\(author ?? "i/web")/status/\(replyTo)")
    } else if let quoted = quotedStatus(tweet, text: fullText) {
      activity.kind = .share
      activity.text = quoted.ownText
      activity.target = Target(author: quoted.author, kind: .post, url: quoted.url)
    }
    return .activity(activity)
  }

  static let noteTweet: ElementMapper = { record, _ in
    let note = JSONValue.object(record, "noteTweet") ?? (record as? [String: Any])
    guard let id = JSONValue.string(note, "noteTweetId") else { return .missing("noteTweetId") }
    guard let text = JSONValue.string(note, "core", "text") else { return .missing("core.text") }
    let at = JSONValue.string(note, "createdAt").flatMap { RFC3339.parse($0) }
    return .activity(Activity(id: "note:\(id)", kind: .post, text: text, at: at, platform: "x"))
  }

  static let like: ElementMapper = { record, _ in
    guard let like = JSONValue.object(record, "like") else { return .missing("like") }
    guard let tweetId = JSONValue.string(like, "tweetId") else { return .missing("like.tweetId") }
    let url = JSONValue.string(like, "expandedUrl") ?? "https://x.com/i/web/status/\(tweetId)"
    return .activity(
      Activity(
        id: "like:\(tweetId)", kind: .like, platform: "x",
        target: Target(
          text: JSONValue.string(like, "fullText").map(unescape), kind: .post, url: url),
        reaction: "like"))
  }

  static let following: ElementMapper = { record, _ in
    guard let account = JSONValue.string(record, "following", "accountId") else {
      return .missing("following.accountId")
    }
    let link =
      JSONValue.string(record, "following", "userLink")
      ?? "https://twitter.com/intent/user?user_id=\(account)"
    return .activity(
      Activity(
        id: "follow:\(account)", kind: .follow, platform: "x",
        target: Target(kind: .account, url: link)))
  }

  static let follower: ElementMapper = { record, _ in
    guard JSONValue.string(record, "follower", "accountId") != nil else {
      return .missing("follower.accountId")
    }
    return .skipped(followerReason)
  }

  static let profile: ElementMapper = { record, _ in
    guard let profile = JSONValue.object(record, "profile") else { return .missing("profile") }
    let bio = JSONValue.string(profile, "description", "bio")
    var activity = Activity(id: "profile", kind: .profile, text: bio, platform: "x")
    if JSONValue.string(profile, "avatarMediaUrl") != nil
      || JSONValue.string(profile, "headerMediaUrl") != nil,
      bio == nil
    {
      return .skipped("profile picture without a description")
    }
    activity.url = JSONValue.string(profile, "description", "website")
    return .activity(activity)
  }

  /// X escapes `&`, `<` and `>` in tweet text as HTML entities; the text as written.
  static func unescape(_ text: String) -> String {
    guard text.contains("&") else { return text }
    return text.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">")
      .replacingOccurrences(of: "&amp;", with: "&")
  }

  /// `RT @handle: text` → the retweeted author and text.
  static func retweetParts(_ text: String) -> (author: String, text: String?)? {
    guard text.hasPrefix("RT @") else { return nil }
    let rest = text.dropFirst(3)
    guard let colon = rest.firstIndex(of: ":") else { return (String(rest), nil) }
    let body = rest[rest.index(after: colon)...].drop(while: { $0 == " " })
    return (String(rest[..<colon]), body.isEmpty ? nil : String(body))
  }

  /// A tweet ending in a link to another status is a quote.
  static func quotedStatus(_ tweet: [String: Any], text: String)
    -> (ownText: String?, author: String?, url: String)?
  {
    guard let urls = JSONValue.array(tweet, "entities", "urls"), let last = urls.last,
      let expanded = JSONValue.string(last, "expanded_url"),
      let short = JSONValue.string(last, "url"), text.hasSuffix(short),
      let url = URL(string: expanded), let host = url.host,
      ["twitter.com", "x.com", "mobile.twitter.com", "www.twitter.com"].contains(host),
      url.pathComponents.count >= 4, url.pathComponents[2] == "status"
    else { return nil }
    let own = text.dropLast(short.count).trimmingCharacters(in: .whitespaces)
    let author = url.pathComponents[1]
    return (own.isEmpty ? nil : own, author == "i" ? nil : "@\(author)", expanded)
  }

  private static func media(_ tweet: [String: Any]) -> [Media] {
    let list =
      JSONValue.array(tweet, "extended_entities", "media") ?? JSONValue.array(
        tweet, "entities", "media")
      ?? []
    return list.map { item in
      let type = JSONValue.string(item, "type")
      return Media(
        type: type == "video" || type == "animated_gif" ? .video : .photo,
        description: JSONValue.string(item, "ext_alt_text"))
    }
  }
}
