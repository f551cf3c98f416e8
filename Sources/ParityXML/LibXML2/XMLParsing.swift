import CLibXML2
import ParityCore

/// Parses untrusted XML bytes with libxml2 into an owned document, turning
/// libxml2's errors into `InputError.malformedXML`.
///
/// The options never substitute entities (`XML_PARSE_NOENT`), never load an
/// external DTD or entity (`XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`), never use
/// the network (`XML_PARSE_NONET`) and keep libxml2's size and depth limits
/// (no `XML_PARSE_HUGE`), so entity bombs and external entities neither
/// expand nor fetch.
enum XMLParsing {
    /// The options Parity always uses for input it did not write itself.
    static let untrustedInputOptions = Int32(XML_PARSE_NONET.rawValue)

    /// Parses `utf8` (UTF-8 bytes, whatever the XML declaration says).
    /// - Parameters:
    ///   - utf8: the document as UTF-8.
    ///   - file: the file name, for error messages only.
    ///   - options: libxml2 parser options; keep the default for untrusted input.
    /// - Throws: `InputError.malformedXML` with libxml2's first error and its
    ///   line, or `InputError.tooLarge` beyond libxml2's 2 GB buffer limit.
    static func parse(
        utf8: [UInt8], file: String, options: Int32 = untrustedInputOptions
    ) throws(InputError) -> OwnedXMLDocument {
        let sink = XMLErrorSink()
        let pointer = try read(utf8, file: file, sink: sink) { xmlReadMemory($0, $1, nil, "UTF-8", options) }
        guard let pointer else {
            let message = sink.firstError ?? XMLMessage(level: .fatal, line: 0, message: "libxml2 could not parse the document")
            throw .malformedXML(file: file, line: message.line, message: message.message)
        }
        let document = OwnedXMLDocument(taking: pointer)
        if let message = sink.firstError {
            throw .malformedXML(file: file, line: message.line, message: message.message)
        }
        return document
    }

    /// Hands `utf8` to a libxml2 reader (`xmlReadMemory`, `htmlReadMemory`) as
    /// a C buffer and its length, with `sink` collecting libxml2's errors.
    /// - Throws: `InputError.tooLarge` beyond libxml2's 2 GB buffer limit.
    static func read(
        _ utf8: [UInt8], file: String, sink: XMLErrorSink,
        with reader: (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<xmlDoc>?
    ) throws(InputError) -> UnsafeMutablePointer<xmlDoc>? {
        guard utf8.count < Int(Int32.max) else {
            throw .tooLarge(file: file, bytes: utf8.count, limit: Int(Int32.max))
        }
        return sink.collecting {
            utf8.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in reader(chars.baseAddress, Int32(chars.count)) }
            }
        }
    }
}
