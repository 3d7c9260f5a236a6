import Foundation
import NetralCore

/// Reads a whole JSON document (bounded by the entry limit) and maps it at once.
final class DocumentReader: RecordReader {
  private var records: IndexingIterator<[SourceRecord]>

  init(
    source: String, path: String, chunks: any ChunkSource, limit: UInt64, mapper: DocumentMapper,
    finisher: RecordFinisher
  ) {
    var data = Data()
    var failure: String?
    do {
      while let chunk = try chunks.nextChunk() {
        data.append(contentsOf: chunk)
        if UInt64(data.count) > limit {
          failure = "larger than the limit of \(limit) bytes"
          break
        }
      }
    } catch {
      failure = readFailure(error)
    }
    var list: [SourceRecord] = []
    if failure == nil {
      if let document = try? JSONSerialization.jsonObject(with: data, options: []) {
        for (i, entry) in mapper(document).enumerated() {
          list.append(
            finisher.record(
              source: source, path: path, position: i + 1, label: entry.label, entry.mapping))
        }
      } else {
        failure = data.isEmpty ? "empty file" : "not valid JSON (truncated or damaged)"
      }
    }
    if let failure {
      list.append(
        finisher.record(source: source, position: 1, .unreadable(reason: "\(source): \(failure)")))
    }
    records = list.makeIterator()
  }

  func next() -> SourceRecord? { records.next() }
}
