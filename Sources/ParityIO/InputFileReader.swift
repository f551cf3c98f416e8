#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// Reads a whole input file into memory, refusing anything but a regular
/// file (a directory, FIFO, socket or device is refused before it is opened,
/// so nothing blocks) and files over a size limit, and turning every failure
/// into a one-line `InputError`.
public enum InputFileReader {
    /// The largest input Parity reads: 512 MB.
    public static let defaultLimit = 512 * 1024 * 1024

    /// What tells a file apart from another one, or from itself changed:
    /// device, inode, size and modification time (`InputFileRereader`).
    public struct Identity: Sendable, Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int

        init(_ status: stat) {
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int(status.st_size)
            modifiedSeconds = Int(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        }
    }

    /// The bytes of the file at `path`.
    /// - Throws: `InputError.unreadable` (missing, directory, permission, I/O
    ///   error) or `InputError.tooLarge`.
    public static func read(_ path: String, limit: Int = defaultLimit) throws(InputError) -> [UInt8] {
        try readWithIdentity(path, limit: limit).bytes
    }

    /// The bytes of the file at `path` and its identity when it was opened, as `read(_:limit:)`.
    public static func readWithIdentity(_ path: String, limit: Int = defaultLimit) throws(InputError) -> (bytes: [UInt8], identity: Identity) {
        var before = stat()
        guard stat(path, &before) == 0 else { throw .unreadable(file: path, reason: reason(errno)) }
        if let kind = nonRegularKind(before.st_mode) { throw .unreadable(file: path, reason: "is \(kind), not a regular file") }
        // O_NONBLOCK: should the path have been swapped for a FIFO since the stat, open does not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(file: path, reason: reason(errno)) }
        if let kind = nonRegularKind(status.st_mode) { throw .unreadable(file: path, reason: "is \(kind), not a regular file") }
        if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
            throw .tooLarge(file: path, bytes: Int(status.st_size), limit: limit)
        }
        let bytes = try readAll(descriptor, name: path, limit: limit,
                                expected: status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 1 << 16)
        return (bytes, Identity(status))
    }

    /// Everything readable from the open file `descriptor` (standard input,
    /// a pipe), up to `limit` bytes; the descriptor is not closed.
    /// - Parameter name: what errors call the input (e.g. `<stdin>`).
    /// - Throws: `InputError.unreadable` on an I/O error, `InputError.tooLarge`
    ///   past `limit`.
    public static func read(descriptor: Int32, name: String, limit: Int = defaultLimit) throws(InputError) -> [UInt8] {
        try readAll(descriptor, name: name, limit: limit, expected: 1 << 16)
    }

    private static func readAll(_ descriptor: Int32, name: String, limit: Int, expected: Int) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(expected, limit))
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: name, reason: reason(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(file: name, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    /// What a file of mode `mode` is, when it is not a regular file.
    private static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// The system's message for `code`, starting in lower case ("no such file or directory").
    static func reason(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
