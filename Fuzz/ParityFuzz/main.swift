import Foundation
import ParityFuzzing

// Usage: ParityFuzz [RUNS] [SEED] [FOLDER]
// Runs a seeded mutation campaign (FuzzCampaign) over every reader and the
// align/check/export pipeline; prints the figures; exit 0 with no problem,
// 1 with problems (listed), 3 on a hang (the input is written to FOLDER).
// A crash ends the process with the signal: rerun with the same SEED.
let arguments = Array(CommandLine.arguments.dropFirst())
let runs = arguments.count > 0 ? Int(arguments[0]) ?? 10_000 : 10_000
let seed = arguments.count > 1 ? UInt64(arguments[1]) ?? 1 : 1
let folder = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : FileManager.default.temporaryDirectory.path)
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
do {
    let campaign = try FuzzCampaign(root: root)
    let watchdog = FuzzWatchdog(limit: campaign.timeLimit, folder: folder)
    let report = campaign.run(count: runs, seed: seed, watchdog: watchdog)
    print("ParityFuzz seed \(seed): \(report)")
    for problem in report.problems.prefix(20) { print("  \(problem)") }
    exit(report.problems.isEmpty ? 0 : 1)
} catch {
    FileHandle.standardError.write(Data("parity-fuzz: cannot load the seeds: \(error)\n".utf8))
    exit(2)
}
