/// The rows of a data table that `pdftotext` in reading order writes cell
/// by cell: a row label on one line, then each figure on a line of its own
/// ("Argentina" / "3" / "0" / "0" / "3"). A group is a short text line
/// followed by two or more lines that each hold one figure; groups count as
/// table rows only where at least three have the same number of figures,
/// so that a figure alone in the text is never taken. A row goes on from
/// the figures of the row before, or the next row follows right after it
/// (a column caption just before a row's figures is no row). A row followed by
/// more figures than that (the total row's, whose label extraction put
/// after them) takes only its width. Each row becomes one
/// line `label⇥figure⇥…` in the cleaned text, as `-layout` gives it.
enum PDFReadingOrderTableRows {
    /// At least this many rows with the same number of figures make a table.
    static let minimumRows = 3

    /// Row label line → its figure lines, for `candidates` (non-blank line indices in order).
    static func rows(_ candidates: [Int], _ lines: [PDFLine], _ bytes: [UInt8]) -> [Int: [Int]] {
        var groups: [(label: Int, figures: [Int], afterFigure: Bool, start: Int, end: Int)] = []
        var position = 0
        while position < candidates.count {
            let label = candidates[position]
            var next = position + 1
            var figures: [Int] = []
            if isRowLabel(lines[label], bytes) {
                while next < candidates.count, isFigureLine(lines[candidates[next]], bytes) {
                    figures.append(candidates[next])
                    next += 1
                }
            }
            if figures.count >= 2 {
                let afterFigure = position > 0 && isFigureLine(lines[candidates[position - 1]], bytes)
                groups.append((label, figures, afterFigure, position, next))
                position = next
            } else {
                position += 1
            }
        }
        var rowsPerWidth: [Int: Int] = [:]
        for group in groups { rowsPerWidth[group.figures.count, default: 0] += 1 }
        var result: [Int: [Int]] = [:]
        let widths = rowsPerWidth.filter { $0.value >= minimumRows }.keys.sorted()
        for (index, group) in groups.enumerated() {
            // A row continues the table (figures before it) or starts it (the next row right after it):
            // a column caption before the figures of the first row is no row label.
            let startsTable = index + 1 < groups.count && groups[index + 1].start == group.end
            if widths.contains(group.figures.count), group.afterFigure || startsTable {
                result[group.label] = group.figures
            } else if group.afterFigure, let width = widths.last(where: { $0 < group.figures.count }) {
                // The last row before figures that extraction put after it (the total row's, its label later):
                // the row takes the table's width.
                result[group.label] = Array(group.figures.prefix(width))
            }
        }
        return result
    }

    /// A row label: short text that does not end a sentence and is no figure itself.
    private static func isRowLabel(_ line: PDFLine, _ bytes: [UInt8]) -> Bool {
        guard !line.isBlank, line.length <= 50, !isFigureLine(line, bytes) else { return false }
        let last = bytes[line.contentEnd - 1]
        return last != UInt8(ascii: ".") && last != UInt8(ascii: ":") && last != UInt8(ascii: ";")
    }

    /// A line holding one figure: digits, possibly with `,` `.` inside (`1,590`,
    /// `12.5`), a sign or a table note letter glued at the end (`235c`).
    static func isFigureLine(_ line: PDFLine, _ bytes: [UInt8]) -> Bool {
        var start = line.contentStart
        var end = line.contentEnd
        guard end - start >= 1, end - start <= 12 else { return false }
        if bytes[start] == UInt8(ascii: "-") { start += 1 }
        if end - start >= 2, bytes[end - 1] >= 0x61, bytes[end - 1] <= 0x7A { end -= 1 }
        guard start < end, isDigit(bytes[start]), isDigit(bytes[end - 1]) else { return false }
        for index in start..<end where !(isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ".")) {
            return false
        }
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
