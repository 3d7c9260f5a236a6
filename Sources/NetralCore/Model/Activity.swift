import Foundation

/// One thing an account did on a platform: authored a post or comment, or acted on someone
/// else's content (like, share, follow, join), or changed its profile.
///
/// This is the library form of one line of the interchange format (`Docs/ActivityFormat.md`,
/// version 1). Only `id` and `kind` are required.
public struct Activity: Sendable, Hashable {
  /// What kind of act this is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    /// Own post, caption, story or draft.
    case post
    /// Own comment or reply on someone's content.
    case comment
    /// Repost, retweet, quote or forward.
    case share
    /// Any reaction.
    case like
    /// Following an account or page.
    case follow
    /// Joining a group or community.
    case join
    /// Profile picture, frame/twibbon, display name or bio change.
    case profile
  }

  // Optional properties in this file are spelled `Optional<T>`, not `T?`: a `var x: T?` gets an
  // implicit `= nil`, so the initializer stored nils, then the values, and the optimizer copied
  // the finished value (a retain and release of each string, about 650 instructions per decoded
  // activity). The type is the same.

  /// Unique within the input; echoed in the verdict.
  public var id: String
  /// What kind of act this is.
  public var kind: Kind
  /// The actor's own words: post body, comment, quote text on a share, bio.
  public var text: Optional<String>
  /// When it happened; `nil` when unknown.
  public var at: Optional<Date>
  /// Where it happened (`x`, `facebook`, `instagram`, `tiktok`, `youtube`, `whatsapp`, `other`).
  public var platform: Optional<String>
  /// Who did it.
  public var actor: Optional<Actor>
  /// What was liked, shared, commented on, followed or joined.
  public var target: Optional<Target>
  /// For `like`: `like`, `love`, `care`, `haha`, `wow`, `sad`, `angry`.
  public var reaction: Optional<String>
  /// Photos and videos the actor posted.
  public var media: [Media]
  /// Link to the activity itself.
  public var url: Optional<String>

  /// Creates an activity.
  public init(
    id: String, kind: Kind, text: String? = nil, at: Date? = nil, platform: String? = nil,
    actor: Actor? = nil, target: Target? = nil, reaction: String? = nil, media: [Media] = [],
    url: String? = nil
  ) {
    self.id = id
    self.kind = kind
    self.text = text
    self.at = at
    self.platform = platform
    self.actor = actor
    self.target = target
    self.reaction = reaction
    self.media = media
    self.url = url
  }
}

/// Who performed an activity.
public struct Actor: Sendable, Hashable {
  /// The category of employee (or account) the actor is.
  public enum Category: String, Sendable, Hashable, CaseIterable, Codable {
    /// Pegawai Negeri Sipil.
    case pns
    /// Pegawai Pemerintah dengan Perjanjian Kerja.
    case pppk
    /// Honorary and other non-ASN government staff (PPNPN).
    case nonASN = "non_asn"
    /// An official institution account (akun OPD/instansi).
    case agency
    /// Not known.
    case unknown
  }

  /// Platform id of the actor.
  public var id: Optional<String>
  /// Display name.
  public var name: Optional<String>
  /// Category; decides which instruments apply.
  public var type: Category

  /// Creates an actor.
  public init(id: String? = nil, name: String? = nil, type: Category = .unknown) {
    self.id = id
    self.name = name
    self.type = type
  }
}

/// What an interaction acted on.
public struct Target: Sendable, Hashable {
  /// The kind of thing the target is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case post, account, page, group
  }

  /// Display name or @handle of the target's author (or the account, page or group itself).
  public var author: Optional<String>
  /// The target's text.
  public var text: Optional<String>
  /// What the target is.
  public var kind: Optional<Kind>
  /// Link to the target.
  public var url: Optional<String>

  /// Creates a target.
  public init(author: String? = nil, text: String? = nil, kind: Kind? = nil, url: String? = nil) {
    self.author = author
    self.text = text
    self.kind = kind
    self.url = url
  }
}

/// A photo or video the actor posted.
public struct Media: Sendable, Hashable {
  /// Photo or video.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case photo, video
  }

  /// Photo or video.
  public var type: Kind
  /// Alt text, caption, or a human or machine description of what the picture shows.
  public var description: Optional<String>
  /// Names or @handles tagged in it.
  public var people: [String]

  /// Creates a media descriptor.
  public init(type: Kind = .photo, description: String? = nil, people: [String] = []) {
    self.type = type
    self.description = description
    self.people = people
  }
}
