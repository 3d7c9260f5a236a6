import Foundation
import Synchronization
import Testing

@Suite("Streaming audit")
struct StreamingTests {
  /// Feeds 3,000 activities through a pipe and keeps it open until the first verdict line has
  /// been read: the verdict must come out while the input is still open. (If it never did,
  /// the feeder gives up after a minute, closes the pipe, and the test fails instead of hanging.)
  @Test("the first verdict comes out before the input ends, and every line gets one")
  func firstVerdictBeforeEnd() throws {
    let process = Process()
    process.executableURL = NetralBinary.url
    process.arguments = ["audit", "--format", "jsonl", "-"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()

    let firstLineRead = DispatchSemaphore(value: 0)
    let closedEarly = Atomic<Bool>(false)
    let writer = input.fileHandleForWriting
    Thread.detachNewThread {
      var text = ""
      for i in 0..<3000 {
        text +=
          "{\"id\":\"s-\(i)\",\"kind\":\"post\",\"text\":\"Selamat pagi rekan-rekan, rapat evaluasi jam 10.00 di aula\"}\n"
      }
      writer.write(Data(text.utf8))
      if firstLineRead.wait(timeout: .now() + 60) == .timedOut {
        closedEarly.store(true, ordering: .sequentiallyConsistent)
      }
      try? writer.close()
    }

    let reader = output.fileHandleForReading
    var buffer = Data()
    while !buffer.contains(0x0A) {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      buffer.append(chunk)
    }
    let openWhenRead = !closedEarly.load(ordering: .sequentiallyConsistent)
    firstLineRead.signal()
    buffer.append(reader.readDataToEndOfFile())
    process.waitUntilExit()

    #expect(openWhenRead)
    let lines = String(decoding: buffer, as: UTF8.self).split(separator: "\n")
    #expect(lines.count == 3000)
    #expect(lines.first?.hasPrefix("{\"id\":\"s-0\",\"verdict\":\"clean\"") == true)
    #expect(process.terminationStatus == 0)
  }
}
