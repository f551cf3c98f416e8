#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file without a name: made with `mkstemp(3)` in a directory
/// (`$TMPDIR`, else `/tmp`) and unlinked at once, so that no exit path
/// (an error, a crash, SIGKILL) can leave it behind; the system frees its
/// blocks when the descriptor is closed (`deinit`). SIGINT, SIGTERM and
/// SIGHUP are held back between its creation and the unlink, so a signal
/// cannot end the process while the file has a name.
final class AnonymousTemporaryFile {
    private let descriptor: Int32

    /// The directory temporary files go to: `$TMPDIR` when set, else `/tmp`.
    static var defaultDirectory: String {
        if let value = getenv("TMPDIR"), value[0] != 0 { return String(cString: value) }
        return "/tmp"
    }

    /// A new empty file in `directory`; nil when none can be made there.
    init?(directory: String = AnonymousTemporaryFile.defaultDirectory) {
        var template = Array((directory.hasSuffix("/") ? directory : directory + "/").utf8CString.dropLast())
        template.append(contentsOf: ".parity-spill-XXXXXX".utf8CString)
        var held = sigset_t()
        var previous = sigset_t()
        sigemptyset(&held)
        for signalNumber in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&held, signalNumber) }
        pthread_sigmask(SIG_BLOCK, &held, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        let opened = template.withUnsafeMutableBufferPointer { buffer in
            let opened = mkstemp(buffer.baseAddress!)
            if opened >= 0 { unlink(buffer.baseAddress!) }
            return opened
        }
        guard opened >= 0 else { return nil }
        _ = fcntl(opened, F_SETFD, FD_CLOEXEC)
        descriptor = opened
    }

    deinit { close(descriptor) }

    /// Appends `bytes`; false when they cannot all be written (disk full, say).
    func append(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { buffer in
            var done = 0
            while done < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + done, buffer.count - done)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return false }
                done += written
            }
            return true
        }
    }

    /// Reads into `buffer` from `offset`; the number of bytes read (0 at the end), or nil on an error, with `errno` set.
    func read(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
        FileReadWindow.read(descriptor, into: buffer, at: offset)
    }
}
