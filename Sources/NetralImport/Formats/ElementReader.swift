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
