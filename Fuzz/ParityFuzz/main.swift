import Foundation
import ParityFuzzing

// Usage: ParityFuzz [RUNS] [SEED] [FOLDER] [WINDOW]  campaign (FuzzCampaign); WINDOW: bytes of a text seed per input
//        ParityFuzz commands [RUNS] [SEED] [BINARY]  command shapes run as processes (CommandFuzz)
//        ParityFuzz replay RUN SEED FILE [WINDOW]  the input of one run of a campaign, written to FILE
// The campaign runs every reader and the align/check/export/show/report pipeline;
// prints the figures; exit 0 with no problem, 1 with problems (listed),
// 3 on a hang (the input is written to FOLDER). A crash ends the process
// with the signal: rerun with the same SEED.
// The campaign runs in child processes of `--chunk N` runs (default 2,000),
// `--jobs` of them at once (FuzzSupervisor): a run that traps or hangs is
// counted as a crash or hang, its input and the child's messages written to
// FOLDER, and the campaign goes on; exit 1 when there was any problem.
// `--in-process`: the whole campaign in this process (a crash or hang ends
// it); `--marker FILE` and `--report FILE` are what a supervised child gets
// (the run it starts, its report as JSON). PARITY_FUZZ_TRAP_AT=RUN traps on
// purpose at that run of an in-process campaign with a marker, to try the
// supervisor end to end.
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
let chunkRuns = max(1, option("--chunk", 2_000))
/// Whether `--FLAG` stands anywhere in the arguments (removed).
@MainActor func flag(_ name: String) -> Bool {
    guard let index = arguments.firstIndex(of: name) else { return false }
    arguments.remove(at: index)
    return true
}
/// The value of `--NAME TEXT` anywhere in the arguments (both removed).
@MainActor func textOption(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let inProcess = flag("--in-process")
let markerPath = textOption("--marker")
let reportPath = textOption("--report")
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
let window = arguments.count > 3 ? Int(arguments[3]) : nil
let campaign: FuzzCampaign
do {
    campaign = try FuzzCampaign(root: root, windowBytes: window)
} catch {
    FileHandle.standardError.write(Data("parity-fuzz: cannot load the seeds: \(error)\n".utf8))
    exit(2)
}
if inProcess {
    let watchdog = FuzzWatchdog(limit: campaign.timeLimit, folder: folder)
    let trapAt = ProcessInfo.processInfo.environment["PARITY_FUZZ_TRAP_AT"].flatMap { Int($0) }
    let marker = markerPath.flatMap { try? FuzzRunMarker(path: $0, trapAt: trapAt) }
    if markerPath != nil, marker == nil {
        FileHandle.standardError.write(Data("parity-fuzz: cannot write the marker \(markerPath!)\n".utf8))
        exit(2)
    }
    let report = campaign.run(runs: firstRun..<(firstRun + runs), seed: seed, jobs: marker == nil ? jobs : 1, watchdog: watchdog,
                              progress: progress(every: progressRuns, \.progressLine), marker: marker)
    if let reportPath {
        do { try JSONEncoder().encode(report).write(to: URL(fileURLWithPath: reportPath)) } catch {
            FileHandle.standardError.write(Data("parity-fuzz: cannot write the report \(reportPath): \(error)\n".utf8))
            exit(2)
        }
    }
    finish("ParityFuzz seed \(seed), \(marker == nil ? jobs : 1) jobs: \(report)", report.problems)
}
/// This program, run again for each chunk.
let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
let supervisor = FuzzSupervisor(executable: executable, folder: folder, seed: seed, chunk: chunkRuns, arguments: { child in
    [String(child.runs.count), String(seed), folder.path] + (window.map { [String($0)] } ?? [])
        + ["--from", String(child.runs.lowerBound), "--jobs", "1", "--progress", "0", "--in-process",
           "--marker", child.markerPath, "--report", child.reportPath]
}, input: { run in
    let (kind, bytes) = campaign.replayInput(run: run, seed: seed)
    return (kind, bytes)
})
let report = supervisor.run(runs: firstRun..<(firstRun + runs), jobs: jobs, progress: progress(every: progressRuns, \.progressLine))
finish("ParityFuzz seed \(seed), \(jobs) child processes at once, \(chunkRuns) runs each: \(report)", report.problems)
