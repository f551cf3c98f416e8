#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files so that a reader never sees a partial file: each file
/// goes to a temporary file in its own directory, is flushed to disk, and is
/// then renamed over the target. On an error before the renames, every
/// temporary file is removed and no target is touched; SIGINT, SIGTERM and
/// SIGHUP remove them too (`TemporaryFileRegistry`).
///
/// Only regular files are written (`OutputTarget`): a device, FIFO, socket or
/// directory is refused, and so is any of `inputs`; a file that is replaced
/// keeps its permission bits.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path` atomically.
    /// - Throws: `ExportError.cannotWrite` naming the path and the reason.
    public static func write(_ bytes: [UInt8], to path: String, protecting inputs: [String] = []) throws(ExportError) {
        try write([(path: path, bytes: bytes)], protecting: inputs)
    }

    /// Writes several files: all are checked and staged first, then renamed
    /// into place, so that a failure while writing leaves none of them behind.
    /// (A failing rename, which is rare, can leave the files renamed before it.)
    /// - Throws: `ExportError.cannotWrite` naming the first path that failed.
    public static func write(_ files: [(path: String, bytes: [UInt8])], protecting inputs: [String] = []) throws(ExportError) {
        try write(streaming: files.map { file -> (path: String, content: Content) in
            (path: file.path, content: { descriptor, path throws(ExportError) in
                if let failure = Self.writeAll(file.bytes, to: descriptor) { throw .cannotWrite(path: path, reason: failure) }
            })
        }, protecting: inputs)
    }

    /// Writes a file's content to an open descriptor (the temporary file's);
    /// the second argument is the path to name in a write error (the target's).
    typealias Content = (_ descriptor: Int32, _ path: String) throws(ExportError) -> Void

    /// Writes several files as `write(_:protecting:)` does, each made by its
    /// `content` straight into its temporary file, in order, so that no file
    /// need be whole in memory. When a `content` throws, every temporary file
    /// is removed and the error is passed on.
    static func write(streaming files: [(path: String, content: Content)], protecting inputs: [String] = []) throws(ExportError) {
        let targets = try files.map { file throws(ExportError) in try OutputTarget.resolve(file.path, inputs: inputs) }
        var staged: [(temporary: String, target: String, slot: Int?)] = []
        do throws(ExportError) {
            for (file, target) in zip(files, targets) {
                let (temporary, slot) = try stage(file.content, for: target)
                staged.append((temporary, target.path, slot))
            }
            holdStagedFilesForTesting()
            for (index, file) in staged.enumerated() {
                if rename(file.temporary, file.target) != 0 {
                    let reason = systemReason()
                    for remaining in staged[index...] {
                        unlink(remaining.temporary)
                        TemporaryFileRegistry.unregister(remaining.slot)
                    }
                    staged = []
                    throw ExportError.cannotWrite(path: file.target, reason: reason)
                }
                TemporaryFileRegistry.unregister(file.slot)
            }
        } catch {
            for file in staged {
                unlink(file.temporary)
                TemporaryFileRegistry.unregister(file.slot)
            }
            throw error
        }
    }

    /// Writes `content` to a new temporary file beside the target and returns
    /// its path and its slot in `TemporaryFileRegistry`.
    private static func stage(_ content: Content, for target: OutputTarget) throws(ExportError) -> (String, Int?) {
        let path = target.path
        let (directory, name) = split(path)
        guard !name.isEmpty else { throw .cannotWrite(path: path, reason: "no file name") }
        let temporary = "\(directory)/.\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).parity-tmp"
        let slot = TemporaryFileRegistry.register(temporary)
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            TemporaryFileRegistry.unregister(slot)
            throw .cannotWrite(path: path, reason: systemReason())
        }
        var failure: ExportError?
        if let mode = target.existingMode, fchmod(descriptor, mode) != 0 { failure = .cannotWrite(path: path, reason: systemReason()) }
        if failure == nil {
            do throws(ExportError) { try content(descriptor, path) } catch { failure = error }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = .cannotWrite(path: path, reason: systemReason()) }
        if close(descriptor) != 0 && failure == nil { failure = .cannotWrite(path: path, reason: systemReason()) }
        if let failure {
            unlink(temporary)
            TemporaryFileRegistry.unregister(slot)
            throw failure
        }
        return (temporary, slot)
    }

    /// With `PARITY_TEST_HOLD_STAGED_OUTPUT=MS` in the environment, waits that
    /// many milliseconds (at most 10 s) between staging and renaming, so that
    /// a test can interrupt a write at that point.
    private static func holdStagedFilesForTesting() {
        guard let value = getenv("PARITY_TEST_HOLD_STAGED_OUTPUT"), let milliseconds = Int(String(cString: value)), milliseconds > 0
        else { return }
        usleep(UInt32(min(milliseconds, 10_000)) * 1000)
    }

    /// Writes every byte, retrying after signals; the system's reason on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> String? {
        bytes.withUnsafeBytes { raw -> String? in
            var offset = 0
            while offset < raw.count {
                let written = posixWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return systemReason()
                }
                offset += written
            }
            return nil
        }
    }

    /// The directory (`.` when none) and the last component of `path`.
    private static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    private static func systemReason() -> String { String(cString: strerror(errno)) }
}

/// The C `write(2)`, out of reach of `AtomicFileWriter.write` inside the enum.
private func posixWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
