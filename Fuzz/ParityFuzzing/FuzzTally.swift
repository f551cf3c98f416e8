import Foundation

/// The reports of a campaign's parallel workers as they run: each worker
/// puts its report so far after every run; the progress line, when due, is
/// written for all of them together, and each new problem at once (a
/// campaign stopped before its end still names what it found).
final class FuzzTally: @unchecked Sendable {
    private let lock = NSLock()
    private var parts: [FuzzCampaign.Report]
    private var runs = 0
    private let started: Date
    private let progress: FuzzProgress<FuzzCampaign.Report>?

    /// A tally of `workers` workers started at `started`.
    init(workers: Int, started: Date, progress: FuzzProgress<FuzzCampaign.Report>?) {
        parts = Array(repeating: FuzzCampaign.Report(), count: workers)
        self.started = started
        self.progress = progress
    }

    /// Worker `worker`'s report after one more run; writes the progress line when due.
    func update(worker: Int, _ report: FuzzCampaign.Report) {
        guard let progress else { return }
        lock.lock()
        defer { lock.unlock() }
        for problem in report.problems.dropFirst(parts[worker].problems.count) { progress.problem(problem) }
        parts[worker] = report
        runs += 1
        if progress.isDue(runs: runs) {
            var whole = FuzzCampaign.Report.combined(parts)
            whole.seconds = Date().timeIntervalSince(started)
            progress.tell(whole)
        }
    }

    /// Worker `worker`'s final report.
    func finish(worker: Int, _ report: FuzzCampaign.Report) {
        lock.lock()
        parts[worker] = report
        lock.unlock()
    }

    /// The workers' reports, in worker order (their ranges' order).
    var reports: [FuzzCampaign.Report] {
        lock.lock()
        defer { lock.unlock() }
        return parts
    }
}
