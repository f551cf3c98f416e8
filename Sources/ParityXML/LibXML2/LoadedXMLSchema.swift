import CLibXML2
import ParityCore

/// A DTD or RelaxNG schema parsed once by libxml2 and used to validate many
/// documents: loading `parity-alignment.rng` or `tmx14.dtd` costs more than
/// validating a small output, so a caller that validates many (the fuzzer)
/// keeps one of these instead of calling `XMLValidator` each time.
///
/// libxml2 fills a DTD's content models in as it validates, so one schema
/// must be used from one thread at a time: the type is not `Sendable`.
public final class LoadedXMLSchema {
    private enum Parsed {
        case dtd(UnsafeMutablePointer<xmlDtd>)
        case relaxNG(OpaquePointer)
    }

    private let parsed: Parsed
    /// The schema file, for messages.
    public let path: String

    /// Parses the DTD in the file at `dtdPath`.
    /// - Throws: `InputError.unreadable` when it cannot be loaded.
    public init(dtdAt dtdPath: String) throws(InputError) {
        let sink = XMLErrorSink()
        guard let dtd = sink.collecting({ xmlParseDTD(nil, dtdPath) }) else {
            throw .unreadable(file: dtdPath, reason: sink.firstError?.message ?? "cannot load the DTD")
        }
        parsed = .dtd(dtd)
        path = dtdPath
    }

    /// Parses the RelaxNG schema in the file at `schemaPath`.
    /// - Throws: `InputError.unreadable` when it cannot be loaded.
    public init(relaxNGAt schemaPath: String) throws(InputError) {
        let sink = XMLErrorSink()
        let schema: OpaquePointer? = sink.collecting {
            guard let parser = xmlRelaxNGNewParserCtxt(schemaPath) else { return nil }
            defer { xmlRelaxNGFreeParserCtxt(parser) }
            return xmlRelaxNGParse(parser)
        }
        guard let schema else {
            throw .unreadable(file: schemaPath, reason: sink.firstError?.message ?? "cannot load the RelaxNG schema")
        }
        parsed = .relaxNG(schema)
        path = schemaPath
    }

    /// Validates `xml` (UTF-8, parsed with the untrusted-input options) against this schema.
    /// - Returns: libxml2's validity errors; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `xml` is not well-formed,
    ///   `InputError.unreadable` when libxml2 cannot make a validation context.
    public func validate(_ xml: [UInt8], file: String) throws(InputError) -> [XMLMessage] {
        let document = try XMLParsing.parse(utf8: xml, file: file)
        return try validate(document)
    }

    /// Validates a parsed document against this schema.
    func validate(_ document: borrowing OwnedXMLDocument) throws(InputError) -> [XMLMessage] {
        let sink = XMLErrorSink()
        let validated: Bool = sink.collecting {
            switch parsed {
            case .dtd(let dtd):
                guard let context = xmlNewValidCtxt() else { return false }
                defer { xmlFreeValidCtxt(context) }
                _ = xmlValidateDtd(context, document.pointer, dtd)
            case .relaxNG(let schema):
                guard let context = xmlRelaxNGNewValidCtxt(schema) else { return false }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                _ = xmlRelaxNGValidateDoc(context, document.pointer)
            }
            return true
        }
        guard validated else { throw .unreadable(file: path, reason: "cannot make a validation context") }
        return sink.messages.filter { $0.level >= .error }
    }

    deinit {
        switch parsed {
        case .dtd(let dtd): xmlFreeDtd(dtd)
        case .relaxNG(let schema): xmlRelaxNGFree(schema)
        }
    }
}
