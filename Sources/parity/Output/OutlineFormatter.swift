import ParityCore

/// Formats a document's outline: one line per block with its id, kind,
/// number or label, and the first words of its text.
struct OutlineFormatter {
    /// How many Unicode scalars of a block's text to show.
    var textLimit = 60

    /// The outline lines of `document`, in reading order.
    func lines(_ document: Document) -> [String] {
        let rows = document.blocks.map { block in
            (id: block.id, kind: block.kind.rawValue, marker: marker(block), text: firstWords(block.text))
        }
        let idWidth = rows.map(\.id.unicodeScalars.count).max() ?? 0
        let kindWidth = rows.map(\.kind.unicodeScalars.count).max() ?? 0
        let markerWidth = rows.map(\.marker.unicodeScalars.count).max() ?? 0
        return rows.map { row in
            [padded(row.id, idWidth), padded(row.kind, kindWidth), padded(row.marker, markerWidth), row.text]
                .joined(separator: "  ")
                .trimmingTrailingSpaces()
        }
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
