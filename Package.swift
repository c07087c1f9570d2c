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
