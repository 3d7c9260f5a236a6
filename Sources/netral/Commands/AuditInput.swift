import Foundation
import NetralCore
import NetralImport

/// Opens the audit's inputs through the importer, one stream after another.
enum AuditInput {
  static func records(paths: [String], format: String?, actor: Actor?) throws -> [SourceRecord] {
    #if NETRAL_IMPORTER
      var options = ImportOptions()
      options.actor = actor
      if let format {
        guard let f = InputFormat(rawValue: format) else {
          throw RunError("--input-format: unknown format '\(format)'")
        }
        options.format = f
      }
      return paths.lazy.flatMap { path in try Importer.open(path, options: options) }
    #else
      throw RunError("audit: the importer (NetralImport) has not landed in this build yet")
    #endif
  }
}
