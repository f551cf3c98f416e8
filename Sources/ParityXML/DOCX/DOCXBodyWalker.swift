import ParityCore

/// Walks the body of `word/document.xml` and writes its paragraphs, table
/// rows and footnotes into an `ExtractedTextBuilder`.
struct DOCXBodyWalker {
    let styles: DOCXStyles
    var numbering: DOCXNumbering
    let footnotes: [String: XMLNodePointer]
    var builder = ExtractedTextBuilder()
    /// The number of the next automatically numbered footnote.
    private var nextFootnoteNumber = 1

    init(styles: DOCXStyles, numbering: DOCXNumbering, footnotes: [String: XMLNodePointer]) {
        self.styles = styles
        self.numbering = numbering
        self.footnotes = footnotes
    }

    /// Block-level content: paragraphs, tables, content controls.
    mutating func walkBlocks(_ container: XMLNodePointer) {
        for element in container.childElements {
            switch element.localName {
            case "p":
                paragraph(element)
                builder.endParagraph()
            case "tbl":
                for row in element.childElements where row.localName == "tr" {
                    tableRow(row)
                    builder.endParagraph()
                }
            case "sdt":
                if let content = element.child("sdtContent") { walkBlocks(content) }
            case "customXml", "ins", "smartTag":
                walkBlocks(element)
            default:
                continue
            }
        }
    }

    /// A table row as one line: cells separated by tabs, paragraphs inside a cell by spaces.
    private mutating func tableRow(_ row: XMLNodePointer) {
        var first = true
        for cell in row.childElements where cell.localName == "tc" {
            if !first { builder.append("\t") }
            first = false
            var firstParagraph = true
            for element in cell.childElements where element.localName == "p" {
                if !firstParagraph { builder.append(" ") }
                firstParagraph = false
                paragraph(element)
            }
        }
    }

    /// One `w:p`: its automatic number, then its runs.
    private mutating func paragraph(_ element: XMLNodePointer) {
        let properties = element.child("pPr")
        let styleID = properties?.child("pStyle")?.anyAttribute("val")
        var numID: Int?
        var level = 0
        if let direct = properties?.child("numPr") {
            numID = direct.child("numId")?.anyAttribute("val").flatMap(Int.init)
            level = direct.child("ilvl")?.anyAttribute("val").flatMap(Int.init) ?? 0
        }
        if numID == nil, let inherited = styles.numbering(paragraphStyle: styleID) {
            numID = inherited.numID
            level = inherited.level
        }
        if let numID, let label = numbering.nextLabel(numID: numID, level: level) {
            builder.append(label + " ")
        }
        inline(element)
    }

    /// Inline content of a paragraph: runs, hyperlinks, insertions, fields.
    private mutating func inline(_ container: XMLNodePointer) {
        for element in container.childElements {
            switch element.localName {
            case "r":
                run(element)
            case "hyperlink", "ins", "smartTag", "fldSimple", "customXml", "bdo", "dir":
                inline(element)
            case "sdt":
                if let content = element.child("sdtContent") { inline(content) }
            default:
                continue  // pPr, del, bookmarks, proofing marks, comments
            }
        }
    }

    /// One `w:r`: text, tabs, breaks and footnote references with the run's emphasis.
    private mutating func run(_ element: XMLNodePointer) {
        let properties = element.child("rPr")
        let styled = styles.emphasis(characterStyle: properties?.child("rStyle")?.anyAttribute("val"))
        let bold = properties.flatMap { DOCXRunProperties.toggle($0, "b") } ?? styled.bold
        let italic = properties.flatMap { DOCXRunProperties.toggle($0, "i") } ?? styled.italic
        for child in element.childElements {
            switch child.localName {
            case "t":
                builder.append(XMLTextContent.text(of: child), bold: bold, italic: italic)
            case "tab", "ptab":
                builder.append("\t")
            case "br", "cr":
                builder.append("\n")
            case "noBreakHyphen":
                builder.append("-", bold: bold, italic: italic)
            case "sym":
                if let code = child.anyAttribute("char").flatMap({ UInt32($0, radix: 16) }),
                   let scalar = Unicode.Scalar(code), code >= 0x20, !(0xF000...0xF0FF).contains(code) {
                    builder.append(String(scalar), bold: bold, italic: italic)
                }
            case "footnoteReference":
                footnoteReference(child)
            default:
                continue  // rPr, softHyphen, instrText, fldChar, lastRenderedPageBreak, drawings
            }
        }
    }

    /// A footnote reference: an automatic number is written as superscript
    /// digits; a custom mark (`w:customMarkFollows`) follows as ordinary text.
    private mutating func footnoteReference(_ element: XMLNodePointer) {
        let customMark = element.anyAttribute("customMarkFollows").map { $0 == "1" || $0 == "true" || $0 == "on" } ?? false
        var marker: String?
        if !customMark {
            marker = SuperscriptDigits.superscript(nextFootnoteNumber)
            nextFootnoteNumber += 1
            builder.append(marker!)
        }
        guard let id = element.anyAttribute("id"), let note = footnotes[id] else { return }
        let body = footnoteText(note)
        if let marker {
            builder.addNote(marker: marker, text: body.text)
        } else if let mark = body.leadingMark {
            builder.addNote(marker: mark, text: body.text)
        } else {
            builder.addNote(marker: "", text: body.text)
        }
    }

    /// The text of a footnote; a custom mark written as the note's first
    /// run (before any other text) is returned apart as `leadingMark`.
    private func footnoteText(_ note: XMLNodePointer) -> (leadingMark: String?, text: String) {
        var text = ""
        var leadingMark: String?
        var sawFootnoteRef = false
        for paragraph in note.childElements where paragraph.localName == "p" {
            if !text.isEmpty { text += " " }
            collectText(paragraph, into: &text, leadingMark: &leadingMark, sawFootnoteRef: &sawFootnoteRef)
        }
        return (leadingMark, text)
    }

    private func collectText(_ node: XMLNodePointer, into text: inout String, leadingMark: inout String?, sawFootnoteRef: inout Bool) {
        for child in node.childElements {
            switch child.localName {
            case "t":
                let value = XMLTextContent.text(of: child)
                let isMarkStyled = node.localName == "r" && Self.isNoteMarkRun(node)
                if text.isEmpty, leadingMark == nil, !sawFootnoteRef, isMarkStyled, value.count <= 3 {
                    leadingMark = value.trimmingWhitespace()
                } else {
                    text += value
                }
            case "tab", "br", "cr":
                text += " "
            case "footnoteRef":
                sawFootnoteRef = true
            case "r", "hyperlink", "ins", "smartTag", "fldSimple":
                collectText(child, into: &text, leadingMark: &leadingMark, sawFootnoteRef: &sawFootnoteRef)
            default:
                continue
            }
        }
    }

    /// Whether a run in a footnote is styled as the note's mark (superscript,
    /// or a footnote character / reference style).
    private static func isNoteMarkRun(_ run: XMLNodePointer) -> Bool {
        guard let properties = run.child("rPr") else { return false }
        if properties.child("vertAlign")?.anyAttribute("val") == "superscript" { return true }
        guard let style = properties.child("rStyle")?.anyAttribute("val")?.lowercased() else { return false }
        return style.contains("footnote") || style.contains("fußnote") || style.contains("nota")
    }
}
