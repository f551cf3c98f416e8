import CLibXML2
import ParityCore

/// Reads an HTML rendering of a UN document with libxml2's forgiving HTML
/// parser (`RECOVER | NOERROR | NOWARNING | NONET`): paragraphs, headings,
/// list items (ordered lists get their rendered numbers), table rows,
/// emphasis and footnote links (`<a href="#fn1"><sup>1</sup></a>`).
///
/// Like `DOCXReader`, it writes the text stream a clean plain-text document
/// would be and lets `PlainTextSegmenter` segment it; `sourceRanges` point
/// into that stream (`extractText`), not into the HTML bytes.
public struct HTMLReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads `bytes` (an HTML file read from `file`) into a document.
    /// - Parameters:
    ///   - encoding: the encoding given by the user; otherwise a byte-order
    ///     mark, else UTF-8, else the page's declared Latin-1 / windows-1252 charset.
    /// - Throws: `InputError` for empty, binary or undecodable input, or HTML without text.
    public func read(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil, language: Language? = nil) throws(InputError) -> Document {
        let text = try extractText(bytes, file: file, encoding: encoding)
        return PlainTextSegmenter(language: language).segment(text, sourceName: file)
    }

    /// The `charset` an HTML page declares in its first 2 KB (`<meta charset=…>`
    /// or `content="text/html; charset=…"`), if any.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        guard let key = head.firstRange(of: "charset=") else { return nil }
        let value = head[key.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }

    /// The text stream the segmenter reads for the HTML `bytes`.
    public func extractText(_ bytes: [UInt8], file: String, encoding: TextEncoding? = nil) throws(InputError) -> DecodedText {
        let decoded: DecodedText
        do {
            decoded = try TextDecoder(forcedEncoding: encoding).decode(bytes, file: file)
        } catch {
            // Not UTF-8: an HTML page usually says what it is (`<meta charset="windows-1252">`).
            guard encoding == nil, case .invalidUTF8 = error, let declared = Self.declaredCharset(bytes),
                  let named = TextEncoding(name: declared), named == .latin1 || named == .windows1252 else { throw error }
            decoded = try TextDecoder(forcedEncoding: named).decode(bytes, file: file)
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let pointer = try XMLParsing.read(decoded.utf8, file: file, sink: XMLErrorSink()) {
            htmlReadMemory($0, $1, nil, "UTF-8", options)
        }
        guard let pointer else { throw .unsupportedFormat(file: file, detail: "libxml2 could not read the HTML") }
        let document = OwnedXMLDocument(taking: pointer)
        var walker = HTMLBodyWalker()
        if let root = document.rootElement { walker.walk(root) }
        let utf8 = walker.builder.finish()
        guard !utf8.isEmpty else { throw .empty(file: file) }
        return DecodedText(utf8: utf8, encoding: .utf8)
    }
}
