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
/// temporary file is removed and no target is touched.
public enum AtomicFileWriter {
    /// Writes `bytes` to `path` atomically.
    /// - Throws: `ExportError.cannotWrite` naming the path and the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
        try write([(path: path, bytes: bytes)])
    }

    /// Writes several files: all are staged first, then renamed into place, so
    /// that a failure while writing leaves none of them behind. (A failing
    /// rename, which is rare, can leave the files renamed before it.)
    /// - Throws: `ExportError.cannotWrite` naming the first path that failed.
    public static func write(_ files: [(path: String, bytes: [UInt8])]) throws(ExportError) {
        var staged: [(temporary: String, target: String)] = []
        do throws(ExportError) {
            for file in files {
                staged.append((try stage(file.bytes, for: file.path), file.path))
            }
            for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
                let reason = systemReason()
                for remaining in staged[index...] { unlink(remaining.temporary) }
                staged = []
                throw ExportError.cannotWrite(path: file.target, reason: reason)
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
    }

    /// Writes `bytes` to a new temporary file beside `path` and returns its path.
    private static func stage(_ bytes: [UInt8], for path: String) throws(ExportError) -> String {
        let (directory, name) = split(path)
        guard !name.isEmpty else { throw .cannotWrite(path: path, reason: "no file name") }
        let temporary = "\(directory)/.\(name).\(getpid())-\(UInt32.random(in: 0...UInt32.max)).parity-tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: systemReason()) }
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = posixWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = systemReason()
                    return
                }
                offset += written
            }
        }
        if failure == nil && fsync(descriptor) != 0 { failure = systemReason() }
        if close(descriptor) != 0 && failure == nil { failure = systemReason() }
        if let failure {
            unlink(temporary)
            throw .cannotWrite(path: path, reason: failure)
        }
        return temporary
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
