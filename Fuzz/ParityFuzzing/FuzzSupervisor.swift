import Foundation

/// Runs a long fuzz campaign as child processes, chunk by chunk, so that a run
/// that traps or hangs is counted and the campaign goes on (issue 11): in one
/// process, a Swift runtime trap ends the whole campaign before it can be
/// counted. Each child runs one chunk of runs on one thread and writes the
/// index of each run before starting it (``FuzzRunMarker``); when a child ends
/// by a signal or by its watchdog (exit 3), the run its marker names is a crash
/// or a hang: its input is written to the folder (replayable with
/// `ParityFuzz replay`), and the runs before and after it in the chunk run
/// again in new children. `jobs` children run at once; the report is the same
/// whatever `jobs` and the chunk size (runs are seeded by their index).
public struct FuzzSupervisor: Sendable {
    /// What one child is asked to do: its runs, where its marker and its report go.
    public struct Child: Sendable {
        public let runs: Range<Int>
        public let markerPath: String
        public let reportPath: String
    }

    /// The program every child runs.
    public let executable: URL
    /// The arguments of the child for `Child` (its program must write its ``FuzzCampaign/Report`` as JSON to
    /// `reportPath` and exit 0 or 1, exit 3 on a hang, and mark each run in `markerPath`).
    public let arguments: @Sendable (Child) -> [String]
    /// The kind and input of run `run`, written to the folder for a crash or hang.
    public let input: @Sendable (Int) -> (kind: String, bytes: [UInt8])
    /// Where inputs of crashes and hangs, child logs, markers and reports go.
    public let folder: URL
    /// The campaign's seed, named in problems so that they can be replayed.
    public let seed: UInt64
    /// Runs per child.
    public let chunk: Int

    public init(executable: URL, folder: URL, seed: UInt64, chunk: Int = 2_000,
                arguments: @escaping @Sendable (Child) -> [String], input: @escaping @Sendable (Int) -> (kind: String, bytes: [UInt8])) {
        self.executable = executable
        self.folder = folder
        self.seed = seed
        self.chunk = max(1, chunk)
        self.arguments = arguments
        self.input = input
    }

