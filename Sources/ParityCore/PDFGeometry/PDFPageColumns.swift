/// Two page columns that the extractor read row by row, put back column by
/// column.
///
/// pdftotext groups the lines of two page columns into one flow per column
/// for left-to-right text, but for right-to-left text (and in some
/// left-to-right layouts) it may give every line a flow of its own in the
/// order of their heights, so the rows of the two columns alternate. A page
/// is read column by column when it has a gutter (a vertical strip in the
/// middle three fifths of the page, at least half a line height wide, that
/// the fewest lines cross, at most a tenth of them: those spanning both
/// columns) with at least four lines on each side, the extractor's order
/// switches sides at least four times and at least once for every two lines
/// of the shorter column, and each column is eight line heights wide or
/// more with two lines or more filling it (running text, not the cells of
/// a table). Nothing is joined across the gutter. Lines crossing the
/// gutter (a title over both columns) cut the page into bands; in each
/// band the first column (the right one on a page of right-to-left lines)
/// is read from top to bottom, then the other. Each column of a band is
/// made one flow, so that the paragraph measures see its lines together.
enum PDFPageColumns {
    /// The gutter between two page columns whose rows the extractor mixed, if the page has one.
    static func mixedColumnsGutter(_ lines: [PDFLayoutLine], pageWidth: Double) -> (low: Double, high: Double)? {
        guard lines.count >= 8, lines.count <= PDFGeometryReading.edgeLineLimit, let gutter = gutter(lines, pageWidth: pageWidth) else { return nil }
        let sides = lines.map { side($0, gutter) }
        var switches = 0
        var lastSide: Int?
        for current in sides {
            guard let current else { continue }
            if let lastSide, lastSide != current { switches += 1 }
            lastSide = current
        }
        let sideLines = sides.compactMap { $0 }.count
        let shorter = min(sides.filter { $0 == 0 }.count, sides.filter { $0 == 1 }.count)
        guard switches >= 4, switches * 2 >= shorter, sideLines * 2 >= lines.count else { return nil }
        // Columns of running text, not table cells: each at least eight line heights wide, two of its lines
        // or more filling it.
        for column in [0, 1] {
            let members = lines.indices.filter { sides[$0] == column }.map { lines[$0].box }
            guard let low = members.map(\.xMin).min(), let high = members.map(\.xMax).max() else { return nil }
            let heights = members.map(\.height).sorted()
            guard high - low >= 8 * heights[heights.count / 2] else { return nil }
            let full = members.filter { $0.width >= 0.8 * (high - low) }.count
            guard full >= 2 else { return nil }
        }
        return gutter
    }

    /// 0 for a line left of the gutter, 1 right of it, nil across it.
    static func side(_ line: PDFLayoutLine, _ gutter: (low: Double, high: Double)) -> Int? {
        if line.box.xMax <= gutter.low { return 0 }
        if line.box.xMin >= gutter.high { return 1 }
        return nil
    }

    /// `lines` in reading order, column by column on each side of `gutter` (`mixedColumnsGutter`).
    static func ordered(_ lines: [PDFLayoutLine], gutter: (low: Double, high: Double)?, page: Int) -> [PDFLayoutLine] {
        guard let gutter else { return lines }
        let sides = lines.map { side($0, gutter) }
        let rightToLeft = lines.filter(PDFGeometryReading.isRightToLeft).count * 2 > lines.count
        let byHeight = lines.indices.sorted { lines[$0].box.yMin != lines[$1].box.yMin ? lines[$0].box.yMin < lines[$1].box.yMin : $0 < $1 }
        var output: [PDFLayoutLine] = []
        output.reserveCapacity(lines.count)
        var band: [[Int]] = [[], []]
        var bandNumber = 0
        func flushBand() {
            for column in (rightToLeft ? [1, 0] : [0, 1]) {
                for index in band[column] {
                    var line = lines[index]
                    line.flow = -(page * 10_000 + bandNumber * 2 + column + 1)
                    output.append(line)
                }
            }
            band = [[], []]
            bandNumber += 1
        }
        for index in byHeight {
            if let column = sides[index] {
                band[column].append(index)
            } else {
                flushBand()
                output.append(lines[index])
            }
        }
        flushBand()
        return output
    }

    /// The widest strip in the middle three fifths of the page that the fewest lines cross (no more
    /// than a tenth of the lines), with four lines or more on each side.
    static func gutter(_ lines: [PDFLayoutLine], pageWidth: Double) -> (low: Double, high: Double)? {
        let heights = lines.map(\.box.height).sorted()
        let height = heights[heights.count / 2]
        guard height > 0, pageWidth > 0 else { return nil }
        let positions = Array(stride(from: (pageWidth * 0.2).rounded(), through: pageWidth * 0.8, by: 1.0))
        let crossings = positions.map { x in lines.reduce(0) { $0 + ($1.box.xMin < x && $1.box.xMax > x ? 1 : 0) } }
        guard let fewest = crossings.min(), fewest <= lines.count / 10 else { return nil }
        var best: (low: Double, high: Double)?
        var runStart: Int?
        for index in positions.indices {
            if crossings[index] == fewest {
                if runStart == nil { runStart = index }
                let low = positions[runStart!]
                let high = positions[index]
                if best == nil || high - low > best!.high - best!.low { best = (low, high) }
            } else {
                runStart = nil
            }
        }
        guard let found = best, found.high - found.low >= 0.5 * height else { return nil }
        let left = lines.filter { $0.box.xMax <= found.low }.count
        let right = lines.filter { $0.box.xMin >= found.high }.count
        guard left >= 4, right >= 4 else { return nil }
        return found
    }
}
