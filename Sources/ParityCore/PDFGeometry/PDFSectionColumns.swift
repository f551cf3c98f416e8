/// A two-column section inside a page of full-width text (a table of
/// contents set in two columns) whose second column the extractor read
/// before the first, put back in column order.
///
/// pdftotext may give the right column of such a section (for left-to-right
/// text; the left one for right-to-left text) before the left one, and may
/// even put the first body line after the section into the left column's
/// block. A reading goes back up the page only at a new column, so the
/// section is found from an *inversion*: a line given after a line on the
/// other side of the page, entirely before it in reading direction (left of
/// it, or right of it in right-to-left text) and not below it. Around it:
///
/// - **Gutter.** The middle of the gap between the two lines; a line running
///   across it (full-width text) bounds the section above and below.
/// - **Rows.** The second column is the run of lines on its side linked to
///   the inversion's line by steps of two and a half line heights at most
///   (a running header on that side is not in it); the section's rows are
///   those of the second column, from its first line to its last. The first column's lines from the row of the
///   second column's first line down to its last row belong to the section,
///   and so does the first column's line on the row just below it, when it
///   lies within the first column's own horizontal extent: balanced columns
///   leave the first one a row longer at most. Anything else (the next
///   heading, its label in the margin) stays where the extractor put it.
///
/// The section's lines are written where its first line was given: the first
/// column from top to bottom, then the second; each column one flow, so the
/// paragraph measures see its lines together. Nothing else moves.
enum PDFSectionColumns {
    /// `lines` (one page, in the extractor's order) with each such section in column order.
    static func ordered(_ lines: [PDFLayoutLine], page: Int) -> [PDFLayoutLine] {
        guard lines.count >= 4, lines.count <= PDFGeometryReading.edgeLineLimit else { return lines }
        let rightToLeft = lines.filter(PDFGeometryReading.isRightToLeft).count * 2 > lines.count
        var lines = lines
        var done = Set<Int>()  // inversions already handled (by the index of the later line)
        var section = 0
        var attempts = 0
        while attempts < 16, let (second, first) = inversion(lines, rightToLeft: rightToLeft, skipping: done) {
            attempts += 1
            done.insert(first)
            guard let reordered = reorder(lines, second: second, first: first, rightToLeft: rightToLeft, flowBase: -(page * 10_000 + 5_000 + section * 2)) else { continue }
            lines = reordered
            section += 1
            if section > 8 { break }
        }
        return lines
    }

    /// Whether `a` lies before `b` in reading direction, apart by half a line height at least.
    static func before(_ a: PDFBox, _ b: PDFBox, rightToLeft: Bool) -> Bool {
        let margin = 0.5 * min(a.height, b.height)
        return rightToLeft ? a.xMin > b.xMax + margin : a.xMax < b.xMin - margin
    }

    /// The first pair (second-column line, first-column line given after it but not below it).
    static func inversion(_ lines: [PDFLayoutLine], rightToLeft: Bool, skipping: Set<Int>) -> (Int, Int)? {
        for later in lines.indices where !skipping.contains(later) {
            let box = lines[later].box
            for earlier in 0..<later {
                let other = lines[earlier].box
                if box.yMin < other.yMax - 0.5 * other.height, box.yMax > other.yMin, before(box, other, rightToLeft: rightToLeft) {
                    return (earlier, later)
                }
            }
        }
        return nil
    }

    static func reorder(_ lines: [PDFLayoutLine], second: Int, first: Int, rightToLeft: Bool, flowBase: Int) -> [PDFLayoutLine]? {
        let a = lines[first].box
        let b = lines[second].box
        let gutter = rightToLeft ? (b.xMax + a.xMin) / 2 : (a.xMax + b.xMin) / 2
        func crosses(_ box: PDFBox) -> Bool { box.xMin < gutter && box.xMax > gutter }
        func inFirst(_ box: PDFBox) -> Bool { rightToLeft ? box.xMin > gutter : box.xMax < gutter }
        // Vertical bounds: the nearest lines across the gutter above and below the inversion.
        let top = min(a.yMin, b.yMin)
        let bottom = max(a.yMax, b.yMax)
        var upper = -Double.infinity
        var lower = Double.infinity
        for line in lines where crosses(line.box) {
            if line.box.yMax <= top { upper = max(upper, line.box.yMax) }
            if line.box.yMin >= bottom { lower = min(lower, line.box.yMin) }
            if line.box.yMax > top, line.box.yMin < bottom { return nil }
        }
        let inside = lines.indices.filter { lines[$0].box.yMin >= upper && lines[$0].box.yMax <= lower && !crosses(lines[$0].box) }
        // The second column: its lines linked to the inversion's by steps of at most two and a half line heights.
        let secondSide = inside.filter { !inFirst(lines[$0].box) }.sorted { lines[$0].box.yMin < lines[$1].box.yMin }
        guard let anchor = secondSide.firstIndex(of: second) else { return nil }
        var low = anchor
        var high = anchor
        func linked(_ upper: Int, _ lower: Int) -> Bool {
            lines[secondSide[lower]].box.yMin - lines[secondSide[upper]].box.yMax <= 1.5 * lines[secondSide[upper]].box.height
        }
        while low > 0, linked(low - 1, low) { low -= 1 }
        while high + 1 < secondSide.count, linked(high, high + 1) { high += 1 }
        let secondColumn = Array(secondSide[low...high])
        guard let secondTop = secondColumn.first, let secondLast = secondColumn.last else { return nil }
        let height = lines[secondTop].box.height
        let rowsTop = lines[secondTop].box.yMin - 0.5 * height
        let rowsBottom = lines[secondLast].box.yMin + 0.5 * height
        var firstColumn = inside.filter { inFirst(lines[$0].box) && lines[$0].box.yMin >= rowsTop && lines[$0].box.yMin <= rowsBottom }
            .sorted { lines[$0].box.yMin < lines[$1].box.yMin }
        guard firstColumn.count >= 2, secondColumn.count >= 2 else { return nil }
        // Balanced columns: the first may run one row below the second, inside its own extent.
        let extentLow = firstColumn.map { lines[$0].box.xMin }.min()!
        let extentHigh = firstColumn.map { lines[$0].box.xMax }.max()!
        if let extra = inside.filter({ inFirst(lines[$0].box) && lines[$0].box.yMin > rowsBottom }).min(by: { lines[$0].box.yMin < lines[$1].box.yMin }),
           lines[extra].box.yMin <= lines[secondLast].box.yMax + 0.5 * height,
           lines[extra].box.xMin >= extentLow - 0.5 * height, lines[extra].box.xMax <= extentHigh + 0.5 * height {
            firstColumn.append(extra)
        }
        let members = Set(firstColumn + secondColumn)
        guard let insertion = lines.indices.first(where: members.contains) else { return nil }
        var output: [PDFLayoutLine] = []
        output.reserveCapacity(lines.count)
        for index in lines.indices where !members.contains(index) || index == insertion {
            guard index == insertion else {
                output.append(lines[index])
                continue
            }
            for (column, indices) in [firstColumn, secondColumn].enumerated() {
                for member in indices {
                    var line = lines[member]
                    line.flow = flowBase - column
                    output.append(line)
                }
            }
        }
        return output
    }
}
