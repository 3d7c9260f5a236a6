/// The object keys the interchange decoder knows, matched on raw UTF-8 bytes (no string is
/// built for a key).
enum FieldName {
  case id, kind, text, at, platform, reaction, url, actor, target, media
  case name, type, author, description, people
  /// Any other key: its value is skipped.
  case unknown

  /// The field `bytes` names.
  static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldName {
    if bytes.count == 11 {
      // "description", compared as eight bytes and then the last four.
      var head: UInt64 = 0
      var tail: UInt64 = 0
      for k in 0..<8 { head |= UInt64(bytes[k]) << (k * 8) }
      for k in 0..<4 { tail |= UInt64(bytes[7 + k]) << (k * 8) }
      return head == 0x7470_6972_6373_6564 && tail == 0x6E6F_6974 ? .description : .unknown
    }
    guard bytes.count <= 8 else { return .unknown }
    var word: UInt64 = 0
    for (k, b) in bytes.enumerated() { word |= UInt64(b) << (k * 8) }
    return match(word: word, count: bytes.count)
  }

  /// The field named by the first `count` (at most 8) bytes of `word`, read little-endian
  /// (`0x6469` is `"id"`); the bytes after them are ignored. One masked compare per candidate.
  @inline(__always)
  static func match(word: UInt64, count: Int) -> FieldName {
    let key = count >= 8 ? word : word & ((1 &<< (UInt64(count) &* 8)) &- 1)
    switch count {
    case 2: return key == 0x6469 ? .id : key == 0x7461 ? .at : .unknown
    case 3: return key == 0x6C_7275 ? .url : .unknown
    case 4:
      switch key {
      case 0x646E_696B: return .kind
      case 0x7478_6574: return .text
      case 0x656D_616E: return .name
      case 0x6570_7974: return .type
      default: return .unknown
      }
    case 5: return key == 0x72_6F74_6361 ? .actor : key == 0x61_6964_656D ? .media : .unknown
    case 6:
      switch key {
      case 0x7465_6772_6174: return .target
      case 0x726F_6874_7561: return .author
      case 0x656C_706F_6570: return .people
      default: return .unknown
      }
    case 8:
      switch key {
      case 0x6D72_6F66_7461_6C70: return .platform
      case 0x6E6F_6974_6361_6572: return .reaction
      default: return .unknown
      }
    default: return .unknown
    }
  }
}
