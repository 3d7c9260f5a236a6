// swift-tools-version: 6.2
import PackageDescription

let package = Package(
  name: "netral",
  products: [
    .library(name: "Netral", targets: ["Netral"]),
    .executable(name: "netral", targets: ["netral"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
  ],
  targets: [
    // ICU: a system library behind an opaque C shim (Docs/Architecture.md explains why).
    .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
    .target(name: "CICUShim", dependencies: ["CICU"]),

    // Library
    .target(name: "NetralText", dependencies: ["CICUShim"], resources: [.copy("Data")]),
    .target(name: "NetralCore"),
    .target(
      name: "NetralPacks",
      dependencies: ["NetralCore", .product(name: "Yams", package: "Yams")],
      resources: [.copy("Packs")]
    ),
    .target(name: "NetralEngine", dependencies: ["NetralText", "NetralCore", "NetralPacks"]),
    .target(
      name: "NetralImport",
      dependencies: ["NetralCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
    ),
    .target(name: "NetralAudit", dependencies: ["NetralCore"]),
    .target(name: "NetralReport", dependencies: ["NetralCore"]),
    .target(name: "NetralEvaluation", dependencies: ["NetralCore", "NetralEngine", "NetralPacks"]),
    .target(
      name: "Netral",
      dependencies: [
        "NetralText", "NetralCore", "NetralPacks", "NetralEngine", "NetralImport", "NetralAudit",
        "NetralReport",
      ]
    ),

    // CLI and benchmarks
    .executableTarget(
      name: "netral",
      dependencies: [
        "Netral", "NetralEvaluation",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Start-up: the release CLI links the Swift runtime and Foundation statically, which
      // saves the dynamic loader several milliseconds per run (Docs/Packs.md, "Loading cost").
      swiftSettings: [
        .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
      ],
      linkerSettings: [
        .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))
      ]
    ),
    .executableTarget(name: "netral-bench", dependencies: ["Netral"]),

    // Tests
    .testTarget(name: "NetralTextTests", dependencies: ["NetralText"]),
    .testTarget(name: "NetralCoreTests", dependencies: ["NetralCore"]),
    .testTarget(name: "NetralPacksTests", dependencies: ["NetralPacks"]),
    .testTarget(name: "NetralEngineTests", dependencies: ["NetralEngine", "NetralPacks", "NetralEvaluation"]),
    .target(
      name: "NetralTestSupport",
      dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
      path: "Tests/NetralTestSupport"
    ),
    .testTarget(name: "NetralImportTests", dependencies: ["NetralImport", "NetralTestSupport"]),
    .testTarget(name: "NetralAuditTests", dependencies: ["NetralAudit", "NetralImport"]),
    .testTarget(name: "NetralReportTests", dependencies: ["NetralReport"]),
    .testTarget(name: "NetralEvaluationTests", dependencies: ["NetralEvaluation"]),
    .testTarget(name: "NetralCLITests", dependencies: ["netral", "Netral"]),
    .testTarget(
      name: "NetralReliabilityTests",
      dependencies: ["netral", "Netral", "NetralTestSupport"]
    ),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
  ]
}
