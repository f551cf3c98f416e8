import CLibXML2
import ParityCore

/// Walks an HTML tree and writes its blocks into an `ExtractedTextBuilder`.
///
/// White space is folded as a browser folds it (except inside `<pre>`);
/// `<br>` is a line break; block elements end the paragraph around them;
/// `<ol>` items get their rendered numbers ("23. "); table rows become one
/// line with tab-separated cells. A footnote link (`<a href="#…">` whose
/// text is a short marker such as `1`, `*` or `<sup>1</sup>`) is written as
/// the marker, digits as superscript digits; at the start of a paragraph it
/// is the footnote's own label and is followed by a space.
struct HTMLBodyWalker {
    var builder = ExtractedTextBuilder()
    private var pendingSpace = false
    private var atParagraphStart = true
    private var preformatted = 0
    /// A list item's number has been written and no text yet: the block
    /// inside the item (`<li><p>…`) continues the same paragraph.
    private var holdingListLabel = false
    /// Inside a table row: the row is one line, its cells separated by tabs.
    private var rowDepth = 0
    private var cellsInRow = 0

    private static let skipped: Set<String> = ["head", "script", "style", "noscript", "template", "title", "svg", "math", "object", "iframe"]
    private static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "table", "tr",
        "ul", "ol", "dl", "section", "article", "header", "footer", "nav", "aside", "main", "body", "html",
        "center", "address", "figure", "figcaption", "hr", "form", "fieldset", "caption", "thead", "tbody", "tfoot",
    ]

    /// Elements by `id` (and `<a name>`), for footnote links.
    private var anchors: [String: XMLNodePointer] = [:]
    /// Footnote bodies already written after their citing paragraph.
    private var consumedNotes: Set<UnsafeMutableRawPointer> = []

    /// Writes `node` and its descendants.
    mutating func walk(_ node: XMLNodePointer) {
        indexAnchors(node)
        walk(node, bold: false, italic: false, listNumber: nil)
    }

    private mutating func indexAnchors(_ node: XMLNodePointer) {
        var stack = [node]
        while let current = stack.popLast() {
            if current.isElement {
                if let id = current.attribute("id"), anchors[id] == nil { anchors[id] = current }
                if current.localName.lowercased() == "a", let name = current.attribute("name"), anchors[name] == nil { anchors[name] = current }
            }
            var child = current.pointee.children
            while let next = child {
                stack.append(next)
                child = next.pointee.next
            }
        }
    }

    /// The footnote a reference link points to: the block that holds the
    /// link's target, with the note's own marker and back-links removed.
    private func footnoteBody(for link: XMLNodePointer) -> (container: XMLNodePointer, text: String)? {
        guard let href = link.attribute("href"), href.count > 1, let target = anchors[String(href.dropFirst())] else { return nil }
        var container: XMLNodePointer? = target
        while let current = container, !Self.blocks.contains(current.localName.lowercased()) || current.localName.lowercased() == "body" {
            if current.localName.lowercased() == "body" { return nil }
            container = current.pointee.parent
        }
        guard let container, container != link.pointee.parent else { return nil }
        var text = XMLTextContent.text(of: container).foldingWhitespace()
        let ownMarker = XMLTextContent.text(of: target).foldingWhitespace()
        if target != container, !ownMarker.isEmpty, text.hasPrefix(ownMarker) { text = String(text.dropFirst(ownMarker.count)) }
        text = String(text.unicodeScalars.filter { $0 != "\u{21A9}" && $0 != "\u{FE0E}" && $0 != "\u{FE0F}" }.map(Character.init))
        return (container, text.trimmingWhitespace())
    }

    private mutating func walk(_ node: XMLNodePointer, bold: Bool, italic: Bool, listNumber: String?) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content { text(String(cString: content), bold: bold, italic: italic) }
            return
        case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE:
            break
        default:
            return
        }
        let name = node.localName.lowercased()
        if Self.skipped.contains(name) || consumedNotes.contains(UnsafeMutableRawPointer(node)) { return }
        switch name {
        case "br":
            if rowDepth == 0 { builder.append("\n") }
            pendingSpace = false
            return
        case "a" where isFootnoteLink(node):
            let marker = SuperscriptDigits.superscriptIfDigits(XMLTextContent.text(of: node).foldingWhitespace())
            if pendingSpace, !atParagraphStart { builder.append(" ", bold: bold, italic: italic) }
            builder.append(marker)
            holdingListLabel = false
            if atParagraphStart {
                builder.append(" ")
            } else if let note = footnoteBody(for: node) {
                // A reference: its note follows the citing paragraph, as in a clean text.
                consumedNotes.insert(UnsafeMutableRawPointer(note.container))
                builder.addNote(marker: marker, text: note.text)
            }
            pendingSpace = false
            atParagraphStart = false
            return
        case "ol":
            endBlock()
            var counter = node.attribute("start").flatMap { Int($0.trimmingWhitespace()) } ?? 1
            let format = ListNumberFormat(htmlType: node.attribute("type"))
            for child in node.childNodes {
                if child.isElement, child.localName.lowercased() == "li" {
                    if let value = child.attribute("value").flatMap({ Int($0.trimmingWhitespace()) }) { counter = value }
                    walk(child, bold: bold, italic: italic, listNumber: format.render(counter) + ".")
                    counter += 1
                } else {
                    walk(child, bold: bold, italic: italic, listNumber: nil)
                }
            }
            endBlock()
            return
        case "tr":
            endBlock()
            rowDepth += 1
            cellsInRow = 0
            var child = node.pointee.children
            while let current = child {
                walk(current, bold: bold, italic: italic, listNumber: nil)
                child = current.pointee.next
            }
            rowDepth -= 1
            endBlock()
            return
        case "td", "th":
            if cellsInRow > 0 { builder.append("\t") }
            cellsInRow += 1
            pendingSpace = false
            atParagraphStart = false
        default:
            break
        }
        let isBlock = Self.blocks.contains(name)
        if isBlock { endBlock() }
        if name == "li", let listNumber {
            builder.append(listNumber + " ")
            atParagraphStart = false
            holdingListLabel = true
        }
        if name == "pre" { preformatted += 1 }
        let childBold = bold || name == "b" || name == "strong"
        let childItalic = italic || name == "i" || name == "em"
        var child = node.pointee.children
        while let current = child {
            walk(current, bold: childBold, italic: childItalic, listNumber: nil)
            child = current.pointee.next
        }
        if name == "pre" { preformatted -= 1 }
        if isBlock { endBlock() }
    }

    private mutating func endBlock() {
        if holdingListLabel || rowDepth > 0 { return }
        builder.endParagraph()
        pendingSpace = false
        atParagraphStart = true
    }

    /// Appends character data, folding white space outside `<pre>`.
    private mutating func text(_ value: String, bold: Bool, italic: Bool) {
        if preformatted > 0 {
            builder.append(value, bold: bold, italic: italic)
            atParagraphStart = false
            return
        }
        // A run of white space without a line feed that holds a tab is a
        // column separator (a table of contents typed with tabs); any other
        // run folds to one space.
        var folded = ""
        var runTabs = 0
        var runHasLineFeed = false
        func flushRun() {
            if runTabs > 0, !runHasLineFeed {
                folded.append(String(repeating: "\t", count: runTabs))
            } else if pendingSpace, !(atParagraphStart && folded.isEmpty) {
                folded.append(" ")
            }
            pendingSpace = false
            runTabs = 0
            runHasLineFeed = false
        }
        for scalar in value.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0C}" {
                pendingSpace = true
                if scalar == "\t" { runTabs += 1 }
                if scalar == "\n" || scalar == "\r" { runHasLineFeed = true }
            } else {
                flushRun()
                folded.unicodeScalars.append(scalar)
            }
        }
        if runTabs > 0, !runHasLineFeed {
            folded.append(String(repeating: "\t", count: runTabs))
            pendingSpace = false
        }
        guard !folded.isEmpty else { return }
        builder.append(folded, bold: bold, italic: italic)
        atParagraphStart = false
        holdingListLabel = false
    }

    /// A link to a fragment in the same document whose text is a footnote
    /// marker: up to four digits, asterisks, daggers or superscript digits.
    private func isFootnoteLink(_ node: XMLNodePointer) -> Bool {
        guard let href = node.attribute("href"), href.hasPrefix("#") else { return false }
        let text = XMLTextContent.text(of: node).foldingWhitespace()
        guard !text.isEmpty, text.count <= 4 else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            ("0"..."9").contains(scalar) || scalar == "*" || scalar == "†" || scalar == "‡"
                || "⁰¹²³⁴⁵⁶⁷⁸⁹".unicodeScalars.contains(scalar)
        }
    }
}
