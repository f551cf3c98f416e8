import ParityArchive
import ParityCore
import ParityXML

/// Reads one input file into a `Document`: reads its bytes, decides its
/// format, decodes and segments it, and settles its language.
struct InputLoader {
    /// The language given on the command line, if any; it wins over the file's own.
    var language: Language?
    /// The encoding given on the command line, if any; it wins over marks and declarations.
    var encoding: TextEncoding?
    /// The largest file to read, in bytes.
    var sizeLimit = InputFileReader.defaultLimit
    /// For PDF input: run `pdftotext -layout` instead of its reading-order mode.
    var pdfLayout = false

    /// Loads the file at `path` (also used as the document's `sourceName`).
    /// - Throws: `InputError` naming the file and the problem.
    func load(_ path: String) throws(InputError) -> Document {
        let bytes = try InputFileReader.read(path, limit: sizeLimit)
        var document: Document
        if InputFormat.detect(path: path, bytes: bytes) == .udhrXML {
            document = try UDHRReader().read(bytes, file: path, encoding: encoding)
        } else {
            // Both consumed: the segmenter frees the text once its blocks are classified.
            let (text, warnings) = try segmenterText(consume bytes, path: path)
            document = PlainTextSegmenter(language: language).segment(consume text, sourceName: path)
            document.diagnostics.insert(contentsOf: warnings, at: 0)
        }
        if let language {
            document.language = language
        } else if document.language == nil {
            document.language = document.metadata.language
        }
        return document
    }

    /// The text the segmenter reads for the file at `path` (plain text, PDF,
    /// DOCX or HTML; nil for UDHR XML): the decoded file, or the text stream
    /// extracted from it, which the blocks' source ranges then point into.
    func segmenterText(_ path: String) throws(InputError) -> DecodedText? {
        let bytes = try InputFileReader.read(path, limit: sizeLimit)
        if InputFormat.detect(path: path, bytes: bytes) == .udhrXML { return nil }
        return try segmenterText(bytes, path: path).text
    }

    private func segmenterText(_ bytes: [UInt8], path: String) throws(InputError) -> (text: DecodedText, warnings: [ReaderDiagnostic]) {
        switch InputFormat.detect(path: path, bytes: bytes) {
        case .plainText, .udhrXML:
            let (text, warning) = try PlainTextDecoding.decode(bytes, file: path, forcedEncoding: encoding)
            return (text, warning.map { [$0] } ?? [])
        case .docx:
            let archive = try BoundedZIPArchive(bytes: bytes, file: path)
            return (try DOCXReader().extractText(parts: archive, file: path), [])
        case .html:
            return (try HTMLReader().extractText(bytes, file: path, encoding: encoding), [])
        case .pdf:
            let extracted = try PDFTextExtractor.extract(path, layout: pdfLayout)
            return (try TextDecoder(forcedEncoding: .utf8).decode(extracted, file: path), [])
        }
    }
}
