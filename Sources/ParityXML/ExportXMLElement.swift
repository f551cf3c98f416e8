import CLibXML2
import ParityCore

/// A read-only view of one element of an `OwnedXMLDocument` for the export
/// readers, on top of the `XMLNodePointer` helpers. Valid only while the
/// document is alive; never leaves this module.
struct ExportXMLElement {
    let node: XMLNodePointer

    /// The element's local name (`tuv`, `block`).
    var name: String { node.localName }

    /// The line of the start tag.
    var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of an attribute without namespace, if present.
    func attribute(_ name: String) -> String? { node.attribute(name) }

    /// The element's own `xml:lang` attribute (not inherited from ancestors).
    var xmlLang: String? {
        guard let value = xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { parity_xmlFree(value) }
        return String(cString: value)
    }

    /// Child elements in document order (text, comments and processing instructions skipped).
    var children: [ExportXMLElement] { node.childElements.map(ExportXMLElement.init(node:)) }

    /// The character data of the element and its descendants; entity
    /// references stay as written, never expanded.
    var textContent: String { XMLTextContent.text(of: node) }
}
