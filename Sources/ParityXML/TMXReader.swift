import CLibXML2
import ParityCore

/// Reads a TMX 1.4 file (ours or another tool's) into units with their
/// per-language text, for `parity show` and for checking exports.
public struct TMXReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads the bytes of `file`. The DOCTYPE's DTD is not loaded.
    /// - Throws: `InputError.malformedXML` with the line for XML that is not
    ///   well-formed or lacks what TMX requires (`header`, `body`, `xml:lang`,
    ///   `seg`); `.unsupportedFormat` when the root is not `<tmx>`.
    public func read(_ bytes: [UInt8], file: String) throws(InputError) -> TMXDocument {
        let document = try XMLParsing.parse(fileBytes: bytes, file: file)
        guard let rootNode = document.rootElement else { throw .malformedXML(file: file, line: 1, message: "no root element") }
        let root = ExportXMLElement(node: rootNode)
        guard root.name == "tmx" else {
            throw .unsupportedFormat(file: file, detail: "root element <\(root.name)> is not <tmx>")
        }
        let parts = root.children
        guard parts.count == 2, parts[0].name == "header", parts[1].name == "body" else {
            throw .malformedXML(file: file, line: root.line, message: "<tmx> must contain <header> and <body>")
        }
        let header = parts[0]
        var units: [TMXDocument.Unit] = []
        for unitElement in parts[1].children where unitElement.name == "tu" {
            var unit = TMXDocument.Unit(id: unitElement.attribute("tuid"), variants: [])
            for part in unitElement.children {
                switch part.name {
                case "prop": unit.properties.append(property(part))
                case "tuv": unit.variants.append(try variant(part, file: file))
                default: continue  // <note>
                }
            }
            units.append(unit)
        }
        return TMXDocument(
            sourceLanguage: header.attribute("srclang") ?? "",
            creationTool: header.attribute("creationtool") ?? "",
            units: units)
    }

    private func variant(_ element: ExportXMLElement, file: String) throws(InputError) -> TMXDocument.Variant {
        // `lang` is TMX 1.3's name for `xml:lang`.
        guard let language = element.xmlLang ?? element.attribute("lang") else {
            throw .malformedXML(file: file, line: element.line, message: "<tuv> without xml:lang")
        }
        var properties: [TMXDocument.Property] = []
        var text: String?
        for part in element.children {
            switch part.name {
            case "prop": properties.append(property(part))
            case "seg": text = segmentText(part.node)
            default: continue
            }
        }
        guard let text else { throw .malformedXML(file: file, line: element.line, message: "<tuv xml:lang=\"\(language)\"> without <seg>") }
        return TMXDocument.Variant(language: language, text: text, properties: properties)
    }

    private func property(_ element: ExportXMLElement) -> TMXDocument.Property {
        TMXDocument.Property(type: element.attribute("type") ?? "", value: element.textContent)
    }

    /// Text of a `<seg>`: its text nodes and the text of nested `<hi>`,
    /// without the native codes of `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>`;
    /// entity references as written, never expanded.
    private func segmentText(_ node: XMLNodePointer) -> String {
        XMLTextContent.text(of: node) { $0.localName == "hi" }
    }
}
