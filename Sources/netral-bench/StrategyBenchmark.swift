import Foundation
import Netral

/// `strategies FILE [--rounds R] [--runs N]`: the same ordered, bounded, chunked audit run two
/// ways over activities already in memory, with a CPU-bound stand-in check of tunable cost:
/// the Auditor's worker threads, and a structured-concurrency TaskGroup with a sliding window,
/// bridged from synchronous code as the Auditor's API requires.
enum StrategyBenchmark {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard let path = args.positional.first, let reader = LineReader(path: path) else {
      throw BenchUsageError(description: "usage: strategies FILE.jsonl [--rounds 8] [--runs 5] [--chunk 256]")
    }
    let records = Array(JSONLinesRecords(lines: reader, source: path))
    let rounds = args.int("rounds", default: 8)
    let runs = max(1, args.int("runs", default: 5))
    let options = AuditOptions(chunkSize: args.int("chunk", default: 256))
    let check: @Sendable (Activity) -> Assessment = { busyCheck($0, rounds: rounds) }

    var threadTimes: [Double] = []
    var taskTimes: [Double] = []
    var serialTimes: [Double] = []
    var sums: Set<Int> = []
    for _ in 0..<runs {  // alternate the strategies run by run
      var sum = 0
      serialTimes.append(try ResourceUsage.seconds {
        _ = try Auditor(options: AuditOptions(workers: 1)).run(records, check: check) { _, a in sum &+= a.score }
      })
      sums.insert(sum)
      sum = 0
      threadTimes.append(try ResourceUsage.seconds {
        _ = try Auditor(options: options).run(records, check: check) { _, a in sum &+= a.score }
      })
      sums.insert(sum)
      let box = SumBox()
      taskTimes.append(ResourceUsage.seconds {
        let done = DispatchSemaphore(value: 0)
        Task {
          box.sum = await taskGroupAudit(records, options: options, check: check)
          done.signal()
        }
        done.wait()
      })
      sums.insert(box.sum)
    }
    let perRecord = ResourceUsage.median(serialTimes) / Double(max(1, records.count)) * 1e6
    print("strategies: \(records.count) records, stand-in check ≈ \(ResourceUsage.fixed(perRecord, 1)) µs/record serial, chunk \(options.chunkSize), window \(options.chunksInFlight), median of \(runs)")
    print("  serial (1 worker, caller thread):     \(ResourceUsage.fixed(ResourceUsage.median(serialTimes), 3)) s")
    print("  Auditor worker threads (\(options.workers)):        \(ResourceUsage.fixed(ResourceUsage.median(threadTimes), 3)) s")
    print("  TaskGroup, sliding window, bridged:   \(ResourceUsage.fixed(ResourceUsage.median(taskTimes), 3)) s")
    print("  all strategies agree: \(sums.count == 1)")
  }

  /// Deterministic CPU work proportional to the text length (FNV-1a over the text `rounds` times).
  static func busyCheck(_ a: Activity, rounds: Int) -> Assessment {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    let text = (a.text ?? "") + (a.target?.text ?? "")
    for _ in 0..<rounds {
      for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    }
    return Assessment(id: a.id, verdict: .clean, score: Int(h % 101))
  }

  final class SumBox: @unchecked Sendable { var sum = 0 }

  /// Ordered, bounded audit with a TaskGroup: at most `chunksInFlight` chunk tasks, results
  /// buffered until the next chunk in order is done.
  static func taskGroupAudit(
    _ records: [SourceRecord], options: AuditOptions,
    check: @escaping @Sendable (Activity) -> Assessment
  ) async -> Int {
    let size = options.chunkSize
    let count = (records.count + size - 1) / size
    return await withTaskGroup(of: (Int, [Assessment]).self) { group in
      var submitted = 0
      func submit() {
        let index = submitted
        let chunk = Array(records[(index * size)..<min(records.count, (index + 1) * size)])
        group.addTask {
          (index, chunk.map { record in
            if case .activity(let a) = record.content { return check(a) }
            return Assessment(id: record.id, verdict: .clean, score: 0)
          })
        }
        submitted += 1
      }
      while submitted < min(count, options.chunksInFlight) { submit() }
      var done: [Int: [Assessment]] = [:]
      var next = 0
      var sum = 0
      while let (index, result) = await group.next() {
        done[index] = result
        while let ready = done.removeValue(forKey: next) {
          for a in ready { sum &+= a.score }
          next += 1
          if submitted < count { submit() }
        }
      }
      return sum
    }
  }
}
