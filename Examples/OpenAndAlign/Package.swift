// swift-tools-version: 6.0
// A program that uses Parity as a library: it opens two language versions of
// a document in any format Parity reads, aligns them and prints the findings
// as JSON. Depends on this repository by relative path; in your own package,
// depend on Parity's repository URL instead, with `package: "Parity"` below.
import PackageDescription

// SwiftPM names a path dependency after its folder: the folder this repository
// is cloned into (Parity, main, …), two levels up.
let parity = Context.packageDirectory.split(separator: "/").dropLast(2).last.map(String.init) ?? "Parity"

let package = Package(
    name: "OpenAndAlign",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "../.."),
    ],
    targets: [
        .executableTarget(
            name: "OpenAndAlign",
            dependencies: [
                .product(name: "ParityCore", package: parity),
                .product(name: "ParityIO", package: parity),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
