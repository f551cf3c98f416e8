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
    /// The id, kind and marker padded to their columns and the first words, two spaces apart, written into
    /// one byte buffer; trailing spaces are cut.
    func line(_ block: Block, _ widths: ColumnWidths) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128)
        for (text, width) in [(block.id, widths.id), (block.kind.rawValue, widths.kind), (marker(block), widths.marker)] {
            bytes.append(contentsOf: text.utf8)
            let missing = width - text.unicodeScalars.count
            if missing > 0 { bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: missing)) }
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
        bytes.append(contentsOf: firstWords(block.text).utf8)
        while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
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
    /// Only the first `textLimit + 1` scalars are read, whatever the text's length.
    func firstWords(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(textLimit + 1)
        for scalar in text.unicodeScalars {
            scalars.append(Self.isControl(scalar) ? " " : scalar)
            if scalars.count > textLimit { break }
        }
        guard scalars.count > textLimit else { return String(String.UnicodeScalarView(scalars)) }
        var cut = textLimit
        while cut > 1, Self.continuesCharacter(scalars[cut]) { cut -= 1 }
        scalars.removeSubrange(cut...)
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars)) + "…"
    }

    /// Whether `scalar` is a control character (general category Cc: U+0000–U+001F and U+007F–U+009F, a set
    /// Unicode keeps fixed), without a property lookup.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Whether `scalar` belongs to the character before it (a mark or a joiner).
    private static func continuesCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar == "\u{200D}" || scalar.properties.isVariationSelector
        }
    }

}
