/// The bytes of one written XML document (UTF-8) and what was changed on the way out.
public struct XMLWriteResult: Sendable {
    /// The document, UTF-8 encoded, with an XML declaration.
    public var bytes: [UInt8]
    /// Characters dropped and similar changes; empty when the output is exact.
    public var warnings: [ExportWarning]

    /// Creates a result.
    public init(bytes: [UInt8], warnings: [ExportWarning] = []) {
        self.bytes = bytes
        self.warnings = warnings
    }
}
