import Foundation

/// Ends the process when one fuzz input runs past its time limit, after
/// writing the input to `folder` and one line naming it on standard error
/// (exit code 3): a hang is a finding, and the input reproduces it.
public final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var startedAt: Date?
    private var input: [UInt8] = []
    private var label = ""
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

    func started(input: [UInt8], label: String) {
        lock.lock()
        startedAt = Date()
        self.input = input
        self.label = label
        lock.unlock()
    }

    func finished() {
        lock.lock()
        startedAt = nil
        lock.unlock()
    }

    private func look() {
        lock.lock()
        defer { lock.unlock() }
        guard let startedAt, Date().timeIntervalSince(startedAt) > limit else { return }
        let path = folder.appendingPathComponent("hang-\(label.replacingOccurrences(of: " ", with: "-")).bin")
        try? Data(input).write(to: path)
        FileHandle.standardError.write(Data("parity-fuzz: \(label) ran over \(limit) s; input in \(path.path)\n".utf8))
        exit(3)
    }
}
