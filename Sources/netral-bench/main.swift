// Minimal dispatcher for the text helper's measurements; the audit helper owns this file.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "normalize" {
  try NormalizeBenchmark.run(arguments: Array(arguments.dropFirst()))
} else {
  print("netral-bench: placeholder")
}
