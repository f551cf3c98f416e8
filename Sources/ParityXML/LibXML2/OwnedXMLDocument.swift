import CLibXML2

/// Sole owner of a parsed libxml2 document: frees it when it goes out of scope.
///
/// Non-copyable so that the `xmlDoc` can never be freed twice or outlive its
/// owner. Never share one across tasks; convert to Swift values and drop it.
struct OwnedXMLDocument: ~Copyable {
    /// The document. Valid until the owner is destroyed.
    let pointer: UnsafeMutablePointer<xmlDoc>

    /// Takes ownership of `pointer`.
    init(taking pointer: UnsafeMutablePointer<xmlDoc>) {
        self.pointer = pointer
    }

    /// The root element, if the document has one.
    var rootElement: UnsafeMutablePointer<xmlNode>? { xmlDocGetRootElement(pointer) }

    deinit {
        xmlFreeDoc(pointer)
    }
}
