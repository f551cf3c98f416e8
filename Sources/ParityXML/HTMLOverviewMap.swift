import ParityCore

/// The overview map at the top of an HTML report: an inline SVG (no
/// scripts) with one horizontal strip per version, its blocks in reading
/// order and as wide as their text, and bands drawn between neighbouring
/// strips for the blocks each row links. Rows with a gap (a block missing in
/// a version), a merge or split, a renumbered run or another finding are
/// coloured, and every mark links to its row of the side-by-side table.
struct HTMLOverviewMap {
    /// What a row shows in the map, most telling first.
    enum Mark: Int, Comparable, CaseIterable {
        case gap, mergeOrSplit, renumbered, otherFinding, plain

        static func < (lhs: Mark, rhs: Mark) -> Bool { lhs.rawValue < rhs.rawValue }

        var colour: String {
            switch self {
            case .gap: return "#d32f2f"
            case .mergeOrSplit: return "#7b1fa2"
            case .renumbered: return "#ef6c00"
            case .otherFinding: return "#f9a825"
            case .plain: return "#b0bec5"
            }
        }

        var legend: String {
            switch self {
            case .gap: return "missing or extra block (▼ where a version has none)"
            case .mergeOrSplit: return "merged or split"
            case .renumbered: return "renumbered"
            case .otherFinding: return "other finding"
            case .plain: return "no finding"
            }
        }
    }

    static let width = 1000.0
    static let labelWidth = 200.0
    static let stripHeight = 16.0
    static let bandHeight = 30.0
    /// Above this many blocks in a version, runs of narrow plain blocks share one mark.
    static let coalescingThreshold = 400

    let table: SideBySideTable
    /// Whether each row (index from 0) is present in the report (links only go to these).
    let shownRows: [Bool]
    /// Names of the versions as the report shows them.
    let names: [String]

    /// One block of a strip: its row and its position in its version (both
    /// from 0) and its horizontal extent. Positions, not copies of the blocks:
    /// a strip has every block of a version.
    struct Span {
        var row: Int32
        var block: Int32
        var x0: Double
        var x1: Double
    }

    /// The mark of each row (index from 0), made without building the rows
    /// of a table of links (only those whose blocks may be renumbered).
    func marks() -> [Mark] {
        let versionCount = table.versions.count
        var renumberedBlocks: [Set<String>] = Array(repeating: [], count: versionCount)
        for index in 0..<table.rowCount {
            for finding in table.findings(ofRow: index) where finding.kind == .outOfOrderNumber || finding.kind == .duplicateNumber {
                for location in finding.locations where location.version >= 0 && location.version < versionCount {
                    renumberedBlocks[location.version].formUnion(location.blockIDs)
                }
            }
        }
        let anyRenumbered = renumberedBlocks.contains { !$0.isEmpty }
        return (0..<table.rowCount).map { index in
            let counts = (0..<versionCount).map { table.blockCount(ofRow: index, version: $0) }
            let filled = counts.filter { $0 > 0 }.count
            if filled > 0 && filled < versionCount && versionCount > 1 { return .gap }
            if counts.contains(where: { $0 > 1 }) { return .mergeOrSplit }
            if anyRenumbered {
                for (version, cell) in table.row(index).cells.enumerated() where cell.contains(where: { renumberedBlocks[version].contains($0.id) }) {
                    return .renumbered
                }
            }
            return table.findings(ofRow: index).isEmpty ? .plain : .otherFinding
        }
    }

