#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A window of a megabyte onto a file, for reading ranges of it back in
/// increasing order (`InputFileRereader`, `TemporaryTextSpill`): a range
/// outside the window reads a new one from the range's start, a megabyte or
/// the range's length, whichever is more, cut at the file's end.
struct FileReadWindow {
    /// Bytes read at a time (more when one range is longer).
    static let size = 1 << 20

    /// Why a window could not be read.
    enum Failure: Error {
        /// A read failed with this `errno`.
        case error(Int32)
        /// The file ended before the window did: it got shorter.
        case shorter
    }

    private var window: [UInt8] = []
    private var windowStart = 0

    /// The bytes `range` of a file of `fileSize` bytes (`range` must lie in
    /// it); `read(buffer, offset)` fills `buffer` from `offset` and returns
    /// the bytes read (0 at the end), or nil on an error with `errno` set.
    mutating func bytes(_ range: Range<Int>, fileSize: Int,
                        read: (UnsafeMutableRawBufferPointer, Int) -> Int?) throws(Failure) -> ArraySlice<UInt8> {
        if range.lowerBound < windowStart || range.upperBound > windowStart + window.count {
            let wanted = min(max(Self.size, range.count), fileSize - range.lowerBound)
            if window.count != wanted { window = [UInt8](repeating: 0, count: wanted) }
            var done = 0
            while done < wanted {
                let got = window.withUnsafeMutableBytes { buffer in
                    read(UnsafeMutableRawBufferPointer(rebasing: buffer[done...]), range.lowerBound + done)
                }
                guard let got else { throw .error(errno) }
                guard got > 0 else { throw .shorter }
                done += got
            }
            windowStart = range.lowerBound
        }
        return window[(range.lowerBound - windowStart)..<(range.upperBound - windowStart)]
    }

    /// `pread(2)` into `buffer` from `offset`, retried when a signal interrupts
    /// it: the bytes read (0 at the end), or nil on an error, with `errno` set.
    static func read(_ descriptor: Int32, into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Int? {
        while true {
            let got = pread(descriptor, buffer.baseAddress!, buffer.count, off_t(offset))
            if got < 0, errno == EINTR { continue }
            return got < 0 ? nil : got
        }
    }
}
