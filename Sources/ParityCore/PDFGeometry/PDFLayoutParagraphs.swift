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
/// - **Wrap fit.** A row at the column start that opens with a capital letter
///   or a label begins a paragraph when its first word, with a space, would
///   have fitted at the end of the row before on the column's shortest full
///   row (the first decile of the printed widths of rows that the next row goes
///   on from in lower case; three of them at least), leaving two ems free at
///   least; when the row before ends a sentence (. ! ? or a closing bracket), on the median full row (a row ending a
///   sentence inside a paragraph is full; the shortest full row is often short only because the word after it is long).
///   `-layout` writes a row's characters one to a cell, so a row's length
///   in cells is not its printed width: widths are estimated from the usual
///   widths of the characters (`Shape.width(_:)`). The row before must have no
///   gap, not end in a hyphen, not be a label alone, and have gone on from a full
///   row (a two-row title set to a narrower measure does not), or, first of its
///   paragraph, end on punctuation.
///
/// Rows with a gap of three spaces or more after text (table cells, a masthead
/// row with text at both ends) are neither measured nor told apart by these
/// tests; nor is a page or column of fewer than four measured rows.
/// Only blank rows are added.
public enum PDFLayoutParagraphs {
    /// The free space, in ems, that a row must leave (against the column's shortest full row) for the wrap fit
    /// to count, however short the next word: the width estimate of a row is rough, a short word ("Mr.") no proof.
    static let leastFreeSpace = 2.0

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
        // The wrap fit's measure: the shortest full row, a full row being one at the column start that the next row
        // goes on from in lower case (a sentence running on); the first decile of their printed widths. `-layout`
        // writes a row's characters one to a cell, so full rows of one column differ by a fifth or more in cells;
        // their printed width is estimated from the characters' usual widths (`Shape.textWidth`), and only a word
        // that would have fitted on the shortest full row is taken to have fitted (rows with a dot leader left out).
        var fullWidths: [Double] = []
        for index in rows.indices.dropLast() where shapes[index].end > 0 && !shapes[index].hasLeader
            && shapes[index].indent <= columnStart + 1
            && shapes[index + 1].opensWithLowercase && shapes[index + 1].indent <= columnStart + 1 {
            fullWidths.append(shapes[index].textWidth)
        }
        fullWidths.sort()
        let fullMeasure = fullWidths.count >= 3 ? fullWidths[(fullWidths.count - 1) / 10] : 0
        // After a sentence end the measure is the median full row: a row that ends a sentence inside a paragraph is
        // full, and a word that would have fitted on half the full rows was not carried over.
        let medianFullMeasure = fullWidths.count >= 3 ? fullWidths[(fullWidths.count - 1) / 2] : 0
        /// Whether the first word of the row at `index` would have fitted at the end of the row before (both at the
        /// column start) on the shortest full row, or, when the row before ends a sentence, on the median full row.
        func wouldFit(_ index: Int) -> Bool {
            guard shapes[index - 1].end > 0, shapes[index].end > 0, shapes[index - 1].indent <= columnStart + 1 else { return false }
            let needed = shapes[index - 1].textWidth + Shape.width(" ") + max(shapes[index].firstWordWidth, Self.leastFreeSpace)
            return needed <= (shapes[index - 1].endsSentence ? medianFullMeasure : fullMeasure)
        }
        /// The first row of the paragraph that the row before the one asked about belongs to.
        var paragraphStart = 0
        for index in rows.indices.dropFirst() {
            let previous = shapes[index - 1]
            let row = shapes[index]
            if index >= 2, result[index - 1] || shapes[index - 2].end == 0 { paragraphStart = index - 1 }
            // Wrap fit: the row opens at the column start with a capital letter or a label, and its first word, with
            // a space, would have fitted at the end of the row before (no gaps, not ending in a hyphen, more than a
            // label) had that row been as long as the column's shortest full row: a layout engine would have set it there.
            // The row before went on from a full row (had its own first word fitted on the row above, the two were
            // set to a narrower measure: a title), or, first of its paragraph, ends on punctuation.
            if previous.isMeasured, !previous.endsWithHyphen, !previous.isLabelOnly, row.end > 0,
               row.indent <= columnStart + 1, row.opensWithCapital || labelled(index), wouldFit(index),
               index - 1 > paragraphStart ? !wouldFit(index - 1) : previous.endsOnPunctuation {
                result[index] = true
                continue
            }
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

        /// Characters of the first word.
        var firstWord = 0
        /// Estimated printed width of the first word, in ems (`width(_:)`).
        var firstWordWidth = 0.0
        /// Estimated printed width of the text from its first character to its last, a run of spaces counted as one.
        var textWidth = 0.0
        /// The first word starts with an upper-case letter (of a script with case).
        var opensWithCapital = false
        /// The first word starts with a lower-case letter (of a script with case).
        var opensWithLowercase = false
        /// The last character is a hyphen or dash (a word or compound cut at the row end).
        var endsWithHyphen = false
        /// The text is one word that is a paragraph or item label ("12.", "(a)", "IV.").
        var isLabelOnly = false
        /// Four dots or more in a row (a dot leader).
        var hasLeader = false
        /// The last character ends a sentence or clause (. , ; : ! ? or a closing bracket).
        var endsOnPunctuation = false
        /// The last character ends a sentence (. ! ? or a closing bracket).
        var endsSentence = false

        init(_ row: ArraySlice<Unicode.Scalar>) {
            var position = 0
            var seenText = false
            var spaces = 0
            var gap = false
            var words = 0
            var last: Unicode.Scalar = " "
            var dots = 0
            for scalar in row {
                dots = scalar == "." || scalar == "…" ? dots + 1 : 0
                if dots >= 4 { hasLeader = true }
                if scalar == " " || scalar == "\t" || scalar == "\r" {
                    if !seenText { indent += 1 }
                    spaces += 1
                } else {
                    if seenText, spaces >= 3 { gap = true }
                    if !seenText {
                        opensWithCapital = scalar.properties.isUppercase
                        opensWithLowercase = scalar.properties.isLowercase
                    }
                    if !seenText || spaces > 0 { words += 1 }
                    if words == 1 {
                        firstWord += 1
                        firstWordWidth += Self.width(scalar)
                    }
                    if seenText, spaces > 0 { textWidth += Self.width(" ") }
                    textWidth += Self.width(scalar)
                    seenText = true
                    spaces = 0
                    end = position + 1
                    last = scalar
                }
                position += 1
            }
            isMeasured = seenText && !gap
            endsOnPunctuation = [".", ",", ";", ":", "!", "?", ")"].contains(last)
            endsSentence = [".", "!", "?", ")"].contains(last)
            endsWithHyphen = last == "-" || last == "\u{2010}" || last == "\u{2013}" || last == "\u{2014}" || last == "\u{AD}"
            if words == 1 {
                let text = Array(String(String.UnicodeScalarView(row.drop { $0 == " " || $0 == "\t" })).utf8)
                isLabelOnly = PDFLabel.startsWithLabel(text, 0, text.count)
            }
        }

        /// The usual width of a character in a proportional text face, in ems (Times-like metrics, rounded): what
        /// makes a row of capitals or of "m"s wider than a row of as many "i"s. Wide (CJK) characters are one em.
        static func width(_ scalar: Unicode.Scalar) -> Double {
            switch scalar {
            case " ": return 0.25
            case ".", ",", ":", ";", "'", "’", "‘", "!", "|", "i", "j", "l", "I", "J": return 0.28
            case "(", ")", "[", "]", "-", "f", "t", "r", "s", "\"", "“", "”": return 0.35
            case "m", "w": return 0.75
            case "M", "W", "Ш", "Щ", "Ж", "Ю", "ш", "щ", "ж", "ю", "—", "%": return 0.9
            case "0"..."9": return 0.5
            default:
                if scalar.properties.isUppercase { return 0.68 }
                if scalar.properties.isLowercase { return 0.48 }
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .enclosingMark, .format: return 0
                default: break
                }
                let value = scalar.value
                // Han, kana, Hangul and full-width forms.
                if (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
                    || (0xFF00...0xFF60).contains(value) || (0x20000...0x3FFFF).contains(value) { return 1 }
                return 0.5
            }
        }
    }
}