    func write(into html: inout HTMLEscapingWriter) {
        let versionCount = table.versions.count
        let rowCount = table.rowCount
        guard versionCount > 0, rowCount > 0 else { return }
        let marks = marks()
        let plotWidth = Self.width - Self.labelWidth - 10
        // Each version's blocks that a row holds, in reading order, with their row and horizontal extent.
        var spans: [[Span]] = []
        for version in 0..<versionCount {
            let rowOfBlock = table.firstRowOfBlocks(inVersion: version)
            let blocks = table.versions[version].blocks
            // Each placed block's text length, read once, stands in its span's `x1` until the extents are laid out.
            var strip: [Span] = []
            strip.reserveCapacity(rowOfBlock.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) })
            var lengthSum = 0.0
            for (position, row) in rowOfBlock.enumerated() where row >= 0 {
                let length = Double(blocks[position].text.unicodeScalars.count)
                lengthSum += length
                strip.append(Span(row: row, block: Int32(position), x0: 0, x1: length))
            }
            let mean = strip.isEmpty ? 1 : max(1, lengthSum / Double(strip.count))
            var total = 0.0
            for span in strip { total += max(span.x1, mean * 0.25) }
            total = max(total, 1)
            var x = Self.labelWidth
            for index in strip.indices {
                let w = max(strip[index].x1, mean * 0.25) / total * plotWidth
                strip[index].x0 = x
                strip[index].x1 = x + w
                x += w
            }
            spans.append(strip)
        }
        func top(_ version: Int) -> Double { 4 + Double(version) * (Self.stripHeight + Self.bandHeight) }
        let height = top(versionCount - 1) + Self.stripHeight + 12

        html.open("div", ["id": "overview"])
        html.element("h2", text: "Overview")
        html.open("svg", [
            "xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(Self.width)) \(Int(height.rounded(.up)))",
            "width": "100%", "role": "img",
            "aria-label": "Overview map: one strip per version, blocks in reading order, bands for the links between them",
        ])
        html.raw("\n")
        // Bands between neighbouring strips, under the blocks.
        for version in 0..<(versionCount - 1) {
            // Per row: the horizontal extent of its blocks in the lower and the upper strip (NaN: none).
            let extent = Self.rowExtents(spans[version + 1], rowCount: rowCount)
            let upper = Self.rowExtents(spans[version], rowCount: rowCount)
            // The rows of the upper strip, in the order they first occur in it.
            var order: [Int] = []
            var seen = [Bool](repeating: false, count: rowCount)
            for span in spans[version] where !seen[Int(span.row)] {
                seen[Int(span.row)] = true
                order.append(Int(span.row))
            }
            let y0 = top(version) + Self.stripHeight, y1 = top(version + 1)
            // Neighbouring plain rows that are contiguous in both strips are drawn as one band.
            var bands: [(a0: Double, a1: Double, b0: Double, b1: Double, mark: Mark)] = []
            for row in order {
                let (a0, a1) = upper[row], (b0, b1) = extent[row]
                guard !a0.isNaN, !b0.isNaN else { continue }
                let mark = marks[row]
                if mark == .plain, let last = bands.last, last.mark == .plain,
                   abs(last.a1 - a0) < 0.01, abs(last.b1 - b0) < 0.01 {
                    bands[bands.count - 1].a1 = a1
                    bands[bands.count - 1].b1 = b1
                } else {
                    bands.append((a0, a1, b0, b1, mark))
                }
            }
            for band in bands {
                let points = [(band.a0, y0), (band.a1, y0), (band.b1, y1), (band.b0, y1)].map { "\(Self.number($0.0)),\(Self.number($0.1))" }
                html.open("polygon", [
                    "points": points.joined(separator: " "), "fill": band.mark.colour,
                    "fill-opacity": band.mark == .plain ? "0.25" : "0.55",
                ])
                html.close("polygon")
            }
            html.raw("\n")
        }
        for version in 0..<versionCount {
            let y = top(version)
            html.open("text", ["x": "4", "y": Self.number(y + Self.stripHeight - 4), "font-size": "12", "fill": "#333"])
            html.text(Self.clipped(names[version], to: 30))
            html.close("text")
            // A long version (more than `coalescingThreshold` blocks) draws runs
            // of plain blocks narrower than one unit as one mark, linking to the first.
            let coalesce = spans[version].count > Self.coalescingThreshold
            var index = 0
            while index < spans[version].count {
                let span = spans[version][index]
                let mark = marks[Int(span.row)]
                var x1 = span.x1
                var next = index + 1
                if coalesce, mark == .plain {
                    while next < spans[version].count, marks[Int(spans[version][next].row)] == .plain, x1 - span.x0 < 1 {
                        x1 = spans[version][next].x1
                        next += 1
                    }
                }
                let rect: KeyValuePairs<String, String?> = [
                    "x": Self.number(span.x0), "y": Self.number(y), "width": Self.number(max(x1 - span.x0, 0.6)),
                    "height": Self.number(Self.stripHeight), "fill": mark.colour,
                    "stroke": mark == .plain ? "#ffffff" : nil, "stroke-width": mark == .plain ? "0.3" : nil,
                ]
                let block = table.versions[version].blocks[Int(span.block)]
                link(row: Int(span.row), label: "\(names[version]): \(SideBySideTable.shortLabel(block))", into: &html) { html in
                    html.open("rect", rect)
                    html.close("rect")
                }
                index = next
            }
            // Gaps: a marker where this version has nothing for a row the others have.
            var lastEnd = Self.labelWidth
            var endOfRow = [Double](repeating: .nan, count: rowCount)
            for span in spans[version] where !(endOfRow[Int(span.row)] >= span.x1) { endOfRow[Int(span.row)] = span.x1 }
            for index in 0..<rowCount {
                if !endOfRow[index].isNaN { lastEnd = endOfRow[index]; continue }
                guard table.blockCount(ofRow: index, version: version) == 0,
                      (0..<versionCount).contains(where: { table.blockCount(ofRow: index, version: $0) > 0 }) else { continue }
                let row = table.row(index)
                let points = [(lastEnd - 5, y - 3), (lastEnd + 5, y - 3), (lastEnd, y + 7)]
                    .map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
                link(row: index, label: "\(names[version]): nothing for row \(row.label)", into: &html) { html in
                    html.open("polygon", ["points": points, "fill": Mark.gap.colour, "stroke": "#ffffff", "stroke-width": "0.8"])
                    html.close("polygon")
                }
            }
            html.raw("\n")
        }
        html.close("svg")
        html.raw("\n")
        html.open("p", ["class": "legend"])
        for mark in Mark.allCases {
            html.open("span", ["class": "swatch", "style": "background: \(mark.colour)"])
            html.close("span")
            html.text(" \(mark.legend) ")
        }
        html.close("p")
        html.close("div")
        html.raw("\n")
    }

    /// Per row (index from 0): the leftmost and rightmost x of its spans in `strip`, NaN where it has none.
    static func rowExtents(_ strip: [Span], rowCount: Int) -> [(Double, Double)] {
        var extents = [(Double, Double)](repeating: (.nan, .nan), count: rowCount)
        for span in strip {
            let row = Int(span.row)
            let old = extents[row]
            extents[row] = old.0.isNaN ? (span.x0, span.x1) : (min(old.0, span.x0), max(old.1, span.x1))
        }
        return extents
    }

    private func link(row: Int, label: String, into html: inout HTMLEscapingWriter, _ body: (inout HTMLEscapingWriter) -> Void) {
        guard shownRows[row] else {
            body(&html)
            return
        }
        html.open("a", ["href": "#\(table.anchor(ofRow: row))", "aria-label": label])
        body(&html)
        html.close("a")
    }

    /// A coordinate with at most one decimal.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }

    static func clipped(_ text: String, to count: Int) -> String {
        text.count <= count ? text : String(text.prefix(count - 1)) + "…"
    }
}
