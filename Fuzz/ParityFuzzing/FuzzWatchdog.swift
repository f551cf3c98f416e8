import Foundation

/// Ends the process when one fuzz input runs past its time limit, after
/// writing the input to `folder` and one line naming it on standard error
/// (exit code 3): a hang is a finding, and the input reproduces it.
/// Parallel workers each have their slot. The time is the processor time of
/// the worker's thread, so that a busy shared machine (or `nice`) does not
/// make a slow input a hang; an input that waits instead of computing is a
/// hang after `wallFactor` times the limit of wall-clock time.
public final class FuzzWatchdog: @unchecked Sendable {
    /// What a worker is running.
    private struct Running {
        var startedAt: Date
        var clock: clockid_t
        var cpuAtStart: Double
        var input: [UInt8]
        var label: String
    }

    private let lock = NSLock()
    /// The input each worker is running, by worker.
    private var running: [Int: Running] = [:]
    /// Wall-clock time over the limit that makes a hang, as a multiple of it.
    static let wallFactor = 30.0
    private let limit: Double
    private let folder: URL

    /// Starts a thread that looks every 0.5 s.
    public init(limit: Double, folder: URL) {
        self.limit = limit
        self.folder = folder
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 0.5)
                self.look()
            }
        }
        thread.start()
    }

    /// Worker `worker` starts on `input`.
    func started(worker: Int = 0, input: [UInt8], label: String) {
        var clock = clockid_t()
        if pthread_getcpuclockid(pthread_self(), &clock) != 0 { clock = CLOCK_PROCESS_CPUTIME_ID }
        let entry = Running(startedAt: Date(), clock: clock, cpuAtStart: Self.seconds(of: clock), input: input, label: label)
        lock.lock()
        running[worker] = entry
        lock.unlock()
    }

    /// Worker `worker` is done.
    func finished(worker: Int = 0) {
        lock.lock()
        running[worker] = nil
        lock.unlock()
    }

    private func look() {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard let hang = running.values.first(where: {
            Self.seconds(of: $0.clock) - $0.cpuAtStart > limit || now.timeIntervalSince($0.startedAt) > limit * Self.wallFactor
        }) else { return }
        let (input, label) = (hang.input, hang.label)
        let path = folder.appendingPathComponent("hang-\(label.replacingOccurrences(of: " ", with: "-")).bin")
        try? Data(input).write(to: path)
        FileHandle.standardError.write(Data("parity-fuzz: \(label) ran over \(limit) s; input in \(path.path)\n".utf8))
        exit(3)
    }

    /// The time of `clock` in seconds.
    private static func seconds(of clock: clockid_t) -> Double {
        var time = timespec()
        clock_gettime(clock, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
