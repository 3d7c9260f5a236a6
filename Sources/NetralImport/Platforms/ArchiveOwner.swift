import Foundation
import NetralCore

/// The archive's owner as the archive names them (X's `account.js`).
enum ArchiveOwner {
  static func find(format: InputFormat, files: [InputFile], limits: ArchiveLimits) -> Actor? {
    switch format {
    case .x:
      guard let file = files.first(where: { FileName($0.path).stem == "account" && FileName($0.path).ext == "js" }),
        let chunks = try? file.open()
      else { return nil }
      let splitter = JSONRecordSplitter(ByteReader(chunks), cap: limits.maxRecordSize)
      guard case .record(_, let bytes)? = try? splitter.next(),
        let object = try? JSONSerialization.jsonObject(with: Data(bytes))
      else { return nil }
      let id = JSONValue.string(object, "account", "accountId")
      let name =
        JSONValue.string(object, "account", "accountDisplayName")
        ?? JSONValue.string(object, "account", "username").map { "@\($0)" }
      return id == nil && name == nil ? nil : Actor(id: id, name: name)
    default:
      return nil
    }
  }
}
