import Foundation

/// The index of the run a campaign process is starting, kept in a small file
/// that outlives the process: when a run traps (a Swift runtime trap ends the
/// process at once, with no chance to report), the supervisor that started the
/// process reads which run it was (``FuzzSupervisor``). One worker per process:
/// the file holds one index, rewritten in place before every run (one `pwrite`).
public final class FuzzRunMarker: @unchecked Sendable {
    private let descriptor: Int32
    /// Fixed width, so that a rewrite never leaves digits of a longer index behind.
    static let width = 20

    /// A run to trap at on purpose, to try a supervisor end to end (`PARITY_FUZZ_TRAP_AT`); nil in a real campaign.
    private let trapAt: Int?

    /// Creates (or empties) the file at `path`.
    public init(path: String, trapAt: Int? = nil) throws {
        self.trapAt = trapAt
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    deinit { close(descriptor) }

    /// Records that run `run` starts now.
    public func starting(run: Int) {
        var text = Array(String(run).utf8)
        text.insert(contentsOf: Array(repeating: UInt8(ascii: " "), count: max(0, Self.width - text.count)), at: 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        if run == trapAt { preconditionFailure("PARITY_FUZZ_TRAP_AT: a trap on purpose at run \(run)") }
    }

    /// The run a marker file at `path` names, or nil when there is none (the process ended before its first run).
    public static func run(at path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespaces))
    }
}
