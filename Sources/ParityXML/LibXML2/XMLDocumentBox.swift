import CLibXML2

/// A reference to an owned libxml2 document, for code that keeps several
/// parsed documents alive at once (the parts of a DOCX file). Never share
/// one across tasks.
final class XMLDocumentBox {
    private let document: OwnedXMLDocument

    /// Takes ownership of `document`.
    init(_ document: consuming OwnedXMLDocument) {
        self.document = document
    }

    /// The root element, if any; valid while the box lives.
    var rootElement: XMLNodePointer? { document.rootElement }
}
