import CLibXML2

/// A libxml2 node. Internal to this module: public API never exposes it.
typealias XMLNodePointer = UnsafeMutablePointer<xmlNode>

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// Whether the node is an element.
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }

    /// The element's name without namespace prefix (`""` for unnamed nodes).
    var localName: String { pointee.name.map { String(cString: $0) } ?? "" }

    /// The node's children in document order.
    var childNodes: XMLChildNodes { XMLChildNodes(first: pointee.children) }

    /// The child elements in document order.
    var childElements: [XMLNodePointer] { childNodes.filter(\.isElement) }

    /// The value of the attribute `name` in no namespace, if present.
    func attribute(_ name: String) -> String? {
        guard let value = xmlGetNoNsProp(self, name) else { return nil }
        defer { parity_xmlFree(value) }
        return String(cString: value)
    }

    /// The `xml:lang` in scope for the node, if any.
    var language: String? {
        guard let value = xmlNodeGetLang(self) else { return nil }
        defer { parity_xmlFree(value) }
        return String(cString: value)
    }
}

/// The children of a libxml2 node, as a Swift sequence.
struct XMLChildNodes: Sequence, IteratorProtocol {
    private var current: XMLNodePointer?

    init(first: XMLNodePointer?) {
        current = first
    }

    mutating func next() -> XMLNodePointer? {
        guard let node = current else { return nil }
        current = node.pointee.next
        return node
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    /// The value of the attribute with local name `name` in any namespace
    /// (`w:val` for `"val"`), if present.
    func anyAttribute(_ name: String) -> String? {
        var property = pointee.properties
        while let current = property {
            if let attributeName = current.pointee.name, String(cString: attributeName) == name {
                guard let value = xmlNodeListGetString(pointee.doc, current.pointee.children, 0) else { return "" }
                defer { parity_xmlFree(value) }
                return String(cString: value)
            }
            property = current.pointee.next
        }
        return nil
    }

    /// The first child element with local name `name`.
    func child(_ name: String) -> XMLNodePointer? {
        childNodes.first { $0.isElement && $0.localName == name }
    }
}
