/// Read access to the parts of a package file such as a DOCX (a ZIP
/// archive of XML parts), by part name. The readers that parse the parts
/// (ParityXML) take one of these, so that they never depend on how the
/// package is opened (ParityArchive's `BoundedZIPArchive`, or test doubles).
public protocol PackagePartReading {
    /// The bytes of the part at `path` (`word/document.xml`), or nil when absent.
    /// - Throws: `InputError` when the part cannot be read or is too large.
    func part(_ path: String) throws(InputError) -> [UInt8]?
}
