import CLibXML2
import ParityCore

/// Validates XML against a DTD or a RelaxNG schema with libxml2, collecting
/// libxml2's messages instead of printing them.
///
/// The schema is a trusted file (for example `Schemas/tmx14.dtd`); the
/// document is parsed with the untrusted-input options, so validation never
/// loads the document's own external DTD or entities. Each call loads the
/// schema anew; to validate many documents, keep a `LoadedXMLSchema`.
public enum XMLValidator {
    /// Validates `xml` (UTF-8) against the DTD in the file at `dtdPath`.
    /// - Returns: libxml2's validity errors; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `xml` is not well-formed, and
    ///   `InputError.unreadable` when the DTD cannot be loaded.
    public static func validate(_ xml: [UInt8], file: String, againstDTDAt dtdPath: String) throws(InputError) -> [XMLMessage] {
        let document = try XMLParsing.parse(utf8: xml, file: file)
        return try validate(document, againstDTDAt: dtdPath)
    }

    /// Validates `xml` (UTF-8) against the RelaxNG schema in the file at `schemaPath`.
    /// - Returns: libxml2's validity errors; empty when the document is valid.
    /// - Throws: `InputError.malformedXML` when `xml` is not well-formed, and
    ///   `InputError.unreadable` when the schema cannot be loaded.
    public static func validate(_ xml: [UInt8], file: String, againstRelaxNGAt schemaPath: String) throws(InputError) -> [XMLMessage] {
        let document = try XMLParsing.parse(utf8: xml, file: file)
        return try validate(document, againstRelaxNGAt: schemaPath)
    }

    /// Validates a parsed document against the DTD at `dtdPath`.
    static func validate(_ document: borrowing OwnedXMLDocument, againstDTDAt dtdPath: String) throws(InputError) -> [XMLMessage] {
        try LoadedXMLSchema(dtdAt: dtdPath).validate(document)
    }

    /// Validates a parsed document against the RelaxNG schema at `schemaPath`.
    static func validate(_ document: borrowing OwnedXMLDocument, againstRelaxNGAt schemaPath: String) throws(InputError) -> [XMLMessage] {
        try LoadedXMLSchema(relaxNGAt: schemaPath).validate(document)
    }
}
