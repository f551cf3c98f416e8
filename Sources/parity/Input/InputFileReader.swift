#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// Reads a whole input file into memory, refusing directories and files over
/// a size limit, and turning every failure into a one-line `InputError`.
enum InputFileReader {
    /// The largest input Parity reads: 512 MB.
    static let defaultLimit = 512 * 1024 * 1024

    /// The bytes of the file at `path`.
    /// - Throws: `InputError.unreadable` (missing, directory, permission, I/O
    ///   error) or `InputError.tooLarge`.
    static func read(_ path: String, limit: Int = defaultLimit) throws(InputError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(file: path, reason: reason(errno)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(file: path, reason: reason(errno)) }
        if status.st_mode & S_IFMT == S_IFDIR {
            throw .unreadable(file: path, reason: "is a directory")
        }
        if status.st_mode & S_IFMT == S_IFREG, Int(status.st_size) > limit {
            throw .tooLarge(file: path, bytes: Int(status.st_size), limit: limit)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : 1 << 16)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(file: path, reason: reason(errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if bytes.count > limit { throw .tooLarge(file: path, bytes: bytes.count, limit: limit) }
        }
        return bytes
    }

    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
        #else
        return Darwin.read(descriptor, buffer, count)
        #endif
    }

    /// The system's message for `code`, starting in lower case ("no such file or directory").
    private static func reason(_ code: Int32) -> String {
        let message = String(cString: strerror(code))
        return message.prefix(1).lowercased() + message.dropFirst()
    }
}
