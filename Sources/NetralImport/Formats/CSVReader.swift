import Foundation
import NetralCore

/// Reads activities from CSV with the documented header, one row at a time.
///
/// The first row names the columns (any order, unknown ones ignored): `id`, `kind`, `text`,
/// `at`, `platform`, `actor_id`, `actor_name`, `actor_type`, `target_author`, `target_text`,
/// `target_kind`, `target_url`, `reaction`, `url`, `media_type`, `media_description`,
/// `media_people` (names separated by `|`). Fields follow RFC 4180: quoted fields may hold
/// commas, doubled quotes and line breaks. Rows keep their starting line as position.
final class CSVReader: RecordReader {
  /// The columns netral reads.
  static let columns = [
    "id", "kind", "text", "at", "platform", "actor_id", "actor_name", "actor_type",
    "target_author", "target_text", "target_kind", "target_url", "reaction", "url", "media_type",
    "media_description", "media_people",
  ]

  private let source: String
  private let bytes: ByteReader
  private let cap: Int
  private let finisher: RecordFinisher
  private var header: [String]?
  private var line = 1
  private var done = false

  init(source: String, chunks: any ChunkSource, cap: Int, finisher: RecordFinisher) {
    self.source = source
    self.bytes = ByteReader(chunks)
    self.cap = cap
    self.finisher = finisher
  }

  func next() -> SourceRecord? {
    while !done {
      let start = line
      let row: Row
      do {
        guard let read = try readRow() else {
          done = true
          return nil
        }
        row = read
      } catch {
        done = true
        return finisher.record(
          source: source, position: start,
          .unreadable(reason: "\(source):\(start): \(readFailure(error))"))
      }
      if let problem = row.problem {
        if header == nil { done = true }
        return finisher.record(
          source: source, position: start, .unreadable(reason: "\(source):\(start): \(problem)"))
      }
      guard let header else {
        var names = row.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let first = names.first, first.hasPrefix("\u{FEFF}") {
          names[0] = String(first.dropFirst())
        }
        guard names.contains("id"), names.contains("kind") else {
          done = true
          return finisher.record(
            source: source, position: start,
            .unreadable(reason: "\(source):\(start): header must name 'id' and 'kind' columns"))
        }
        self.header = names
        continue
      }
      if row.fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
        return finisher.record(
          source: source, position: start, .skipped(reason: JSONLinesReader.blankLine))
      }
      return finisher.record(
        source: source, position: start, content(row.fields, header: header, line: start))
    }
    return nil
  }

  private func content(_ fields: [String], header: [String], line: Int) -> SourceRecord.Content {
    if fields.count > header.count {
      return .unreadable(
        reason: "\(source):\(line): \(fields.count) fields, header has \(header.count)")
    }
    var value: [String: String] = [:]
    for (name, field) in zip(header, fields) where !field.isEmpty { value[name] = field }
    var object: [String: Any] = [:]
    for key in ["id", "kind", "text", "at", "platform", "reaction", "url"] {
      object[key] = value[key]
    }
    var actor: [String: Any] = [:]
    actor["id"] = value["actor_id"]
    actor["name"] = value["actor_name"]
    actor["type"] = value["actor_type"]
    if !actor.isEmpty { object["actor"] = actor }
    var target: [String: Any] = [:]
    target["author"] = value["target_author"]
    target["text"] = value["target_text"]
    target["kind"] = value["target_kind"]
    target["url"] = value["target_url"]
    if !target.isEmpty { object["target"] = target }
    if value["media_type"] != nil || value["media_description"] != nil
      || value["media_people"] != nil
    {
      var media: [String: Any] = [:]
      media["type"] = value["media_type"]
      media["description"] = value["media_description"]
      media["people"] = value["media_people"].map {
        $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      }
      object["media"] = [media]
    }
    do {
      return finisher.finish(
        try ActivityDecoder().decode(object: object, source: source, line: line))
    } catch {
      return .unreadable(reason: "\(error)")
    }
  }

  private struct Row {
    var fields: [String] = []
    var problem: String?
  }

  /// Reads one row; `nil` at the end of the input.
  private func readRow() throws -> Row? {
    guard try bytes.peek() != nil else { return nil }
    var row = Row()
    var field: [UInt8] = []
    var size = 0
    var quoted = false
    var atFieldStart = true
    func endField() {
      if let bad = UTF8Validation.firstInvalidByte(in: field), row.problem == nil {
        row.problem = "not valid utf-8 in field \(row.fields.count + 1) at byte \(bad)"
      }
      row.fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      atFieldStart = true
    }
    while let b = try bytes.next() {
      size += 1
      if size > cap, row.problem == nil { row.problem = "row longer than \(cap) bytes" }
      if b == 10 { line += 1 }
      if quoted {
        if b == 34 {
          if try bytes.peek() == 34 {
            _ = try bytes.next()
            field.append(34)
          } else {
            quoted = false
          }
        } else if field.count < cap {
          field.append(b)
        }
        continue
      }
      switch b {
      case 34 where atFieldStart:
        quoted = true
        atFieldStart = false
      case 44:
        endField()
      case 10:
        if field.last == 13 { field.removeLast() }
        endField()
        return row
      default:
        atFieldStart = false
        if field.count < cap { field.append(b) }
      }
    }
    if quoted, row.problem == nil { row.problem = "truncated: quoted field never closed" }
    if field.last == 13 { field.removeLast() }
    endField()
    return row
  }
}
