#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an `XMLStreamWriter` puts the document: a memory buffer (returned
/// by `finish()`), or an open file the document goes to as it is written, so
/// that it is never whole in memory.
enum XMLOutputDestination {
    /// A memory buffer; `XMLWriteResult.bytes` holds the document.
    case memory
    /// The open file `descriptor` (not closed by the writer); `path` names it
    /// in a write error (`ExportError.cannotWrite`). `XMLWriteResult.bytes` is empty.
    case file(descriptor: Int32, path: String)
}

/// The file end of an `XMLStreamWriter` to a file: libxml2's output buffer
/// hands it a few kilobytes at a time through `writeCallback`. A failed
/// write is recorded, not reported to libxml2 (which would print it on
/// standard error): the writer throws it at its next call.
final class XMLDescriptorOutput {
    let descriptor: Int32
    let path: String
    /// The first failed write, as the error to throw.
    private(set) var failure: ExportError?

    init(descriptor: Int32, path: String) {
        self.descriptor = descriptor
        self.path = path
    }

    /// What libxml2's `xmlOutputWriteCallback` does: `context` is an
    /// unretained `XMLDescriptorOutput`; every byte counts as written.
    static func write(_ context: UnsafeMutableRawPointer?, _ bytes: UnsafePointer<CChar>?, _ count: Int32) -> Int32 {
        guard let context else { return -1 }
        let output = Unmanaged<XMLDescriptorOutput>.fromOpaque(context).takeUnretainedValue()
        if count > 0, let bytes { output.write(UnsafeRawPointer(bytes), Int(count)) }
        return count
    }

    /// Writes every byte, retrying after signals; after a failure, nothing more.
    private func write(_ bytes: UnsafeRawPointer, _ count: Int) {
        guard failure == nil else { return }
        var offset = 0
        while offset < count {
            let written = descriptorWrite(descriptor, bytes + offset, count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = .cannotWrite(path: path, reason: String(cString: strerror(errno)))
                return
            }
            offset += written
        }
    }
}

/// The C `write(2)`, out of reach of `XMLDescriptorOutput.write` inside the class.
private func descriptorWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// One output file whose XML is made only when it is written, to memory or
/// straight to its (temporary) file, so that a large export is never whole in memory.
struct PendingXMLFile {
    /// The file's path or name.
    var name: String
    /// The version the file belongs to (a link file: its non-pivot version).
    var version: Int
    /// Whether the file is an XCES document (`cesDoc`), not a link file; true for a single-file format.
    var isDocument: Bool
    /// Writes the file's XML to the destination; its bytes when that is memory.
    var write: (XMLOutputDestination) throws(ExportError) -> XMLWriteResult
}
