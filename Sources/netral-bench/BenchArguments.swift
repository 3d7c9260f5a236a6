/// Positional arguments and `--name value` options of one benchmark.
struct BenchArguments {
  var positional: [String] = []
  var options: [String: String] = [:]

  init(_ arguments: [String]) {
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if a.hasPrefix("--"), i + 1 < arguments.count {
        options[String(a.dropFirst(2))] = arguments[i + 1]
        i += 2
      } else {
        positional.append(a)
        i += 1
      }
    }
  }

  func int(_ name: String, default value: Int) -> Int { options[name].flatMap { Int($0) } ?? value }
  func string(_ name: String, default value: String) -> String { options[name] ?? value }
}

/// A benchmark's usage error.
struct BenchUsageError: Error, CustomStringConvertible {
  var description: String
}
