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
}
