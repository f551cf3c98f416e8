import Foundation
import ParityCore

// Usage: ParityBenchmarks export [MB]
let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "export":
    let megabytes = arguments.count > 1 ? Double(arguments[1]) ?? 40 : 40
    do {
        try ExportBenchmark.run(megabytes: megabytes)
    } catch {
        FileHandle.standardError.write(Data("benchmark failed: \(error)\n".utf8))
        exit(2)
    }
default:
    print("usage: ParityBenchmarks export [MB]")
}
