import Foundation

// Minimal dispatcher for the packs helper's own runs; the audit helper owns this file.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "packs" {
  try PackBenchmark.run(arguments: Array(arguments.dropFirst()))
} else {
  print("netral-bench: placeholder")
}
