import Foundation
import NetralCore

/// Reads the records of a platform JSON file one at a time through ``JSONRecordSplitter``.
final class ElementReader: RecordReader {
  private let source: String
  private let path: String
  private let splitter: JSONRecordSplitter
  private let mapper: ElementMapper
  private let finisher: RecordFinisher
  private var position = 0
  private var done = false

  init(
    source: String, path: String, chunks: any ChunkSource, cap: Int,
    mapper: @escaping ElementMapper, finisher: RecordFinisher
  ) {
    self.source = source
    self.path = path
    self.splitter = JSONRecordSplitter(ByteReader(chunks), cap: cap)
    self.mapper = mapper
    self.finisher = finisher
  }

  func next() -> SourceRecord? {
    guard !done else { return nil }
    let item: JSONRecordSplitter.Item
    do {
      item = try splitter.next()
    } catch {
      done = true
      position += 1
      return unreadable("record \(position): \(readFailure(error))")
    }
    switch item {
    case .end:
      done = true
      return nil
    case .broken(let why):
      done = true
      position += 1
      return unreadable(why)
    case .oversized(_, let size):
      position += 1
      return unreadable("record \(position): \(size) bytes, longer than the record limit")
    case .record(let key, let bytes):
      position += 1
      guard
        let object = try? JSONSerialization.jsonObject(
          with: Data(bytes), options: [.fragmentsAllowed])
      else { return unreadable("record \(position): not valid JSON") }
      return finisher.record(
        source: source, path: path, position: position, label: "record \(position)",
        mapper(object, key))
    }
  }

  private func unreadable(_ why: String) -> SourceRecord {
    finisher.record(source: source, position: position, .unreadable(reason: "\(source): \(why)"))
  }
}

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

/// One skipped record for a data file that holds no activities netral audits.
final class NotReadReader: RecordReader {
  private var record: SourceRecord?

  /// The reason such a file is skipped.
  static let reason = "file not read: holds no activities netral audits"

  init(source: String, finisher: RecordFinisher) {
    record = finisher.record(source: source, position: 0, .skipped(reason: Self.reason))
  }

  func next() -> SourceRecord? {
    defer { record = nil }
    return record
  }
}
