// swift-tools-version: 6.2
// Fuzz harnesses for netral, kept out of the root package so that `swift build` and
// `swift test` never build them: they need `swift build --sanitize=fuzzer` (libFuzzer provides `main`).
// Build and run them with `Scripts/fuzz.sh HARNESS SECONDS`.
import Foundation
import PackageDescription

// A path dependency's identity is its folder's name, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

let package = Package(
  name: "netral-fuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "FuzzNetral",
      dependencies: [.product(name: "Netral", package: root.lastPathComponent)]
    )
  ]
)
