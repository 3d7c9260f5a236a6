import Foundation

/// The interchange fields whose strings name a case (`kind`, `actor.type`, `target.kind`,
/// `media[].type`), the usual platforms, and `at`, read from the bytes without building a string. Each gives `nil`
/// for anything else (escapes included): the decoder then reads the string, so that the same
/// errors come out (`not valid UTF-8`, `unknown kind 'tweet'`).
extension JSONTextReader {
  /// The ``Activity/Kind`` the text spells.
  func kind(_ text: JSONText) -> Activity.Kind? {
    switch word(text) {
    case (4, 0x7473_6F70): .post
    case (7, 0x74_6E65_6D6D_6F63): .comment
    case (5, 0x65_7261_6873): .share
    case (4, 0x656B_696C): .like
    case (6, 0x776F_6C6C_6F66): .follow
    case (4, 0x6E69_6F6A): .join
    case (7, 0x65_6C69_666F_7270): .profile
    default: nil
    }
  }

  /// The ``Actor/Category`` the text spells.
  func actorType(_ text: JSONText) -> Actor.Category? {
    switch word(text) {
    case (3, 0x73_6E70): .pns
    case (4, 0x6B70_7070): .pppk
    case (7, 0x6E_7361_5F6E_6F6E): .nonASN
    case (6, 0x7963_6E65_6761): .agency
    case (7, 0x6E_776F_6E6B_6E75): .unknown
    default: nil
    }
  }

  /// The ``Target/Kind`` the text spells.
  func targetKind(_ text: JSONText) -> Target.Kind? {
    switch word(text) {
    case (4, 0x7473_6F70): .post
    case (7, 0x74_6E75_6F63_6361): .account
    case (4, 0x6567_6170): .page
    case (5, 0x70_756F_7267): .group
    default: nil
    }
  }

  /// The ``Media/Kind`` the text spells.
  func mediaKind(_ text: JSONText) -> Media.Kind? {
    switch word(text) {
    case (5, 0x6F_746F_6870): .photo
    case (5, 0x6F_6564_6976): .video
    default: nil
    }
  }

  /// The platform names the format lists, as string literals (nothing to build); `nil` for any
  /// other text, which is then read as a string.
  func platform(_ text: JSONText) -> String? {
    switch word(text) {
    case (1, 0x78): "x"
    case (8, 0x6B6F_6F62_6563_6166): "facebook"
    case (5, 0x72_6568_746F): "other"
    case (6, 0x6B6F_746B_6974): "tiktok"
    case (7, 0x65_6275_7475_6F79): "youtube"
    case (8, 0x7070_6173_7461_6877): "whatsapp"
    case (9, 0x6172_6761_7473_6E69) where bytes[text.end - 1] == 0x6D: "instagram"
    default: nil
    }
  }

  /// The text's length and its first eight bytes as a little-endian integer (`0x7473_6F70` is
  /// `post`), zero past the end; length 0 for a text with escapes, which matches no word.
  private func word(_ text: JSONText) -> (Int, UInt64) {
    let count = text.end - text.start
    guard !text.escaped, count > 0, let base = bytes.baseAddress else { return (0, 0) }
    let n = min(count, 8)
    if text.start &+ 8 <= bytes.count {
      // In bounds: the eight bytes from the text's start lie inside the scanned bytes.
      let w = UnsafeRawPointer(base + text.start).loadUnaligned(as: UInt64.self)
      return (count, n == 8 ? w : w & ((1 &<< (UInt64(n) &* 8)) &- 1))
    }
    var w: UInt64 = 0
    for k in 0..<n { w |= UInt64(base[text.start &+ k]) &<< (UInt64(k) &* 8) }
    return (count, w)
  }

  /// The RFC 3339 date the text holds (``RFC3339/parse(_:)`` on its bytes).
  func date(_ text: JSONText) -> Date? {
    guard !text.escaped else { return nil }
    return RFC3339.parse(utf8: UnsafeBufferPointer(rebasing: bytes[text.start..<text.end]))
  }
}
