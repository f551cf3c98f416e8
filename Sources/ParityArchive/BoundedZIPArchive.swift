import Foundation
import ParityCore
import ZIPFoundation

/// A ZIP archive (the container of a DOCX file) read with bounded decompression.
///
/// The archive's structure is read and checked against the bytes first
/// (`ZIPCentralDirectory`), so no offset or count can point outside the
/// data. Entry sizes in ZIP headers are not trusted: every part is inflated
/// as a stream (zlib, through ZIPFoundation's `Data.decompress`) from
/// exactly its compressed bytes, and reading stops as soon as one part
/// passes `entryLimit` or all parts together pass `totalLimit` (a zip bomb),
/// or the compressed data ends before the deflate stream does (which would
/// otherwise make the inflater wait for input forever). The CRC-32 of every
/// part is checked.
public final class BoundedZIPArchive: PackagePartReading {
    /// The largest inflated size of one part: 64 MiB.
    public static let defaultEntryLimit = 64 * 1024 * 1024
    /// The largest inflated size of all parts read: 256 MiB.
    public static let defaultTotalLimit = 256 * 1024 * 1024

    private let bytes: Data
    private let directory: ZIPCentralDirectory
    private let file: String
    private let entryLimit: Int
    private let totalLimit: Int
    private var totalRead = 0

    /// Opens the archive in `bytes`, read from `file` (for messages only).
    /// - Throws: `InputError.truncated` when the bytes are not a complete,
    ///   consistent ZIP archive.
    public init(bytes: [UInt8], file: String, entryLimit: Int = defaultEntryLimit, totalLimit: Int = defaultTotalLimit) throws(InputError) {
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw .unsupportedFormat(file: file, detail: "not a DOCX file (no ZIP signature)")
        }
        do throws(ZIPCentralDirectory.Damage) {
            directory = try ZIPCentralDirectory(bytes)
        } catch {
            throw .truncated(file: file, detail: "the DOCX (ZIP) archive is incomplete or damaged (\(error.reason))")
        }
        self.bytes = Data(bytes)
        self.file = file
        self.entryLimit = entryLimit
        self.totalLimit = totalLimit
    }

    /// The inflated bytes of the part at `path` (`word/document.xml`), or nil when absent.
    /// - Throws: `InputError.unsupportedFormat` when the part inflates past a
    ///   limit, `InputError.truncated` when its data is cut or corrupt.
    public func part(_ path: String) throws(InputError) -> [UInt8]? {
        guard let entry = directory.entries[path] else { return nil }
        let compressed = bytes[bytes.startIndex + entry.dataStart ..< bytes.startIndex + entry.dataStart + entry.compressedSize]
        var inflated: [UInt8] = []
        let entryLimit = self.entryLimit
        let remaining = totalLimit - totalRead
        var checksum: UInt32
        do {
            if entry.method == 0 {
                guard compressed.count <= entryLimit, compressed.count <= remaining else { throw LimitExceeded() }
                inflated = [UInt8](compressed)
                checksum = Data(compressed).crc32(checksum: 0)
            } else {
                checksum = try Data.decompress(size: Int64(compressed.count), bufferSize: 64 * 1024, skipCRC32: false, provider: { position, size in
                    // Asked for more after the last compressed byte: the deflate stream is cut.
                    guard position < Int64(compressed.count) else { throw CutStream() }
                    let start = compressed.startIndex + Int(position)
                    return compressed[start ..< min(compressed.endIndex, start + size)]
                }, consumer: { chunk in
                    inflated.append(contentsOf: chunk)
                    if inflated.count > entryLimit || inflated.count > remaining { throw LimitExceeded() }
                })
            }
        } catch is LimitExceeded {
            let limit = inflated.count > entryLimit || compressed.count > entryLimit ? entryLimit : totalLimit
            throw .unsupportedFormat(file: file, detail: "DOCX part \(path) inflates past \(limit / (1024 * 1024)) MiB (a zip bomb?)")
        } catch is CutStream {
            throw .truncated(file: file, detail: "DOCX part \(path) cannot be inflated (its compressed data ends too soon)")
        } catch {
            throw .truncated(file: file, detail: "DOCX part \(path) cannot be inflated (\(error))")
        }
        guard checksum == entry.crc32 else {
            throw .truncated(file: file, detail: "DOCX part \(path) cannot be inflated (its CRC-32 does not match)")
        }
        totalRead += inflated.count
        return inflated
    }

    private struct LimitExceeded: Error {}
    private struct CutStream: Error {}
}
