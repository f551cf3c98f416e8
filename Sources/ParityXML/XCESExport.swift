/// The files of an XCES export: one `cesDoc` per version and one `cesAlign`
/// link file per non-pivot version, to be written side by side in one directory.
public struct XCESExport: Sendable {
    /// One output file.
    public struct File: Sendable {
        /// File name without directory (`udhr.es.xml`, `udhr.es-en.xml`).
        public var name: String
        /// For a document, its version; for a link file, the non-pivot version it links.
        public var version: Int
        /// The UTF-8 XML.
        public var bytes: [UInt8]

        /// Creates a file.
        public init(name: String, version: Int, bytes: [UInt8]) {
            self.name = name
            self.version = version
            self.bytes = bytes
        }
    }

    /// One `cesDoc` per version, in version order.
    public var documents: [File]
    /// One `cesAlign` per non-pivot version, in version order.
    public var linkFiles: [File]
    /// Characters dropped and similar changes, over all files.
    public var warnings: [ExportWarning]

    /// Creates an export.
    public init(documents: [File], linkFiles: [File], warnings: [ExportWarning] = []) {
        self.documents = documents
        self.linkFiles = linkFiles
        self.warnings = warnings
    }

    /// Documents, then link files.
    public var allFiles: [File] { documents + linkFiles }
}
