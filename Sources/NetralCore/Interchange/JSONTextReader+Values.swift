import Foundation

/// The interchange fields whose strings name a case (`kind`, `actor.type`, `target.kind`,
/// `media[].type`), the usual platforms, and `at`, read from the bytes without building a string. Each gives `nil`
/// for anything else (escapes included): the decoder then reads the string, so that the same
/// errors come out (`not valid UTF-8`, `unknown kind 'tweet'`).
extension JSONTextReader {
  /// The ``Activity/Kind`` the text spells.
  func kind(_ text: JSONText) -> Activity.Kind? {
    switch text.end - text.start {
    case 4:
      return equals(text, "post") ? .post : equals(text, "like") ? .like
        : equals(text, "join") ? .join : nil
    case 5: return equals(text, "share") ? .share : nil
    case 6: return equals(text, "follow") ? .follow : nil
    case 7: return equals(text, "comment") ? .comment : equals(text, "profile") ? .profile : nil
    default: return nil
    }
  }

  /// The ``Actor/Category`` the text spells.
  func actorType(_ text: JSONText) -> Actor.Category? {
    switch text.end - text.start {
    case 3: return equals(text, "pns") ? .pns : nil
    case 4: return equals(text, "pppk") ? .pppk : nil
    case 6: return equals(text, "agency") ? .agency : nil
    case 7: return equals(text, "non_asn") ? .nonASN : equals(text, "unknown") ? .unknown : nil
    default: return nil
    }
  }

  /// The ``Target/Kind`` the text spells.
  func targetKind(_ text: JSONText) -> Target.Kind? {
    switch text.end - text.start {
    case 4: return equals(text, "post") ? .post : equals(text, "page") ? .page : nil
    case 5: return equals(text, "group") ? .group : nil
    case 7: return equals(text, "account") ? .account : nil
    default: return nil
    }
  }

  /// The ``Media/Kind`` the text spells.
  func mediaKind(_ text: JSONText) -> Media.Kind? {
    equals(text, "photo") ? .photo : equals(text, "video") ? .video : nil
  }

  /// The platform names the format lists, as string literals (nothing to build); `nil` for any
  /// other text, which is then read as a string.
  func platform(_ text: JSONText) -> String? {
    switch text.end - text.start {
    case 1: return equals(text, "x") ? "x" : nil
    case 5: return equals(text, "other") ? "other" : nil
    case 6: return equals(text, "tiktok") ? "tiktok" : nil
    case 7: return equals(text, "youtube") ? "youtube" : nil
    case 8:
      return equals(text, "facebook") ? "facebook" : equals(text, "whatsapp") ? "whatsapp" : nil
    case 9: return equals(text, "instagram") ? "instagram" : nil
    default: return nil
    }
  }

  /// The RFC 3339 date the text holds (``RFC3339/parse(_:)`` on its bytes).
  func date(_ text: JSONText) -> Date? {
    guard !text.escaped else { return nil }
    return RFC3339.parse(utf8: UnsafeBufferPointer(rebasing: bytes[text.start..<text.end]))
  }
}
