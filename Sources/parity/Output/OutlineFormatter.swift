import ParityCore

/// Formats a document's outline: one line per block with its id, kind,
/// number or label, and the first words of its text.
struct OutlineFormatter {
    /// How many Unicode scalars of a block's text to show.
    var textLimit = 60

    /// The widths of the id, kind and marker columns of `document`'s outline.
    struct ColumnWidths {
        var id = 0
        var kind = 0
        var marker = 0
    }

    /// The outline lines of `document`, in reading order.
    func lines(_ document: Document) -> [String] {
        let widths = columnWidths(document)
        return document.blocks.map { line($0, widths) }
    }

    /// Gives the outline lines one at a time, so a long document's outline is never held whole.
    func forEachLine(_ document: Document, _ body: (String) -> Void) {
        let widths = columnWidths(document)
        for block in document.blocks { body(line(block, widths)) }
    }

    /// The column widths: the longest id, kind and marker.
    func columnWidths(_ document: Document) -> ColumnWidths {
        var widths = ColumnWidths()
        for block in document.blocks {
            widths.id = max(widths.id, block.id.unicodeScalars.count)
            widths.kind = max(widths.kind, block.kind.rawValue.unicodeScalars.count)
            widths.marker = max(widths.marker, marker(block).unicodeScalars.count)
        }
        return widths
    }

    /// The outline line of `block`.
    func line(_ block: Block, _ widths: ColumnWidths) -> String {
        [padded(block.id, widths.id), padded(block.kind.rawValue, widths.kind), padded(marker(block), widths.marker), firstWords(block.text)]
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
    }

    /// What identifies the block to a reader: a paragraph's or article's
    /// number, a heading's normalized label path, a footnote's or list
    /// item's label, a metadata line's field; `-` when there is none.
    func marker(_ block: Block) -> String {
        switch block.kind {
        case .heading, .tocEntry:
            if let path = block.labelPath, !path.isEmpty { return path }
        case .metadata:
            if let field = block.metadataField { return field.rawValue }
        default:
            break
        }
        if let number = block.number { return String(number) }
        if let label = block.label, !label.isEmpty { return label }
        return "-"
    }

    /// The first `textLimit` scalars of `text`, cut before a combining mark
    /// rather than after it, with `…` when something was cut. Control
    /// characters become spaces so that each block stays on one line.
    func firstWords(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars.lazy.map { $0.properties.generalCategory == .control ? " " : $0 })
        guard scalars.count > textLimit else { return String(String.UnicodeScalarView(scalars)) }
        var cut = textLimit
        while cut > 1, Self.continuesCharacter(scalars[cut]) { cut -= 1 }
        scalars.removeSubrange(cut...)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars)) + "…"
    }

    /// Whether `scalar` belongs to the character before it (a mark or a joiner).
    private static func continuesCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "\u{200D}" || scalar.properties.isVariationSelector
        }
    }

    private func padded(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.unicodeScalars.count))
    }
}
