#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// A `TextSpill` in an anonymous temporary file (`AnonymousTemporaryFile`):
/// the segmenter puts the PDF-cleaned text there while the blocks' strings
/// are read back, a window of a megabyte at a time, in increasing order.
/// Nothing is made until `store` is called; when the file cannot be made or
/// written, `store` says so and the segmenter works in memory instead.
final class TemporaryTextSpill: TextSpill {
    private let directory: String
    private var file: AnonymousTemporaryFile?
    private var size = 0
    private var window = FileReadWindow()

    /// A spill whose file, once needed, is made in `directory`.
    init(directory: String = AnonymousTemporaryFile.defaultDirectory) {
        self.directory = directory
    }

    func store(_ bytes: [UInt8]) -> Bool {
        guard file == nil, let made = AnonymousTemporaryFile(directory: directory), made.append(bytes) else { return false }
        file = made
        size = bytes.count
        return true
    }

    func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> {
        guard let file, range.lowerBound >= 0, range.upperBound <= size else {
            throw .unreadable(file: directory, reason: "the temporary file has no bytes \(range)")
        }
        do {
            return try window.bytes(range, fileSize: size, read: file.read(into:at:))
        } catch {
            switch error {
            case .error(let code):
                throw .unreadable(file: directory, reason: InputFileReader.reason(code))
            case .shorter:
                throw .unreadable(file: directory, reason: "the temporary file got shorter")
            }
        }
    }
}
