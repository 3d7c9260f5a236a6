// Temporary dispatcher during integration; the audit branch brings the full registry.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "normalize" {
  try NormalizeBenchmark.run(arguments: Array(arguments.dropFirst()))
} else if arguments.first == "packs" {
  try PackBenchmark.run(arguments: Array(arguments.dropFirst()))
} else {
  print("usage: netral-bench normalize|packs")
}
