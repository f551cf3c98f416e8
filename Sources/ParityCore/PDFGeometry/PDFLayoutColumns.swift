/// Puts the two page columns that `pdftotext -layout` writes side by side
/// ("left line      right line", row by row) one after the other: the
/// rows of the left column, then those of the right column (the right one
/// first on a right-to-left page), as the geometry reading does.
///
/// The gutter is found on each page from the text alone (docs/pdf-geometry.md):
///
/// - **Column start.** The right column starts at the character position
///   (in the middle two thirds of the page width) where most text segments
///   begin after at least two spaces; a row is *two-sided* when it has text
///   before that position and, after a gap of two spaces or more, from it.
/// - **Regions.** A row whose text runs across the gutter (a title set over
///   both columns, a masthead line) ends a region; the first and the last row
///   of the page, set apart by a blank row (running header, footer), are left
///   as they are.
/// - **Prose on both sides.** A region is split only when it has two rows
///   or more with text on each side (six in all) and both sides hold running
///   text (`isTwoColumnProse`): three rows or more on each side, and a third of
///   its rows, without a gap of three spaces and reaching two thirds of the
///   side's measure, the measures of the two sides within a factor of two (a
///   table, whose cells are short or gapped, never is; a contents page with dot
///   leaders in two columns is).
///
/// Inside a split column a run of spaces (justified text stretched by
/// `-layout`) becomes one space. Blank rows stay; two rows or more running
/// with text on the other side only, or one such row between rows with text
/// on both sides, are a blank line on this side (space between paragraphs);
/// any other such row is left out (the other column's baselines fall
/// between this one's).
/// Only white space is added or left out: every other scalar is written once.
public enum PDFLayoutColumns {
    /// `text` (pdftotext `-layout` output, pages separated by form feeds) with two-column regions written column by column.
    public static func split(_ text: [UInt8]) -> [UInt8] {
        let pages = text.split(separator: 0x0C, omittingEmptySubsequences: false)
        var output: [UInt8] = []
        output.reserveCapacity(text.count)
        for (index, page) in pages.enumerated() {
            if index > 0 { output.append(0x0C) }
            output.append(contentsOf: splitPage(Array(page)))
        }
        return output
    }

