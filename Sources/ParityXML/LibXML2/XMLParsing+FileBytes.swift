import CLibXML2
import ParityCore

extension XMLParsing {
    /// Decodes the bytes of an XML file (byte-order mark, XML declaration,
    /// else UTF-8; see `XMLInputDecoding`) and parses them as untrusted input.
    /// - Throws: the decoding errors of `XMLInputDecoding` (`InputError.empty`
    ///   for an empty file) and `InputError.malformedXML` with the line.
    static func parse(fileBytes bytes: [UInt8], file: String) throws(InputError) -> OwnedXMLDocument {
        let text = try XMLInputDecoding.decode(bytes, file: file, forcedEncoding: nil)
        return try parse(utf8: text.utf8, file: file, options: untrustedInputOptions | Int32(XML_PARSE_IGNORE_ENC.rawValue))
    }
}
