// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Parity",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ParityCore", targets: ["ParityCore"]),
        .library(name: "ParityXML", targets: ["ParityXML"]),
        // Opening any input file (detection, decoding, PDF, DOCX, HTML, UDHR XML, alignment files) and the JSON encoders.
        .library(name: "ParityIO", targets: ["ParityIO"]),
        .executable(name: "parity", targets: ["parity"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // DOCX is a ZIP archive; read with bounded, streamed decompression.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
        // ZIP containers (DOCX) with bounded decompression. Never a dependency of
        // ParityXML: a module that imports CLibXML2 must not load Foundation
        // (libxml2's ICU headers clash with Foundation's own ICU module).
        .target(
            name: "ParityArchive",
            dependencies: ["ParityCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "ParityXML", dependencies: ["ParityCore", "CLibXML2"]),
        // Files in, JSON out: what the CLI and a library user share. Uses Foundation, so it never imports CLibXML2.
        .target(name: "ParityIO", dependencies: ["ParityCore", "ParityXML", "ParityArchive"]),
        .executableTarget(
            name: "parity",
            dependencies: [
                "ParityCore", "ParityXML", "ParityIO",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "ParityBenchmarks",
            dependencies: ["ParityCore", "ParityXML"],
            path: "Benchmarks"
        ),
        .target(name: "ParityTestSupport", dependencies: ["ParityCore"], path: "Tests/ParityTestSupport"),
        // The seeded mutation fuzzer (issue 11): a CI-time run in ParityXMLTests, long runs with `swift run -c release ParityFuzz`.
        .target(
            name: "ParityFuzzing",
            dependencies: ["ParityCore", "ParityXML", "ParityArchive", "ParityTestSupport"],
            path: "Fuzz/ParityFuzzing"
        ),
        .executableTarget(name: "ParityFuzz", dependencies: ["ParityFuzzing"], path: "Fuzz/ParityFuzz"),
        .testTarget(name: "ParityCoreTests", dependencies: ["ParityCore", "ParityTestSupport"]),
        .testTarget(name: "ParityXMLTests", dependencies: ["ParityCore", "ParityXML", "ParityArchive", "ParityTestSupport", "ParityFuzzing"]),
        // Depends on the `parity` executable so that `swift test` builds it; the tests run the binary.
        .testTarget(name: "ParityCLITests", dependencies: ["parity", "ParityCore", "ParityXML", "ParityIO", "ParityTestSupport", "ParityFuzzing"]),
        .testTarget(name: "ParityIOTests", dependencies: ["ParityCore", "ParityXML", "ParityIO", "ParityTestSupport"]),
        .testTarget(name: "ParityAlignTests", dependencies: ["ParityCore", "ParityXML", "ParityTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
