/// Paragraph ends in `pdftotext -layout` text, read from its character grid.
///
/// `-layout` writes each printed line as a row whose leading spaces are the
/// line's start on the page in character cells (its length only roughly
/// where it ends); it writes a blank row only for a gap of about a line, so paragraphs
/// set without space between them, or with a few points, run together. The
/// first-line indent tests of the geometry reading (docs/pdf-geometry.md) are
/// made here on the grid, with every measure taken from the rows of the
/// column itself (the right edge: the ninth decile of the row ends):
///
/// - **First-line indent.** A row that starts further in (two cells or more)
///   than a row at the column start (the first decile of the row starts)
///   that has no hanging label ("12.", "(a)": the row would be its text going
///   on) begins a paragraph when the row after it is back at the column start
///   and the row reaches four fifths of the right edge (a wrapped first line),
///   or stands at the row's own indent (a one-row paragraph, a block set in),
///   or there is none. A full row at the indent of the row before, itself set
///   in from the column start, begins a paragraph when the next row (without
///   a label) is at the column start: the row before, had it wrapped, would
///   have gone on there.
///
/// Rows with a gap of three spaces or more after text (table cells, a masthead
/// row with text at both ends) are neither measured nor told apart by these
/// tests; nor is a page or column of fewer than four measured rows.
/// Only blank rows are added.
///
/// The wrap test of the geometry reading (the free end of a row would have
/// held the next word) is not made: `-layout` places a row's start, not its
/// end (a justified row is written with single spaces; full rows of one page
/// differ by a tenth or more in cells), and a title set to a narrow measure
/// has no block here to take its edge from. Tried, it cut wrapped lines of
/// real reports ("… stood at" / "228 personnel") and a two-row title.
public enum PDFLayoutParagraphs {
    /// Whether a paragraph ends before each row: `rows` are one column's rows in order, blank ones
    /// included (a blank row is already a paragraph end; the answer for it is false).
    static func ends(_ rows: [ArraySlice<Unicode.Scalar>]) -> [Bool] {
        var result = Array(repeating: false, count: rows.count)
        let shapes = rows.map(Shape.init)
        let measured = shapes.filter { $0.isMeasured }
        guard measured.count >= 4 else { return result }
        let ends = measured.map(\.end).sorted()
        let edge = ends[((ends.count - 1) * 9 + 9) / 10]
        let starts = measured.map(\.indent).sorted()
        let columnStart = starts[(starts.count - 1) / 10]
        /// Whether the row opens with a paragraph or item label ("12.", "(a)", "IV."): a hanging label at the column start.
        func labelled(_ index: Int) -> Bool {
            let text = Array(String(String.UnicodeScalarView(rows[index].drop { $0 == " " })).utf8)
            return PDFLabel.startsWithLabel(text, 0, text.count)
        }
        // Whether the column sets first lines in: a full row set in, after a row at the column start without a label,
        // and followed by one there.
        let firstLineIndents = rows.indices.dropFirst().contains { index in
            guard index + 1 < rows.count, shapes[index - 1].isMeasured, shapes[index].isMeasured, shapes[index + 1].isMeasured else { return false }
            return shapes[index].indent >= columnStart + 2 && shapes[index - 1].indent <= columnStart + 1 && shapes[index + 1].indent <= columnStart + 1
                && shapes[index].end * 5 >= edge * 4 && !labelled(index - 1)
        }
        for index in rows.indices.dropFirst() {
            let previous = shapes[index - 1]
            let row = shapes[index]
            guard previous.isMeasured, row.isMeasured else { continue }
            let next = index + 1 < rows.count && shapes[index + 1].isMeasured ? shapes[index + 1] : nil
            let full = row.end * 5 >= edge * 4
            // First-line indent: in from a row at the column start (no hanging label there, whose text the row would
            // go on from), and either the next row back at the column start (the row wrapped) or at the row's own
            // indent (a paragraph of one row, or a block set in), or none.
            if row.indent >= previous.indent + 2, previous.indent <= columnStart + 1, !labelled(index - 1),
               next.map({ abs($0.indent - row.indent) <= 1 || ($0.indent <= columnStart + 1 && full) }) ?? true {
                result[index] = true
                continue
            }
            // At the indent of the row before, which had it wrapped would have gone on at the column start, where
            // the next row (no label) goes on from this one: the row before was a paragraph of one row.
            if abs(row.indent - previous.indent) <= 1, previous.indent >= columnStart + 2,
               next.map({ $0.indent <= columnStart + 1 && full && !labelled(index + 1) }) ?? firstLineIndents {
                result[index] = true
                continue
            }
        }
        return result
    }

    /// `page` (one page of `-layout` text, rows without their newlines) with a blank row before every paragraph end found.
    static func marking(_ rows: [ArraySlice<Unicode.Scalar>]) -> [ArraySlice<Unicode.Scalar>] {
        let breaks = ends(rows)
        guard breaks.contains(true) else { return rows }
        var output: [ArraySlice<Unicode.Scalar>] = []
        output.reserveCapacity(rows.count + 8)
        for (index, row) in rows.enumerated() {
            if breaks[index] { output.append([]) }
            output.append(row)
        }
        return output
    }

    /// What the tests read of one row.
    struct Shape {
        /// Leading spaces.
        var indent = 0
        /// Cells up to the last character.
        var end = 0
        /// Not blank and without a gap of three spaces or more after its text.
        var isMeasured = false

        init(_ row: ArraySlice<Unicode.Scalar>) {
            var position = 0
            var seenText = false
            var spaces = 0
            var gap = false
            for scalar in row {
                if scalar == " " || scalar == "\t" || scalar == "\r" {
                    if !seenText { indent += 1 }
                    spaces += 1
                } else {
                    if seenText, spaces >= 3 { gap = true }
                    seenText = true
                    spaces = 0
                    end = position + 1
                }
                position += 1
            }
            isMeasured = seenText && !gap
        }
    }
}
