import Foundation
import ParityCore
import ZIPFoundation

/// A ZIP archive (the container of a DOCX file) read with bounded decompression.
///
/// Entry sizes in ZIP headers are not trusted: every part is inflated as a
/// stream and counted, and reading stops as soon as one part passes
/// `entryLimit` or all parts together pass `totalLimit` (a zip bomb).
public final class BoundedZIPArchive: PackagePartReading {
    /// The largest inflated size of one part: 64 MiB.
    public static let defaultEntryLimit = 64 * 1024 * 1024
    /// The largest inflated size of all parts read: 256 MiB.
    public static let defaultTotalLimit = 256 * 1024 * 1024

    private let archive: Archive
    private let file: String
    private let entryLimit: Int
    private let totalLimit: Int
    private var totalRead = 0

    /// Opens the archive in `bytes`, read from `file` (for messages only).
    /// The bytes are copied; the archive is read in memory.
    /// - Throws: `InputError.truncated` when the bytes are not a complete ZIP archive.
    public init(bytes: [UInt8], file: String, entryLimit: Int = defaultEntryLimit, totalLimit: Int = defaultTotalLimit) throws(InputError) {
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw .unsupportedFormat(file: file, detail: "not a DOCX file (no ZIP signature)")
        }
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw .truncated(file: file, detail: "the DOCX (ZIP) archive is incomplete or damaged (\(Self.describe(error)))")
        }
        self.file = file
        self.entryLimit = entryLimit
        self.totalLimit = totalLimit
    }

    /// The inflated bytes of the part at `path` (`word/document.xml`), or nil when absent.
    /// - Throws: `InputError.unsupportedFormat` when the part inflates past a
    ///   limit, `InputError.truncated` when its data is cut or corrupt.
    public func part(_ path: String) throws(InputError) -> [UInt8]? {
        guard let entry = archive[path] else { return nil }
        var bytes: [UInt8] = []
        let entryLimit = self.entryLimit
        let remaining = totalLimit - totalRead
        do {
            _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
                bytes.append(contentsOf: chunk)
                if bytes.count > entryLimit || bytes.count > remaining { throw LimitExceeded() }
            }
        } catch is LimitExceeded {
            let limit = bytes.count > entryLimit ? entryLimit : totalLimit
            throw .unsupportedFormat(
                file: file,
                detail: "DOCX part \(path) inflates past \(limit / (1024 * 1024)) MiB (a zip bomb?)")
        } catch {
            throw .truncated(file: file, detail: "DOCX part \(path) cannot be inflated (\(Self.describe(error)))")
        }
        totalRead += bytes.count
        return bytes
    }

    private struct LimitExceeded: Error {}

    private static func describe(_ error: any Error) -> String {
        if let archiveError = error as? Archive.ArchiveError { return "\(archiveError)" }
        return String(describing: error)
    }
}
