import NetralCore

/// A lazy, single-pass sequence of every record of every file of an input, in input order.
///
/// Records are read as they are asked for: a caller sees the first record before the rest of
/// the input is read, and memory stays bounded by ``ArchiveLimits``.
public struct RecordStream: Sequence, IteratorProtocol {
  private let pipeline: Pipeline

  init(files: [InputFile], reader: @escaping (InputFile) throws -> any RecordReader) {
    pipeline = Pipeline(files: files, reader: reader)
  }

  /// The next record; `nil` once every file is read.
  public mutating func next() -> SourceRecord? { pipeline.next()?.resolve() }

  /// The same records, each possibly not yet decoded: an audit resolves them on its worker
  /// threads, so JSON Lines are parsed on all cores. Iterating it advances this stream.
  public var pending: Pending { Pending(pipeline: pipeline) }

  /// The records of a ``RecordStream`` as ``PendingRecord``s, in input order.
  public struct Pending: Sequence, IteratorProtocol {
    fileprivate let pipeline: Pipeline

    /// The next record; `nil` once every file is read.
    public mutating func next() -> PendingRecord? { pipeline.next() }
  }

  /// Reads files one after another, opening each only when the previous one is done.
  fileprivate final class Pipeline {
    private var files: IndexingIterator<[InputFile]>
    private let reader: (InputFile) throws -> any RecordReader
    private var current: (any RecordReader)?

    init(files: [InputFile], reader: @escaping (InputFile) throws -> any RecordReader) {
      self.files = files.makeIterator()
      self.reader = reader
    }

    func next() -> PendingRecord? {
      while true {
        if let current, let record = current.nextPending() { return record }
        current = nil
        guard let file = files.next() else { return nil }
        do {
          current = try reader(file)
        } catch {
          return PendingRecord(
            SourceRecord(
              source: file.source, position: 0, id: "\(file.source):0",
              content: .unreadable(reason: "\(file.source): \(readFailure(error))")))
        }
      }
    }
  }
}

/// Produces the records of one file, one at a time.
protocol RecordReader: AnyObject {
  /// The next record of the file; `nil` at its end.
  func next() -> SourceRecord?
  /// The next record of the file, whose decoding may be left to the caller's worker threads;
  /// `nil` at its end.
  func nextPending() -> PendingRecord?
}

extension RecordReader {
  /// The next record, read in full here.
  func nextPending() -> PendingRecord? { next().map(PendingRecord.init) }
}

/// One file of an input: a file on disk, standard input, or a zip entry.
struct InputFile {
  /// The name records carry (`export.zip:data/tweets.js`).
  var source: String
  /// The path inside the archive or folder, with `/` separators (`data/tweets.js`).
  var path: String
  /// Opens the file's bytes.
  var open: () throws -> any ChunkSource
}

/// A read error as a record's reason: an ``ImportError``'s own reason, or `read failed: …`.
func readFailure(_ error: any Error) -> String {
  if let error = error as? ImportError { return error.reason }
  return "read failed: \(error)".lowercased()
}
