import Foundation

/// libFuzzer's driver, linked in by `-sanitize=fuzzer`. SwiftPM names an executable's entry
/// point itself, so libFuzzer's own `main` cannot be used; this `main` runs the driver instead.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

guard harnessNames.contains(harness) else {
  FileHandle.standardError.write(Data("unknown harness '\(harness)': one of \(harnessNames.joined(separator: ", "))\n".utf8))
  exit(64)
}
var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv) { data, size in fuzz(data, size) })
