import Foundation

/// The kinds of input file Parity reads.
public enum InputFormat: Equatable, Sendable {
    /// A Universal Declaration of Human Rights XML file (unicode-org/udhr).
    case udhrXML
    /// A plain-text UN document (also text extracted from a PDF).
    case plainText
    /// A Word document (Office Open XML, a ZIP archive).
    case docx
    /// An HTML page.
    case html
    /// A PDF file, read through `pdftotext`.
    case pdf

    /// Decides the format from the file name and the first bytes: the
    /// extensions `.xml`, `.docx`, `.html`/`.htm`/`.xhtml`, `.pdf`; else the
    /// content: `%PDF-`, a ZIP signature, `<!DOCTYPE html` or `<html`, and
    /// `<?xml` or `<udhr` (after a byte-order mark and white space).
    /// Anything else is plain text.
    public static func detect(path: String, bytes: [UInt8]) -> InputFormat {
        let lower = path.lowercased()
        if lower.hasSuffix(".xml") { return .udhrXML }
        if lower.hasSuffix(".docx") { return .docx }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".xhtml") { return .html }
        if lower.hasSuffix(".pdf") { return .pdf }
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let head = asciiHead(bytes)
        let trimmed = Array(head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 })
        let lowered = trimmed.prefix(16).map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        if lowered.starts(with: Array("<!doctype html".utf8)) || lowered.starts(with: Array("<html".utf8)) {
            return .html
        }
        if trimmed.starts(with: Array("<?xml".utf8)) || trimmed.starts(with: Array("<udhr".utf8)) {
            return .udhrXML
        }
        return .plainText
    }

    /// The format of the regular file at `path`, from its name and first 256
    /// bytes; `nil` when it is no regular file or cannot be read (reading it
    /// then gives the error).
    public static func detect(file path: String) -> InputFormat? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            attributes[.type] as? FileAttributeType == .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        else { return nil }
        defer { try? handle.close() }
        guard let head = try? handle.read(upToCount: 256) else { return nil }
        return detect(path: path, bytes: [UInt8](head))
    }

    /// The format's name in messages: `plain text`, `PDF`, `DOCX`, `HTML`, `UDHR XML`.
    public var name: String {
        switch self {
        case .udhrXML: return "UDHR XML"
        case .plainText: return "plain text"
        case .docx: return "DOCX"
        case .html: return "HTML"
        case .pdf: return "PDF"
        }
    }

    /// Whether `--encoding` (a forced text encoding) is used for this format:
    /// not for PDF (pdftotext writes UTF-8) nor DOCX (XML parts declare their own).
    public var readsWithGivenEncoding: Bool { self != .pdf && self != .docx }

    /// The first bytes as ASCII-compatible bytes: without a UTF-8 mark, and
    /// with UTF-16 (marked, or recognisable by its zero bytes) reduced to its low bytes.
    private static func asciiHead(_ bytes: [UInt8]) -> [UInt8] {
        let prefix = Array(bytes.prefix(256))
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return Array(prefix.dropFirst(3)) }
        let littleEndian = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0x3C, 0x00])
        let bigEndian = prefix.starts(with: [0xFE, 0xFF]) || prefix.starts(with: [0x00, 0x3C])
        guard littleEndian || bigEndian else { return prefix }
        let units = prefix.starts(with: [0xFF, 0xFE]) || prefix.starts(with: [0xFE, 0xFF]) ? prefix.dropFirst(2) : prefix[...]
        return stride(from: units.startIndex, to: units.endIndex - 1, by: 2).map { index in
            let (low, high) = littleEndian ? (units[index], units[index + 1]) : (units[index + 1], units[index])
            return high == 0 ? low : 0xFF
        }
    }
}
