/// The object keys the interchange decoder knows, matched on raw UTF-8 bytes (no string is
/// built for a key).
enum FieldName {
  case id, kind, text, at, platform, reaction, url, actor, target, media
  case name, type, author, description, people
  /// Any other key: its value is skipped.
  case unknown

  /// The field `bytes` names.
  static func match(_ bytes: UnsafeBufferPointer<UInt8>) -> FieldName {
    func equals(_ word: StaticString) -> Bool {
      word.utf8CodeUnitCount == bytes.count
        && memoryEquals(word.utf8Start, bytes.baseAddress, bytes.count)
    }
    switch bytes.count {
    case 2: return equals("id") ? .id : equals("at") ? .at : .unknown
    case 3: return equals("url") ? .url : .unknown
    case 4:
      return equals("kind") ? .kind : equals("text") ? .text : equals("name") ? .name
        : equals("type") ? .type : .unknown
    case 5: return equals("actor") ? .actor : equals("media") ? .media : .unknown
    case 6:
      return equals("target") ? .target : equals("author") ? .author
        : equals("people") ? .people : .unknown
    case 8: return equals("platform") ? .platform : equals("reaction") ? .reaction : .unknown
    case 11: return equals("description") ? .description : .unknown
    default: return .unknown
    }
  }

  private static func memoryEquals(
    _ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>?, _ count: Int
  ) -> Bool {
    guard let b else { return count == 0 }
    for i in 0..<count where a[i] != b[i] { return false }
    return true
  }
}