    /// Runs `runs` with `jobs` children at a time. The report's problems come in run order, crashes and hangs
    /// among them; `progress` gets the report so far after each child.
    public func run(runs: Range<Int>, jobs: Int, progress: FuzzProgress<FuzzCampaign.Report>? = nil) -> FuzzCampaign.Report {
        let started = Date()
        let chunks = stride(from: runs.lowerBound, to: runs.upperBound, by: chunk).map { $0..<min($0 + chunk, runs.upperBound) }
        let state = SupervisorState(chunks: chunks, started: started, progress: progress)
        let supervisor = self
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, chunks.count))) { worker in
            while let next = state.nextChunk() {
                // The runs left of this chunk: a crash splits a range in two, both run again here.
                var pending = [next]
                while let range = pending.popLast() {
                    let (parts, rest) = supervisor.runChild(range, worker: worker)
                    for part in parts { state.add(part) }
                    pending += rest
                }
            }
        }
        var report = state.whole
        report.seconds = Date().timeIntervalSince(started)
        report.cpuSeconds = state.childSeconds
        return report
    }

    /// Runs `range` in one child: its reports by first run, and the ranges still to run (before and after a
    /// run that crashed or hung).
    private func runChild(_ range: Range<Int>, worker: Int) -> (parts: [(Int, FuzzCampaign.Report, Double)], rest: [Range<Int>]) {
        let base = folder.appendingPathComponent(".parity-fuzz-\(getpid())-\(range.lowerBound)").path
        let child = Child(runs: range, markerPath: base + ".marker", reportPath: base + ".json")
        let logPath = base + ".log"
        defer { for path in [child.markerPath, child.reportPath, logPath] { try? FileManager.default.removeItem(atPath: path) } }
        func failed(_ why: String) -> (parts: [(Int, FuzzCampaign.Report, Double)], rest: [Range<Int>]) {
            var report = FuzzCampaign.Report()
            report.problems = ["runs \(range.lowerBound)..<\(range.upperBound) seed \(seed): \(why)"]
            return ([(range.lowerBound, report, 0)], [])
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments(child)
        _ = FileManager.default.createFile(atPath: logPath, contents: nil)
        guard let log = FileHandle(forWritingAtPath: logPath) else { return failed("cannot write \(logPath)") }
        process.standardError = log
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return failed("cannot start \(executable.path): \(error)") }
        process.waitUntilExit()
        try? log.close()
        let seconds = Self.childProcessorSeconds()
        let signalled = process.terminationReason == .uncaughtSignal
        let status = process.terminationStatus
        if !signalled, status == 0 || status == 1 {
            guard let data = FileManager.default.contents(atPath: child.reportPath),
                  let report = try? JSONDecoder().decode(FuzzCampaign.Report.self, from: data) else {
                return failed("the child wrote no report")
            }
            return ([(range.lowerBound, report, seconds)], [])
        }
        guard signalled || status == 3 else { return failed("the child exited with \(status): \(Self.lastLine(logPath))") }
        guard let run = FuzzRunMarker.run(at: child.markerPath), range.contains(run) else {
            return failed("the child ended (\(signalled ? "signal \(status)" : "exit \(status)")) before its first run")
        }
        let what = signalled ? "crash" : "hang"
        let (kind, bytes) = input(run)
        let inputPath = folder.appendingPathComponent("\(what)-run-\(run)-seed-\(seed).bin")
        let keptLog = folder.appendingPathComponent("\(what)-run-\(run)-seed-\(seed).log")
        try? Data(bytes).write(to: inputPath)
        try? FileManager.default.removeItem(at: keptLog)
        try? FileManager.default.copyItem(atPath: logPath, toPath: keptLog.path)
        var report = FuzzCampaign.Report()
        report.runs = 1
        if signalled { report.crashes = 1 } else { report.hangs = 1 }
        report.problems = ["run \(run) seed \(seed): \(what) (\(signalled ? "signal \(status)" : "over the time limit")) on a \(kind) input; "
                           + "input in \(inputPath.path), the child's messages in \(keptLog.path)"]
        let rest = [range.lowerBound..<run, (run + 1)..<range.upperBound].filter { !$0.isEmpty }
        return ([(run, report, seconds)], rest)
    }

    /// The last non-empty line of the file at `path`, for a one-line reason.
    private static func lastLine(_ path: String) -> String {
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.map(String.init) ?? "no message"
    }

    /// Processor time of all ended children so far (user and system).
    static func childProcessorSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    }
}

/// The chunks a supervisor hands out and the reports its children gave, shared by its worker threads.
private final class SupervisorState: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [Range<Int>]
    private var next = 0
    private var parts: [(first: Int, report: FuzzCampaign.Report)] = []
    private var done = 0
    private var seconds = 0.0
    private let started: Date
    private let progress: FuzzProgress<FuzzCampaign.Report>?

    init(chunks: [Range<Int>], started: Date, progress: FuzzProgress<FuzzCampaign.Report>?) {
        self.chunks = chunks
        self.started = started
        self.progress = progress
    }

    func nextChunk() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < chunks.count else { return nil }
        next += 1
        return chunks[next - 1]
    }

    /// A child's report for the runs from `first`; `childSeconds`: the children's processor time when it ended.
    func add(_ part: (Int, FuzzCampaign.Report, Double)) {
        lock.lock()
        defer { lock.unlock() }
        let (first, report, childSeconds) = part
        parts.append((first, report))
        seconds = max(seconds, childSeconds)
        for problem in report.problems { progress?.problem(problem) }
        let before = done
        done += report.runs
        guard let progress, before / progress.runs != done / progress.runs || progress.isDue(runs: done) else { return }
        var whole = FuzzCampaign.Report.combined(parts.sorted { $0.first < $1.first }.map(\.report))
        whole.seconds = Date().timeIntervalSince(started)
        progress.tell(whole)
    }

    /// Every report, in run order, as one (times left at zero).
    var whole: FuzzCampaign.Report {
        lock.lock()
        defer { lock.unlock() }
        return FuzzCampaign.Report.combined(parts.sorted { $0.first < $1.first }.map(\.report))
    }

    var childSeconds: Double {
        lock.lock()
        defer { lock.unlock() }
        return seconds
    }
}
