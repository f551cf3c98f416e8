import CLibXML2
import ParityCore

/// Reads a Universal Declaration of Human Rights XML file (unicode-org/udhr
/// format) into a `Document`.
///
/// The document title becomes a `.title` block (`title`), note paragraphs
/// `.unnumberedParagraph` blocks (`note1`, …), the preamble title a level-0
/// heading (`h-preamble`) and its paragraphs `pre1`, …; each article an
/// `.article` block (`art5`) followed by its paragraphs (`art5-p1`, …) and
/// list items (`art5-li1`, …) whose `parent` is the article. Every block's
/// `sourceRanges` are byte offsets into the file, and together they cover
/// all of its character data. An article title that gives another number
/// than the article's `number` attribute becomes a `ReaderDiagnostic`.
public struct UDHRReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the bytes of `file`, taking the encoding from the file itself.
    /// - Throws: `InputError.malformedXML` and the other input errors.
    public func read(_ bytes: [UInt8], file: String) throws(InputError) -> Document {
        try read(bytes, file: file, encoding: nil)
    }

    /// Reads the bytes of `file`.
    /// - Parameters:
    ///   - bytes: the file as read.
    ///   - file: its name, for messages and `Document.sourceName`.
    ///   - encoding: an encoding that overrides the byte-order mark and the
    ///     XML declaration; `nil` to use them.
    /// - Throws: `InputError.malformedXML` with libxml2's first error,
    ///   `unsupportedFormat` when the root element is not `<udhr>`, and the
    ///   decoding errors of `TextDecoder`.
    public func read(_ bytes: [UInt8], file: String, encoding: TextEncoding?) throws(InputError) -> Document {
        let text = try XMLInputDecoding.decode(bytes, file: file, forcedEncoding: encoding)
        let options = XMLParsing.untrustedInputOptions | Int32(XML_PARSE_IGNORE_ENC.rawValue)
        let parsed = try XMLParsing.parse(utf8: text.utf8, file: file, options: options)
        guard let root = parsed.rootElement else {
            throw .malformedXML(file: file, line: 1, message: "no root element")
        }
        guard root.localName == "udhr" else {
            throw .unsupportedFormat(file: file, detail: "XML root element <\(root.localName)> is not a UDHR document (<udhr>)")
        }
        var builder = UDHRDocumentBuilder(text: text, file: file, root: root)
        return builder.build()
    }
}
