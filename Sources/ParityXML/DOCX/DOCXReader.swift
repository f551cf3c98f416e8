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
    /// Creates a reader.
    public init() {}

    /// Reads the DOCX whose parts `parts` gives (open the file with
    /// ParityArchive's `BoundedZIPArchive`), read from `file`, into a document.
    /// - Throws: `InputError` for a damaged part or a zip bomb (from `parts`),
    ///   a missing main part, malformed XML, or a document without text.
    public func read(parts: some PackagePartReading, file: String, language: Language? = nil) throws(InputError) -> Document {
        let text = try extractText(parts: parts, file: file)
        return PlainTextSegmenter(language: language).segment(text, sourceName: file)
    }

    /// The text stream the segmenter reads for the DOCX whose parts `parts` gives.
    /// - Throws: see `read`.
    public func extractText(parts archive: some PackagePartReading, file: String) throws(InputError) -> DecodedText {
        _ = libXML2Initialized
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
        let paragraphs = DOCXParagraphCount.count(documentBytes, stoppingAfter: DOCXParagraphCount.limit)
        guard paragraphs <= DOCXParagraphCount.limit else {
            throw .unsupportedFormat(
                file: file, detail: "word/document.xml holds more than \(DOCXParagraphCount.limit) paragraphs (the most Parity reads from one part)")
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

    private static func parseDocument(_ archive: some PackagePartReading, _ path: String, file: String) throws(InputError) -> XMLDocumentBox? {
        guard let bytes = try archive.part(path) else { return nil }
        return XMLDocumentBox(try XMLParsing.parse(utf8: bytes, file: "\(file) (\(path))"))
    }
}
