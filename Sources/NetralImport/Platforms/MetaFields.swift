import Foundation
import NetralCore

/// Shapes shared by Facebook and Instagram exports.
enum MetaFields {
  /// A media item's kind from its `uri` (`…/video.mp4` → video).
  static func mediaKind(_ uri: String?) -> Media.Kind {
    let lower = (uri ?? "").lowercased()
    return [".mp4", ".mov", ".m4v", ".webm", ".avi"].contains(where: lower.hasSuffix)
      ? .video : .photo
  }

  /// Names from a `tags`/`tagged_users` list of strings or objects.
  static func people(_ value: Any?) -> [String] {
    guard let list = value as? [Any] else { return [] }
    return list.compactMap { item in
      if let s = item as? String { return s.isEmpty ? nil : s }
      return JSONValue.string(item, "username") ?? JSONValue.string(item, "name")
        ?? JSONValue.string(item, "value") ?? JSONValue.string(item, "user", "username")
    }
  }

  /// The author in a title like "Sri Wahyuni likes Rudi Hartono's post.", "… commented on
  /// Posko Relawan's photo." or, in Indonesian exports, "Sri Wahyuni menyukai kiriman Posko
  /// Relawan." and "… mengomentari foto Rudi Hartono."; `nil` for the owner's own content
  /// ("… on his own post", "kiriman Anda").
  static func titleTarget(_ title: String?) -> String? {
    guard let title else { return nil }
    for marker in ["'s ", "’s "] {
      guard let end = title.range(of: marker, options: .backwards) else { continue }
      let head = title[..<end.lowerBound]
      for verb in [" on ", " likes ", " liked ", " reacted to ", " loves ", " to "] {
        if let start = head.range(of: verb, options: .backwards) {
          let name = head[start.upperBound...].trimmingCharacters(in: .whitespaces)
          if !name.isEmpty { return name }
        }
      }
    }
    if [" on his own ", " on her own ", " on their own ", " on your own "].contains(where: { title.contains($0) }) {
      return nil
    }
    let objects = [
      " kiriman ", " postingan ", " foto ", " video ", " komentar ", " status ", " tautan ",
    ]
    let lower = title.lowercased()
    guard
      let found = objects.compactMap({ lower.range(of: $0, options: .backwards) }).max(by: {
        $0.lowerBound < $1.lowerBound
      })
    else { return nil }
    var name = String(title[found.upperBound...]).trimmingCharacters(in: .whitespaces)
    if name.hasSuffix(".") { name.removeLast() }
    let own = ["anda", "sendiri", "anda sendiri", "dia", "mereka"]
    if name.isEmpty || own.contains(name.lowercased()) || name.lowercased().hasSuffix(" sendiri") {
      return nil
    }
    return name
  }

  /// The activity kind and URL-ish bits of `label_values` records (2024+ Facebook layout):
  /// label → value, and nested `dict` entries flattened by their `title`.
  static func labelValues(_ record: Any?) -> [String: String] {
    var out: [String: String] = [:]
    func visit(_ value: Any?, section: String?) {
      guard let list = value as? [Any] else { return }
      for item in list {
        let title = JSONValue.string(item, "title")
        if let label = JSONValue.string(item, "label") {
          let key = [section, label].compactMap { $0 }.joined(separator: ".").lowercased()
          if out[key] == nil,
            let v = JSONValue.string(item, "value") ?? JSONValue.string(item, "href")
          {
            out[key] = v
          }
        }
        if let nested = (item as? [String: Any])?["dict"] {
          visit(nested, section: title ?? section)
        }
      }
    }
    visit((record as? [String: Any])?["label_values"], section: nil)
    return out
  }
}
