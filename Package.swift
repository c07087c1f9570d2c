// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Rubricate",
  products: [
    .library(name: "RubricateKit", targets: ["RubricateKit"]),
    .executable(name: "rubricate", targets: ["rubricate"]),
  ],
  targets: [
    .target(name: "RubricateKit"),
    .executableTarget(name: "rubricate", dependencies: ["RubricateKit"]),
    // libFuzzer target for ZIP, DEFLATE and the Word/OpenDocument readers; see bench/README.
    .executableTarget(name: "FuzzArchive", dependencies: ["RubricateKit"]),
    .testTarget(
      name: "RubricateKitTests",
      dependencies: ["RubricateKit"],
      exclude: ["Fixtures", "Snapshots"]
    ),
    .testTarget(
      name: "rubricateTests",
      dependencies: ["rubricate", "RubricateKit"],
      exclude: ["Fixtures", "Snapshots"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
