import CLibXML2

/// Reads the character data of libxml2 nodes without ever expanding an
/// entity: a reference to a DTD-declared entity stays as written (`&name;`).
/// (libxml2 has already replaced character references and the five
/// predefined entities.)
enum XMLTextContent {
    /// The concatenated character data of `node` and its descendants.
    /// - Parameter descendsInto: which descendant elements contribute their
    ///   text (all by default); the text of the others is left out.
    static func text(of node: XMLNodePointer, descendsInto: (XMLNodePointer) -> Bool = { _ in true }) -> String {
        var scalars = String.UnicodeScalarView()
        append(node, to: &scalars, descendsInto: descendsInto)
        return String(scalars)
    }

    /// The character data of the sibling nodes in `nodes`.
    static func text(of nodes: [XMLNodePointer]) -> String {
        var scalars = String.UnicodeScalarView()
        for node in nodes { append(node, to: &scalars, descendsInto: { _ in true }) }
        return String(scalars)
    }

    private static func append(
        _ node: XMLNodePointer, to scalars: inout String.UnicodeScalarView, descendsInto: (XMLNodePointer) -> Bool
    ) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                scalars.append(contentsOf: String(cString: content).unicodeScalars)
            }
        case XML_ENTITY_REF_NODE:
            scalars.append(contentsOf: "&\(node.localName);".unicodeScalars)
        case XML_ELEMENT_NODE:
            for child in node.childNodes where !child.isElement || descendsInto(child) {
                append(child, to: &scalars, descendsInto: descendsInto)
            }
        default:
            break
        }
    }
}
