import Foundation
import NetralCore

/// The archive's owner as the archive names them: X's `account.js`, Facebook's
/// `profile_information.json`, Instagram's `personal_information.json`. (TikTok's profile sits
/// in `user_data.json` itself and is read with it.)
enum ArchiveOwner {
  static func find(format: InputFormat, files: [InputFile], limits: ArchiveLimits) -> Actor? {
    switch format {
    case .x:
      guard let object = firstRecord(files, stem: "account", ext: "js", limits: limits) else {
        return nil
      }
      let id = JSONValue.string(object, "account", "accountId")
      let name =
        JSONValue.string(object, "account", "accountDisplayName")
        ?? JSONValue.string(object, "account", "username").map { "@\($0)" }
      return actor(id: id, name: name)
    case .facebook:
      guard
        let object = firstRecord(files, stem: "profile_information", ext: "json", limits: limits)
      else { return nil }
      let profile = MojibakeRepair.repair(json: object)
      return actor(id: nil, name: JSONValue.string(profile, "name", "full_name"))
    case .instagram:
      guard
        let object = firstRecord(files, stem: "personal_information", ext: "json", limits: limits)
      else { return nil }
      let fields = JSONValue.object(MojibakeRepair.repair(json: object), "string_map_data")
      let username = JSONValue.string(fields, "Username", "value").map { "@\($0)" }
      return actor(id: username, name: JSONValue.string(fields, "Name", "value") ?? username)
    case .jsonl, .csv, .tiktok:
      return nil
    }
  }

  private static func actor(id: String?, name: String?) -> Actor? {
    id == nil && name == nil ? nil : Actor(id: id, name: name)
  }

  /// The first record of the file named `stem.ext` (for Meta files: the first member's value
  /// or the first element of its array, e.g. `profile_v2` or `profile_user[0]`).
  private static func firstRecord(
    _ files: [InputFile], stem: String, ext: String, limits: ArchiveLimits
  )
    -> Any?
  {
    guard
      let file = files.first(where: {
        FileName($0.path).stem == stem && FileName($0.path).ext == ext
      }),
      let chunks = try? file.open()
    else { return nil }
    let splitter = JSONRecordSplitter(ByteReader(chunks), cap: limits.maxRecordSize)
    guard case .record(_, let bytes)? = try? splitter.next() else { return nil }
    return try? JSONSerialization.jsonObject(with: Data(bytes))
  }
}
