public import Foundation

/// Loads packs. PLACEHOLDER until the YAML loader lands.
public enum PackLoader {
  /// The packs bundled with the library.
  public static func bundled() throws -> [Pack] {
    [Pack(id: "base", title: "Base", source: "bundled:base")]
  }

  /// Loads one user pack.
  public static func load(file: URL) throws -> Pack {
    throw CocoaError(.fileReadUnknown)
  }
}
