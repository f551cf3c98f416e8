import CLibXML2
import ParityCore

/// A read-only view of one element of an `OwnedXMLDocument`, for the export
/// readers. Valid only while the document is alive; never leaves this module.
struct ExportXMLElement {
    let node: xmlNodePtr

    /// The element's name as written, with its prefix if any (`tuv`, `xml:lang` is an attribute).
    var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The line of the start tag.
    var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of an attribute without namespace, if present.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(node, name) else { return nil }
        defer { parity_xmlFree(value) }
        return String(cString: value)
    }

    /// The value of `xml:lang`.
    var xmlLang: String? {
        guard let value = xmlGetNsProp(node, "lang", "http://www.w3.org/XML/1998/namespace") else { return nil }
        defer { parity_xmlFree(value) }
        return String(cString: value)
    }

    /// Child elements in document order (text, comments and processing instructions skipped).
    var children: [ExportXMLElement] {
        var result: [ExportXMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(ExportXMLElement(node: current)) }
            child = current.pointee.next
        }
        return result
    }

    /// The text of all descendant text and CDATA nodes, concatenated.
    var textContent: String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { parity_xmlFree(content) }
        return String(cString: content)
    }

    /// Whether the element has non-white-space text of its own (between its child elements).
    var hasOwnText: Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
                let content = current.pointee.content,
                !String(cString: content).trimmingWhitespace().isEmpty
            {
                return true
            }
            child = current.pointee.next
        }
        return false
    }
}
