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

    /// Loads the file at `path` (also used as the document's `sourceName`).
    /// - Throws: `InputError` naming the file and the problem.
    func load(_ path: String) throws(InputError) -> Document {
        let bytes = try InputFileReader.read(path, limit: sizeLimit)
        var document: Document
        switch InputFormat.detect(path: path, bytes: bytes) {
        case .udhrXML:
            document = try UDHRReader().read(bytes, file: path, encoding: encoding)
        case .plainText:
            let text = try TextDecoder(forcedEncoding: encoding).decode(bytes, file: path)
            document = PlainTextSegmenter(language: language).segment(text, sourceName: path)
        }
        if let language {
            document.language = language
        } else if document.language == nil {
            document.language = document.metadata.language
        }
        return document
    }
}
