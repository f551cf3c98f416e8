/// What Parity needs from a DOCX file's styles (`word/styles.xml`):
/// emphasis of character styles and the numbering of paragraph styles
/// (numbered heading styles "Heading 1…n" / "Título 1…n" give headings
/// their "IV.", "B.", "2." labels), following `w:basedOn` chains.
struct DOCXStyles {
    private struct Style {
        var basedOn: String?
        var bold: Bool?
        var italic: Bool?
        var numID: Int?
        var numLevel: Int?
    }

    private var styles: [String: Style] = [:]

    /// No styles (a DOCX without `styles.xml`).
    init() {}

    /// Reads the root element of `styles.xml`.
    init(root: XMLNodePointer) {
        for element in root.childElements where element.localName == "style" {
            guard let id = element.anyAttribute("styleId") else { continue }
            var style = Style()
            style.basedOn = element.child("basedOn")?.anyAttribute("val")
            if let runProperties = element.child("rPr") {
                style.bold = DOCXRunProperties.toggle(runProperties, "b")
                style.italic = DOCXRunProperties.toggle(runProperties, "i")
            }
            if let paragraphProperties = element.child("pPr") {
                if let numbering = paragraphProperties.child("numPr") {
                    style.numID = numbering.child("numId")?.anyAttribute("val").flatMap(Int.init)
                    style.numLevel = numbering.child("ilvl")?.anyAttribute("val").flatMap(Int.init)
                }
            }
            styles[id] = style
        }
    }

    /// Walks `id` and its `basedOn` ancestors (at most 32, against cycles) until `value` answers.
    private func inherited<T>(_ id: String?, _ value: (Style) -> T?) -> T? {
        var current = id
        var depth = 0
        while let key = current, let style = styles[key], depth < 32 {
            if let found = value(style) { return found }
            current = style.basedOn
            depth += 1
        }
        return nil
    }

    /// Bold and italic of the character style `id`.
    func emphasis(characterStyle id: String?) -> (bold: Bool, italic: Bool) {
        (inherited(id, \.bold) ?? false, inherited(id, \.italic) ?? false)
    }

    /// The numbering a paragraph style applies (`numId`, `ilvl`), if any.
    func numbering(paragraphStyle id: String?) -> (numID: Int, level: Int)? {
        guard let numID = inherited(id, \.numID) else { return nil }
        return (numID, inherited(id, \.numLevel) ?? 0)
    }
}
