import Foundation

/// When a long fuzz run says how far it is: every `runs` runs, or after
/// `seconds` since the last line, whichever comes first, one line on
/// standard error (the figures go to standard output at the end).
public final class FuzzProgress<Report>: @unchecked Sendable {
    /// A line every this many runs.
    public let runs: Int
    /// A line at the first run this many seconds after the last one.
    public let seconds: Double
    private let line: (Report) -> String
    private let write: (String) -> Void
    private var last = Date()

    /// Progress every `runs` runs or `seconds` seconds, as `line` words a
    /// report; `write` gets each line (standard error unless given).
    public init(runs: Int = 1_000, seconds: Double = 30, line: @escaping (Report) -> String,
                write: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
        self.runs = max(1, runs)
        self.seconds = seconds
        self.line = line
        self.write = write
    }

    /// Whether a line is due after `runs` runs.
    func isDue(runs done: Int) -> Bool {
        done % runs == 0 || Date().timeIntervalSince(last) >= seconds
    }

    /// Writes a problem as soon as it is found.
    func problem(_ text: String) {
        write("parity-fuzz: problem: " + text)
    }

    /// Writes the line for `report`.
    func tell(_ report: Report) {
        last = Date()
        write(line(report))
    }
}
