import Foundation
import Netral

/// `audit FILE [--workers W] [--chunk C] [--check real|trivial] [--pack ID] [--out PATH]`:
/// streams FILE through the importer -> Auditor (decoding, checking and rendering each verdict
/// line on the workers) -> verdict lines, as `netral audit --format jsonl` does.
enum AuditBenchmark {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard let path = args.positional.first,
      let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int
    else {
      throw BenchUsageError(description: "usage: audit FILE.jsonl [--workers W] [--chunk 256] [--check real|trivial] [--pack ID] [--out /dev/null]")
    }
    let options = AuditOptions(
      workers: args.options["workers"].flatMap { Int($0) }, chunkSize: args.int("chunk", default: 256))
    let check: @Sendable (Activity) -> Assessment
    let label: String
    if args.string("check", default: "real") == "trivial" {
      label = "TRIVIAL check (keyword 'coblos' -> review): pipeline cost only"
      check = { a in
        Assessment(id: a.id, verdict: a.text?.contains("coblos") == true ? .review : .clean, score: 0)
      }
    } else {
      let made = try CheckerFactory.make(pack: args.options["pack"])
      label = made.label + ", built in \(ResourceUsage.fixed(made.seconds * 1000, 1)) ms"
      let checker = made.0
      check = { checker.check($0) }
    }
    let outPath = args.string("out", default: "/dev/null")
    guard let out = fopen(outPath, "wb") else { throw BenchUsageError(description: "\(outPath): cannot write") }
    defer { fclose(out) }

    let records = try Importer.open(path, options: ImportOptions(format: .jsonl)).pending
    var written = 0
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16)
    var summary = AuditSummary()
    let seconds = try ResourceUsage.seconds {
      summary = try Auditor(options: options).run(
        // The verdict line as UTF-8 bytes, as `netral audit --format jsonl` renders it.
        pending: records, check: check,
        prepare: { _, assessment in
          var w = JSONWriter()
          assessment.writeJSONLine(to: &w)
          w.byte(0x0A)
          return w.bytes
        },
        emit: { _, _, line in buffer.append(contentsOf: line) },
        flush: {
          written += fwrite(buffer, 1, buffer.count, out)
          buffer.removeAll(keepingCapacity: true)
        })
    }
    let verdicts = Verdict.allCases.map { "\($0.rawValue)=\(summary.verdicts[$0, default: 0])" }
    print("audit: \(path): \(summary.read) records in \(ResourceUsage.fixed(seconds, 3)) s = \(Int(Double(summary.read) / seconds)) records/s, \(ResourceUsage.fixed(Double(size) / 1e6 / seconds, 1)) MB/s in")
    print("  workers=\(options.workers) chunk=\(options.chunkSize) in-flight=\(options.chunksInFlight); \(label)")
    print("  verdicts: \(verdicts.joined(separator: " ")); unreadable=\(summary.unreadable); \(written) bytes out")
    print("  max RSS: \(ResourceUsage.fixed(ResourceUsage.maxRSSMiB, 1)) MiB")
  }
}
