#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ParityCore

/// A `TextSpill` in an anonymous temporary file (`AnonymousTemporaryFile`):
/// the PDF clean-up writes its cleaned text there as it goes, the segmenter
/// reads it back whole, then the blocks' strings a window of a megabyte at
/// a time, in increasing order. Nothing is made until the first `append`;
/// when the file cannot be made or written, `append` says so and the
/// segmenter works in memory instead.
final class TemporaryTextSpill: TextSpill {
    private let directory: String
    private var file: AnonymousTemporaryFile?
    private var failed = false
    private var size = 0
    private var window = FileReadWindow()

    /// A spill whose file, once needed, is made in `directory`.
    init(directory: String = AnonymousTemporaryFile.defaultDirectory) {
        self.directory = directory
    }

    func append(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard !failed else { return false }
        if file == nil { file = AnonymousTemporaryFile(directory: directory) }
        guard let file, file.append(bytes) else {
            failed = true
            file = nil
            return false
        }
        size += bytes.count
        return true
    }

    func contents() throws(InputError) -> [UInt8] {
        guard let file else { throw .unreadable(file: directory, reason: "the temporary file has no bytes") }
        var failure: FileReadWindow.Failure?
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            var done = 0
            while done < size {
                guard let got = file.read(into: UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(buffer)[done...]), at: done) else {
                    failure = .error(errno)
                    break
                }
                guard got > 0 else {
                    failure = .shorter
                    break
                }
                done += got
            }
            initialized = done
        }
        if let failure { throw reading(failure) }
        return bytes
    }

    func bytes(_ range: Range<Int>) throws(InputError) -> ArraySlice<UInt8> {
        guard let file, range.lowerBound >= 0, range.upperBound <= size else {
            throw .unreadable(file: directory, reason: "the temporary file has no bytes \(range)")
        }
        do {
            return try window.bytes(range, fileSize: size, read: file.read(into:at:))
        } catch {
            throw reading(error)
        }
    }

    private func reading(_ failure: FileReadWindow.Failure) -> InputError {
        switch failure {
        case .error(let code):
            return .unreadable(file: directory, reason: InputFileReader.reason(code))
        case .shorter:
            return .unreadable(file: directory, reason: "the temporary file got shorter")
        }
    }
}
