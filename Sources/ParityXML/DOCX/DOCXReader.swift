import ParityArchive
import ParityCore

/// Reads a DOCX (Office Open XML) document: its paragraphs, automatic
/// numbering, footnotes and emphasis.
///
/// The reader turns the document into the text stream a clean plain-text
/// UN document would be (see `ExtractedTextBuilder`): automatic numbers are
/// rendered and put before the text ("23. …"), tables become one line per
/// row with tab-separated cells, footnotes become `marker text` blocks after
/// the citing paragraph. `PlainTextSegmenter` then segments that stream, so
/// a DOCX gives the same outline as the same document in plain text.
///
/// A DOCX has no meaningful byte offsets of its own: the `sourceRanges` of
/// the blocks point into the extracted text stream (`extractText`).
public struct DOCXReader: Sendable {
    /// The largest inflated size of one archive part.
    public var entryLimit: Int
    /// The largest inflated size of all parts read.
    public var totalLimit: Int

    /// Creates a reader with the given decompression limits (64 MiB per part, 256 MiB in all by default).
    public init(entryLimit: Int = 64 * 1024 * 1024, totalLimit: Int = 256 * 1024 * 1024) {
        self.entryLimit = entryLimit
        self.totalLimit = totalLimit
    }

    /// Reads `bytes` (a DOCX file read from `file`) into a document.
    /// - Throws: `InputError` for a truncated or damaged archive, a zip bomb,
    ///   a missing main part, malformed XML, or a document without text.
    public func read(_ bytes: [UInt8], file: String, language: Language? = nil) throws(InputError) -> Document {
        let text = try extractText(bytes, file: file)
        return PlainTextSegmenter(language: language).segment(text, sourceName: file)
    }

    /// The text stream the segmenter reads for the DOCX `bytes`.
    /// - Throws: see `read`.
    public func extractText(_ bytes: [UInt8], file: String) throws(InputError) -> DecodedText {
        _ = libXML2Initialized
        let archive = try BoundedZIPArchive(bytes: bytes, file: file, entryLimit: entryLimit, totalLimit: totalLimit)
        guard let documentBytes = try archive.part("word/document.xml") else {
            throw .unsupportedFormat(file: file, detail: "not a DOCX file (no word/document.xml)")
        }
        // The parsed parts stay alive (in their boxes) until the walk is done.
        let stylesDocument = try Self.parseDocument(archive, "word/styles.xml", file: file)
        let numberingDocument = try Self.parseDocument(archive, "word/numbering.xml", file: file)
        let footnotesDocument = try Self.parseDocument(archive, "word/footnotes.xml", file: file)
        let styles = stylesDocument?.rootElement.map { DOCXStyles(root: $0) } ?? DOCXStyles()
        let numbering = numberingDocument?.rootElement.map { DOCXNumbering(root: $0) } ?? DOCXNumbering()
        var footnotes: [String: XMLNodePointer] = [:]
        if let root = footnotesDocument?.rootElement {
            for note in root.childElements where note.localName == "footnote" {
                if let id = note.anyAttribute("id") { footnotes[id] = note }
            }
        }
        let main = try XMLParsing.parse(utf8: documentBytes, file: "\(file) (word/document.xml)")
        guard let body = main.rootElement?.child("body") else {
            throw .unsupportedFormat(file: file, detail: "word/document.xml has no w:body")
        }
        var walker = DOCXBodyWalker(styles: styles, numbering: numbering, footnotes: footnotes)
        walker.walkBlocks(body)
        let utf8 = walker.builder.finish()
        withExtendedLifetime((stylesDocument, numberingDocument, footnotesDocument)) {}
        guard !utf8.isEmpty else { throw .empty(file: file) }
        return DecodedText(utf8: utf8, encoding: .utf8)
    }

    private static func parseDocument(_ archive: BoundedZIPArchive, _ path: String, file: String) throws(InputError) -> XMLDocumentBox? {
        guard let bytes = try archive.part(path) else { return nil }
        return XMLDocumentBox(try XMLParsing.parse(utf8: bytes, file: "\(file) (\(path))"))
    }
}
