import Foundation

/// `generate N OUT.jsonl [--seed S] [--election SHARE] [--accounts A]`: writes N activities.
enum GenerateBenchmark {
  static func run(arguments: [String]) throws {
    let args = BenchArguments(arguments)
    guard args.positional.count == 2, let count = Int(args.positional[0]), count >= 0 else {
      throw BenchUsageError(description: "usage: generate N OUT.jsonl [--seed S] [--election 0.12] [--accounts 5000]")
    }
    let path = args.positional[1]
    guard let file = fopen(path, "wb") else {
      throw BenchUsageError(description: "\(path): cannot write")
    }
    defer { fclose(file) }
    var generator = ActivityGenerator(seed: UInt64(args.int("seed", default: 2024)))
    if let share = args.options["election"].flatMap(Double.init) { generator.electionShare = share }
    generator.accounts = max(1, args.int("accounts", default: generator.accounts))
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 20)
    var total = 0
    for index in 0..<count {
      buffer.append(contentsOf: generator.line(index).utf8)
      buffer.append(0x0A)
      if buffer.count >= 1 << 20 {
        total += buffer.count
        guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
          throw BenchUsageError(description: "\(path): write failed")
        }
        buffer.removeAll(keepingCapacity: true)
      }
    }
    total += buffer.count
    guard fwrite(buffer, 1, buffer.count, file) == buffer.count else {
      throw BenchUsageError(description: "\(path): write failed")
    }
    print("generate: \(count) activities, \(total) bytes -> \(path)")
  }
}
