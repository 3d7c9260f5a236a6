import NetralCore
import NetralImport

/// Opens the audit's inputs through the importer: every path is opened (and refused) before
/// the audit starts, then read lazily one after another.
enum AuditInput {
  static func records(paths: [String], format: InputFormat?, actor: Actor?) throws
    -> FlattenSequence<[RecordStream.Pending]>
  {
    let options = ImportOptions(actor: actor, format: format)
    do {
      return try paths.map { try Importer.open($0, options: options).pending }.joined()
    } catch let error as ImportError {
      throw RunError(error.description)
    } catch {
      throw RunError(String(describing: error))
    }
  }
}
