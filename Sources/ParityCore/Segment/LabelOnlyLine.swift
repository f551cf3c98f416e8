/// A line that holds a paragraph or heading label and nothing else: `23.`,
/// `IV.`, `A.`, `(a)`, `b)`, `1.1`, `1.a`, `Б.`, `一、`, `٣ -`, `أولا -`. Text extracted
/// from PDF (and clean texts made from such extractions) often sets the
/// number apart from its text: on a line of its own, with or without blank
/// lines after it. Such a line and the text that follows are one block.
///
/// A number of four or more digits (`2011.`) is not taken: that is the end
/// of a wrapped sentence ("… until 30 April" / "2011."), never a paragraph
/// number. Bullets and footnote markers are not labels here.
enum LabelOnlyLine {
    /// Lines longer than this many bytes are never a label alone.
    static let maximumBytes = 24

    /// Whether `bytes[start..<end]` (one trimmed line) is a label alone.
    static func isLabelOnly(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Bool {
        guard start < end, end - start <= maximumBytes else { return false }
        return isLabelOnly(ScalarText.scalars(bytes, start, end))
    }

    /// Whether `scalars` (one trimmed line) is a label alone.
    static func isLabelOnly(_ scalars: [Unicode.Scalar]) -> Bool {
        var line = scalars
        while let last = line.last, ScalarClass.isWhitespace(last) { line.removeLast() }
        while let first = line.first, ScalarClass.isWhitespace(first) { line.removeFirst() }
        guard !line.isEmpty, line.count <= maximumBytes else { return false }
        // Paragraph numbers have at most three digits.
        var digits = 0
        while digits < line.count, ScalarClass.digit(line[digits]) != nil { digits += 1 }
        if digits > 3 { return false }
        // A decimal label (`1.1`, `1.a`, `2.3.1`): a target or subsection number set apart from its text.
        if let decimal = DecimalLabel.parse(line + [" ", "x"]), decimal.length == line.count + 1 { return true }
        // A probe letter after a space: Latin, and Arabic (Arabic-style "1 -" labels need Arabic text after them).
        for probe: Unicode.Scalar in ["x", "\u{628}"] {
            guard let label = LabelParser.parse(line + [" ", probe], language: nil) else { continue }
            switch label.form {
            case .bullet, .footnoteMarker: return false
            default: break
            }
            if label.length == line.count + 1 { return true }
        }
        return false
    }
}
