#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// How far a corpus run is, on standard error: on a terminal one line
/// rewritten in place (`corpus: 120/2000 sets, 14.2 MB/s, ETA 2m10s, 1 failed`),
/// otherwise a plain line every `plainInterval` seconds; nothing with `--quiet`.
struct CorpusProgress {
    var total: Int
    var totalBytes: Int
    var quiet: Bool
    var isTerminal = isatty(2) == 1
    var plainInterval: Double = 10

    private(set) var done = 0
    private(set) var doneBytes = 0
    private(set) var failed = 0
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastPlain: ContinuousClock.Instant
    private var showing = false

    init(total: Int, totalBytes: Int, quiet: Bool) {
        self.total = total
        self.totalBytes = totalBytes
        self.quiet = quiet
        start = clock.now
        lastPlain = start
    }

    /// Seconds since the run started.
    var elapsed: Double {
        let duration = start.duration(to: clock.now)
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// Clears the progress line before other lines are printed.
    mutating func clear() {
        guard showing else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        showing = false
    }

    /// Counts one more set and shows the new state.
    mutating func advance(bytes: Int, failed didFail: Bool) {
        done += 1
        doneBytes += bytes
        if didFail { failed += 1 }
        guard !quiet else { return }
        if isTerminal {
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line()).utf8))
            showing = true
        } else if lastPlain.duration(to: clock.now) >= .seconds(plainInterval) {
            lastPlain = clock.now
            FileHandle.standardError.write(Data((line() + "\n").utf8))
        }
    }

    /// `corpus: 120/2000 sets, 14.2 MB/s, ETA 2m10s, 1 failed`.
    func line() -> String {
        let seconds = max(elapsed, 0.001)
        let rate = Double(doneBytes) / 1_000_000 / seconds
        var text = "corpus: \(done)/\(total) sets, " + String(format: "%.1f MB/s", rate)
        if done < total, doneBytes > 0 {
            let remaining = Double(max(0, totalBytes - doneBytes)) / (Double(doneBytes) / seconds)
            text += ", ETA " + Self.duration(remaining)
        }
        return text + ", \(failed) failed"
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        if whole < 60 { return "\(whole)s" }
        if whole < 3600 { return "\(whole / 60)m\(String(format: "%02d", whole % 60))s" }
        return "\(whole / 3600)h\(String(format: "%02d", whole / 60 % 60))m"
    }
}
