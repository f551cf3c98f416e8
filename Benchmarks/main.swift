import Foundation

// `swift run -c release ParityBenchmarks align`: alignment + check timing.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "align":
    try AlignBenchmark.run(root: root)
default:
    print("usage: ParityBenchmarks align")
}
