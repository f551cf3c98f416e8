// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Parity",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParityCore", targets: ["ParityCore"]),
        .library(name: "ParityXML", targets: ["ParityXML"]),
        .executable(name: "parity", targets: ["parity"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Model, decoding, segmenter, aligner, checks: pure Swift values, no I/O, no C.
        .target(
            name: "ParityCore",
            // Double.squareRoot()/rounded() lower to libm calls on Linux.
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // The only module that imports libxml2.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "ParityXML", dependencies: ["ParityCore", "CLibXML2"]),
        .executableTarget(
            name: "parity",
            dependencies: [
                "ParityCore", "ParityXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ParityBenchmarks",
            dependencies: ["ParityCore", "ParityXML"],
            path: "Benchmarks"
        ),
        .target(name: "ParityTestSupport", dependencies: ["ParityCore"], path: "Tests/ParityTestSupport"),
        .testTarget(name: "ParityCoreTests", dependencies: ["ParityCore", "ParityTestSupport"]),
        .testTarget(name: "ParityXMLTests", dependencies: ["ParityCore", "ParityXML", "ParityTestSupport"]),
        // Depends on the `parity` executable so that `swift test` builds it; the tests run the binary.
        .testTarget(name: "ParityCLITests", dependencies: ["parity", "ParityCore", "ParityXML", "ParityTestSupport"]),
        .testTarget(name: "ParityAlignTests", dependencies: ["ParityCore", "ParityXML", "ParityTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
