import Foundation
import ParityFuzzing

// Usage: ParityFuzz [RUNS] [SEED] [FOLDER] [WINDOW]  in-process campaign (FuzzCampaign); WINDOW: bytes of a text seed per input
//        ParityFuzz commands [RUNS] [SEED] [BINARY]  command shapes run as processes (CommandFuzz)
//        ParityFuzz replay RUN SEED FILE [WINDOW]  the input of one run of a campaign, written to FILE
// The campaign runs every reader and the align/check/export/show/report pipeline;
// prints the figures; exit 0 with no problem, 1 with problems (listed),
// 3 on a hang (the input is written to FOLDER). A crash ends the process
// with the signal: rerun with the same SEED.
// Both long runs write a progress line on standard error (runs, crashes,
// hangs, invalid XML, other problems, elapsed) every 1,000 runs or 30 s;
// `--progress N` anywhere: every N runs (0: none).
// `--jobs N` anywhere: the campaign's runs split between N threads (default:
// every core); run i tries the same input whatever N, and the figures and
// problems are those of one thread. `--from START`: runs START..<START+RUNS
// of the campaign (to look again at the runs around a problem).
/// Prints a report and its first problems; exits 0 without problems, 1 with.
func finish(_ summary: String, _ problems: [String]) -> Never {
    print(summary)
    for problem in problems.prefix(20) { print("  \(problem)") }
    exit(problems.isEmpty ? 0 : 1)
}

var arguments = Array(CommandLine.arguments.dropFirst())
/// The value of `--NAME N` anywhere in the arguments (both removed), or `fallback`.
@MainActor func option(_ name: String, _ fallback: Int) -> Int {
    guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.count, let value = Int(arguments[flag + 1]) else { return fallback }
    arguments.removeSubrange(flag...(flag + 1))
    return value
}
let progressRuns = option("--progress", 1_000)
let jobs = max(1, option("--jobs", ProcessInfo.processInfo.activeProcessorCount))
let firstRun = max(0, option("--from", 0))
/// The progress of a long run on standard error every `runs` runs or 30 s, or none when `runs` is 0.
func progress<Report>(every runs: Int, _ line: @escaping (Report) -> String) -> FuzzProgress<Report>? {
    runs > 0 ? FuzzProgress(runs: runs, seconds: 30, line: line) : nil
}
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
if arguments.first == "commands" {
    arguments.removeFirst()
    let runs = arguments.count > 0 ? Int(arguments[0]) ?? 1_000 : 1_000
    let seed = arguments.count > 1 ? UInt64(arguments[1]) ?? 1 : 1
    let binary = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : root.appendingPathComponent(".build/release/parity").path)
    do {
        let report = try CommandFuzz(binary: binary, root: root).run(count: runs, seed: seed, progress: progress(every: progressRuns, \.progressLine))
        finish("ParityFuzz commands seed \(seed): \(report)", report.problems)
    } catch {
        FileHandle.standardError.write(Data("parity-fuzz: \(error)\n".utf8))
        exit(2)
    }
}
if arguments.first == "replay", arguments.count >= 4, let run = Int(arguments[1]), let seed = UInt64(arguments[2]) {
    // ParityFuzz replay RUN SEED FILE [WINDOW]: writes the input of one run of a campaign to FILE.
    do {
        let campaign = try FuzzCampaign(root: root, windowBytes: arguments.count > 4 ? Int(arguments[4]) : nil)
        let (kind, input) = campaign.replayInput(run: run, seed: seed)
        try Data(input).write(to: URL(fileURLWithPath: arguments[3]))
        print("run \(run) seed \(seed): \(kind), \(input.count) bytes written to \(arguments[3])")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("parity-fuzz: \(error)\n".utf8))
        exit(2)
    }
}
let runs = arguments.count > 0 ? Int(arguments[0]) ?? 10_000 : 10_000
let seed = arguments.count > 1 ? UInt64(arguments[1]) ?? 1 : 1
let folder = URL(fileURLWithPath: arguments.count > 2 ? arguments[2] : FileManager.default.temporaryDirectory.path)
do {
    let window = arguments.count > 3 ? Int(arguments[3]) : nil
    let campaign = try FuzzCampaign(root: root, windowBytes: window)
    let watchdog = FuzzWatchdog(limit: campaign.timeLimit, folder: folder)
    let report = campaign.run(runs: firstRun..<(firstRun + runs), seed: seed, jobs: jobs, watchdog: watchdog, progress: progress(every: progressRuns, \.progressLine))
    finish("ParityFuzz seed \(seed), \(jobs) jobs: \(report)", report.problems)
} catch {
    FileHandle.standardError.write(Data("parity-fuzz: cannot load the seeds: \(error)\n".utf8))
    exit(2)
}
