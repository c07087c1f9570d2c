// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Rubricate",
  products: [
    .library(name: "RubricateKit", targets: ["RubricateKit"]),
    .executable(name: "rubricate", targets: ["rubricate"]),
    // libFuzzer targets, one a parser (see bench/README.md, "Fuzzing"): the default build
    // makes replay tools of them; `-Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING` fuzzers.
    .executable(name: "FuzzRubric", targets: ["FuzzRubric"]),
    .executable(name: "FuzzCanvasRubric", targets: ["FuzzCanvasRubric"]),
    .executable(name: "FuzzCSV", targets: ["FuzzCSV"]),
    .executable(name: "FuzzHTML", targets: ["FuzzHTML"]),
    .executable(name: "FuzzWXR", targets: ["FuzzWXR"]),
    .executable(name: "FuzzMarkdown", targets: ["FuzzMarkdown"]),
    .executable(name: "FuzzBlogPage", targets: ["FuzzBlogPage"]),
    .executable(name: "FuzzReferences", targets: ["FuzzReferences"]),
    .executable(name: "FuzzCitations", targets: ["FuzzCitations"]),
  ],
  targets: [
    .target(name: "RubricateKit"),
    .executableTarget(name: "rubricate", dependencies: ["RubricateKit"]),
    .target(name: "FuzzSupport"),
    .executableTarget(name: "FuzzRubric", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzCanvasRubric", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzCSV", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzHTML", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzWXR", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzMarkdown", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzBlogPage", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzReferences", dependencies: ["RubricateKit", "FuzzSupport"]),
    .executableTarget(name: "FuzzCitations", dependencies: ["RubricateKit", "FuzzSupport"]),
    // libFuzzer target for ZIP, DEFLATE and the Word/OpenDocument readers; see bench/README.
    .executableTarget(name: "FuzzArchive", dependencies: ["RubricateKit", "FuzzSupport"]),
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
