import CLibXML2
import ParityCore

/// Reads a Universal Declaration of Human Rights XML file (unicode-org/udhr
/// format) into a `Document`.
///
/// PLACEHOLDER: returns an empty document; the real reader replaces it.
public struct UDHRReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the bytes of `file`.
    /// - Throws: `InputError.malformedXML` and the other input errors.
    public func read(_ bytes: [UInt8], file: String) throws(InputError) -> Document {
        _ = LIBXML_DOTTED_VERSION
        return Document(sourceName: file)
    }
}
