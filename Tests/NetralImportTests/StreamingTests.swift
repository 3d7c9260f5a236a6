import Foundation
import NetralCore
import Testing

@testable import NetralImport

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Signals between the writer of a pipe and the test reading it.
private final class Handshake: @unchecked Sendable {
  let firstRecordSeen = DispatchSemaphore(value: 0)
  private let lock = NSLock()
  private var _writerSawSignal = false
  var writerSawSignal: Bool {
    get { lock.withLock { _writerSawSignal } }
    set { lock.withLock { _writerSawSignal = newValue } }
  }
}

@Suite("Streaming")
struct StreamingTests {
  @Test("the first record arrives before the writer has finished the input")
  func firstRecordBeforeEnd() throws {
    let files = try TestFiles()
    let fifo = files.path("activities.pipe")
    #expect(mkfifo(fifo, 0o600) == 0)
    let handshake = Handshake()
    let writer = Thread {
      guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
      handle.write(
        Data((#"{"id":"s1","kind":"post","text":"Selamat pagi, rekan-rekan"}"# + "\n").utf8))
      // Hold the rest back until the reader has the first record (or give up after 20 s,
      // which fails the test instead of hanging it).
      handshake.writerSawSignal = handshake.firstRecordSeen.wait(timeout: .now() + 20) == .success
      handle.write(Data((#"{"id":"s2","kind":"post","text":"Ayo coblos nomor 2!"}"# + "\n").utf8))
      try? handle.close()
    }
    writer.start()
    var stream = try Importer.open(fifo, options: ImportOptions())
    let first = stream.next()
    #expect(first?.activity?.id == "s1")
    handshake.firstRecordSeen.signal()
    let rest = Array(stream)
    #expect(rest.compactMap(\.activity).map(\.id) == ["s2"])
    #expect(handshake.writerSawSignal)
  }

  @Test("a long JSON Lines file is read in bounded chunks, not whole")
  func boundedChunks() throws {
    final class CountingChunks: ChunkSource {
      let inner: MemoryChunks
      var served = 0
      init(_ data: Data) { inner = MemoryChunks(data, chunkSize: 4096) }
      func nextChunk() throws -> [UInt8]? {
        let chunk = try inner.nextChunk()
        if chunk != nil { served += 1 }
        return chunk
      }
    }
    let line =
      #"{"id":"x","kind":"post","text":"Pengumuman jadwal pelayanan kependudukan pekan ini"}"#
      + "\n"
    let data = Data(String(repeating: line, count: 2000).utf8)
    let chunks = CountingChunks(data)
    let reader = JSONLinesReader(
      source: "big.jsonl", chunks: chunks, cap: 1 << 20, finisher: RecordFinisher())
    #expect(reader.next()?.activity?.text == "Pengumuman jadwal pelayanan kependudukan pekan ini")
    #expect(chunks.served == 1)
    var count = 1
    while reader.next() != nil { count += 1 }
    #expect(count == 2000)
    #expect(chunks.served == (data.count + 4095) / 4096)
  }

  @Test("lines left in their chunks resolve to the records read in one piece, at any chunk size")
  func linesInPlace() throws {
    var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    bytes += Array(#"{"id":"a1","kind":"post","text":"Ayo coblos nomor 2, demi perubahan!"}"#.utf8)
    bytes += Array("\r\n \t\r\n\n".utf8)
    bytes += Array(#"{"id":"a2","kind":"comment","text":"Setuju pak "#.utf8) + [0xFF]
    bytes += Array(#""}"#.utf8) + [0x0A]
    bytes += Array(#"{"id":"a3","kind":"post","text":""#.utf8) + Array(repeating: 0x61, count: 300)
    bytes += Array(#""}"#.utf8) + [0x0A]
    bytes += Array(#"{"id":"a4","kind":"like","target":{"author":"Siti","text":"Kerja bakti RW 03 🙏"}}"#.utf8)
    bytes += Array("\r\nnot json\n".utf8)
    bytes += Array(#"{"id":"a5","kind":"share","text":"Foto kegiatan posyandu"}"#.utf8)
    let data = Data(bytes)
    func reader(_ chunkSize: Int) -> JSONLinesReader {
      JSONLinesReader(
        source: "mix.jsonl", chunks: MemoryChunks(data, chunkSize: chunkSize), cap: 200,
        finisher: RecordFinisher())
    }
    let whole = reader(1 << 16)
    var expected: [SourceRecord] = []
    while let record = whole.next() { expected.append(record) }
    #expect(expected.map(\.id) == [
      "a1", "mix.jsonl:2", "mix.jsonl:3", "mix.jsonl:4", "mix.jsonl:5", "a4", "mix.jsonl:7", "a5",
    ])
    #expect(expected[0].activity?.text == "Ayo coblos nomor 2, demi perubahan!")
    #expect(expected[5].activity?.target?.text == "Kerja bakti RW 03 🙏")
    for chunkSize in [1, 7, 64, 333] {
      // All lines are read before any is resolved: a pending line must keep its bytes however
      // far the reader has moved on.
      let lines = reader(chunkSize)
      var pending: [PendingRecord] = []
      while let next = lines.nextPending() { pending.append(next) }
      #expect(
        pending.map { String(describing: $0.resolve()) } == expected.map { String(describing: $0) },
        "chunk size \(chunkSize)")
    }
  }
}

/// Chunks of bytes already in memory.
final class MemoryChunks: ChunkSource {
  private let data: Data
  private var offset = 0
  private let chunkSize: Int

  init(_ data: Data, chunkSize: Int = 64 << 10) {
    self.data = data
    self.chunkSize = chunkSize
  }

  func nextChunk() throws -> [UInt8]? {
    guard offset < data.count else { return nil }
    let end = min(data.count, offset + chunkSize)
    defer { offset = end }
    return [UInt8](data[data.startIndex + offset..<data.startIndex + end])
  }
}
