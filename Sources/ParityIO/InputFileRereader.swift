#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// Reads an input file a second time, a window of a megabyte at a time, for
/// the segmenter's streaming read
/// (`PlainTextSegmenter.segment(_:sourceName:rereading:)`): the input's
/// bytes need not stay in memory beside the blocks' text. The file must
/// still be the one first read (`InputFileReader.Identity`: same device,
/// inode, size and modification time), checked when it is opened and by
/// `finish()` after the last read; otherwise reading fails with one line.
final class InputFileRereader {
    private let path: String
    private let identity: InputFileReader.Identity
    private var descriptor: Int32 = -1
    private var window = FileReadWindow()

    /// A rereader of the file at `path`, first read as `identity`.
    init(path: String, identity: InputFileReader.Identity) {
        self.path = path
        self.identity = identity
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// The file's bytes `range`.
    /// - Throws: `InputError.unreadable` when the file cannot be read or is no longer the one first read.
    func bytes(_ range: SourceRange) throws(InputError) -> ArraySlice<UInt8> {
        if descriptor < 0 { try openFile() }
        guard range.start >= 0, range.end <= identity.size, range.start <= range.end else { throw changed() }
        let descriptor = descriptor
        do {
            return try window.bytes(range.start..<range.end, fileSize: identity.size) { FileReadWindow.read(descriptor, into: $0, at: $1) }
        } catch {
            switch error {
            case .error(let code):
                throw .unreadable(file: path, reason: InputFileReader.reason(code))
            case .shorter:
                // The file got shorter since it was first read.
                throw changed()
            }
        }
    }

    /// Checks, after the last read, that the file did not change while it was read.
    /// - Throws: `InputError.unreadable` when it did.
    func finish() throws(InputError) {
        guard descriptor >= 0 else { return }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(file: path, reason: InputFileReader.reason(errno)) }
        guard InputFileReader.Identity(status) == identity else { throw changed() }
    }

    private func openFile() throws(InputError) {
        let opened = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard opened >= 0 else { throw .unreadable(file: path, reason: InputFileReader.reason(errno)) }
        descriptor = opened
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(file: path, reason: InputFileReader.reason(errno)) }
        guard InputFileReader.Identity(status) == identity else { throw changed() }
    }

    private func changed() -> InputError {
        .unreadable(file: path, reason: "changed while it was being read")
    }
}