    static func splitPage(_ page: [UInt8]) -> [UInt8] {
        let rows = String(decoding: page, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { Array($0.unicodeScalars) }
        /// The page in one column, with the paragraph ends its grid shows (`PDFLayoutParagraphs`).
        func oneColumn() -> [UInt8] {
            let marked = PDFLayoutParagraphs.marking(rows.map { $0[...] })
            guard marked.count != rows.count else { return page }
            return Array(marked.map { String(String.UnicodeScalarView($0)) }.joined(separator: "\n").utf8)
        }
        guard rows.count >= 3, let start = columnStart(rows) else { return oneColumn() }
        let nonBlank = rows.indices.filter { !isBlank(rows[$0]) }
        guard let first = nonBlank.first, let last = nonBlank.last else { return page }
        // The edge rows set apart by a blank row (running header and footer) stay as they are.
        var low = first
        var high = last
        if nonBlank.count > 2, nonBlank[1] > first + 1 { low = nonBlank[1] }
        if nonBlank.count > 2, nonBlank[nonBlank.count - 2] < last - 1 { high = nonBlank[nonBlank.count - 2] }
        var regions: [Range<Int>] = []
        var regionStart = low
        for index in low...high where crosses(rows[index], start) {
            if regionStart < index { regions.append(regionStart..<index) }
            regionStart = index + 1
        }
        if regionStart <= high { regions.append(regionStart..<(high + 1)) }
        let split = regions.filter { isTwoColumnProse(rows[$0], start) }
        guard !split.isEmpty else { return oneColumn() }

        var lines: [String] = []
        var index = 0
        for region in split {
            while index < region.lowerBound {
                lines.append(String(String.UnicodeScalarView(rows[index])))
                index += 1
            }
            let rightToLeft = isRightToLeft(rows[region])
            for side in rightToLeft ? [1, 0] : [0, 1] {
                let parts = rows[region].map { side == 0 ? Array($0.prefix(start)) : Array($0.dropFirst(start)) }
                let other = rows[region].map { side == 1 ? Array($0.prefix(start)) : Array($0.dropFirst(start)) }
                func twoSided(_ offset: Int) -> Bool { !isBlank(parts[offset]) && !isBlank(other[offset]) }
                // Paragraph ends inside the column, read on its rows alone (the other column's left out).
                let written = parts.indices.filter { !isBlank(parts[$0]) }
                let ends = PDFLayoutParagraphs.ends(written.map { parts[$0][...] })
                var endBefore = Set<Int>()
                for (position, offset) in written.enumerated() where ends[position] { endBefore.insert(offset) }
                for (offset, part) in parts.enumerated() {
                    if isBlank(part) {
                        // A blank row; two rows running with text on the other side only; or one such row between
                        // rows with text on both sides (the columns share their baselines there): space on this side.
                        let gap = isBlank(rows[region.lowerBound + offset])
                            || (offset + 1 < parts.count && isBlank(parts[offset + 1]) && (offset == 0 || !isBlank(parts[offset - 1])))
                            || (offset > 0 && offset + 1 < parts.count && twoSided(offset - 1) && twoSided(offset + 1))
                        if gap, let last = lines.last, !last.isEmpty { lines.append("") }
                        continue
                    }
                    if endBefore.contains(offset), let last = lines.last, !last.isEmpty { lines.append("") }
                    lines.append(collapsingSpaces(part))
                }
            }
            index = region.upperBound
        }
        while index < rows.count {
            lines.append(String(String.UnicodeScalarView(rows[index])))
            index += 1
        }
        return Array(lines.joined(separator: "\n").utf8)
    }

    static func isBlank(_ row: some Collection<Unicode.Scalar>) -> Bool {
        row.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
    }

    /// The position where the right column's rows start, if the page has one.
    static func columnStart(_ rows: [[Unicode.Scalar]]) -> Int? {
        let width = rows.map(\.count).max() ?? 0
        guard width >= 20 else { return nil }
        var counts: [Int: Int] = [:]
        var textRows = 0
        for row in rows where !isBlank(row) {
            textRows += 1
            var spaces = 0
            var seenText = false
            for (position, scalar) in row.enumerated() {
                if scalar == " " {
                    spaces += 1
                    continue
                }
                // A segment after two spaces or more (or a row's first text, set in from the margin).
                if (spaces >= 2 || (!seenText && spaces > 0)), position * 6 >= width, position * 6 <= width * 5 {
                    counts[position, default: 0] += 1
                }
                spaces = 0
                seenText = true
            }
        }
        guard let best = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
              best.value >= 4, best.value * 4 >= textRows else { return nil }
        return best.key
    }

    /// Whether the row has text just before `start` (text across the gutter).
    static func crosses(_ row: [Unicode.Scalar], _ start: Int) -> Bool {
        guard row.count > start - 1, start >= 2 else { return false }
        return row[start - 1] != " " || (row.count > start && row[start] != " " && row[start - 2] != " ")
    }

    /// Whether the rows hold prose on both sides of the gutter at `start`: on each side three rows or more,
    /// and a third of its rows or more, are running text (no gap of three spaces or more, and reaching two
    /// thirds of the side's measure: the upper quartile of its row ends), and the narrower side's measure is half
    /// the wider's or more. Measures are taken in written characters, so a side of wide (CJK) characters,
    /// which `-layout` writes one to a cell, is measured on its own scale, as is a side of short masthead
    /// lines among its running text. A table (cells with gaps, or short cells), a list of names against
    /// a column of dot leaders, or a label margin is not prose on both sides.
    static func isTwoColumnProse(_ rows: ArraySlice<[Unicode.Scalar]>, _ start: Int) -> Bool {
        var left: [ArraySlice<Unicode.Scalar>] = []
        var right: [ArraySlice<Unicode.Scalar>] = []
        for row in rows where !isBlank(row) {
            let leftPart = row.prefix(start)
            let rightPart = row.dropFirst(start)
            if !isBlank(leftPart) { left.append(leftPart) }
            if !isBlank(rightPart) { right.append(rightPart) }
        }
        guard right.count >= 2, left.count >= 2, right.count + left.count >= 6 else { return false }
        /// The side's measure, or nil when fewer than three of its rows (or under a third) are running text.
        func measure(_ parts: [ArraySlice<Unicode.Scalar>]) -> Int? {
            let ends = parts.map(textEnd).sorted()
            let measure = ends[((ends.count - 1) * 3 + 3) / 4]
            let running = parts.filter { textEnd($0) * 3 >= measure * 2 && !hasGap($0) }.count
            return running >= 3 && running * 3 >= parts.count ? measure : nil
        }
        guard let leftMeasure = measure(left), let rightMeasure = measure(right) else { return false }
        return min(leftMeasure, rightMeasure) * 2 >= max(leftMeasure, rightMeasure)
    }

    /// Characters of `part` up to its last non-space one (leading spaces counted).
    static func textEnd(_ part: ArraySlice<Unicode.Scalar>) -> Int {
        var end = part.count
        while end > 0, [" ", "\t", "\r"].contains(part[part.startIndex + end - 1]) { end -= 1 }
        return end
    }

    /// Whether `part` has a run of three spaces or more between two of its characters (table cells, stretched masthead rows).
    static func hasGap(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        var seenText = false
        var spaces = 0
        for scalar in part {
            if scalar == " " {
                spaces += 1
            } else {
                if seenText, spaces >= 3 { return true }
                seenText = true
                spaces = 0
            }
        }
        return false
    }

    static func isRightToLeft(_ rows: ArraySlice<[Unicode.Scalar]>) -> Bool {
        var balance = 0
        for row in rows {
            for scalar in row {
                if PDFGeometryReading.isRightToLeftLetter(scalar) { balance += 1 } else if scalar.properties.isAlphabetic { balance -= 1 }
            }
        }
        return balance > 0
    }

    /// The part with its trailing spaces left out and each inner run of spaces made one (leading ones kept).
    static func collapsingSpaces(_ part: [Unicode.Scalar]) -> String {
        var end = part.count
        while end > 0, part[end - 1] == " " { end -= 1 }
        var start = 0
        while start < end, part[start] == " " { start += 1 }
        var text = String(repeating: " ", count: start)
        var previousSpace = false
        for scalar in part[start..<end] {
            if scalar == " " {
                if !previousSpace { text.unicodeScalars.append(" ") }
                previousSpace = true
            } else {
                text.unicodeScalars.append(scalar)
                previousSpace = false
            }
        }
        return text
    }
}
