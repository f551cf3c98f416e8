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
    /// Rows present in the report (links only go to these).
    let shownRows: Set<Int>
    /// Names of the versions as the report shows them.
    let names: [String]

    /// The mark of each row (index from 0).
    func marks() -> [Mark] {
        var renumberedBlocks: [Set<String>] = Array(repeating: [], count: table.versions.count)
        for row in table.rows {
            for finding in row.findings where finding.kind == .outOfOrderNumber || finding.kind == .duplicateNumber {
                for location in finding.locations where location.version < renumberedBlocks.count {
                    renumberedBlocks[location.version].formUnion(location.blockIDs)
                }
            }
        }
        return table.rows.map { row in
            let filled = row.cells.filter { !$0.isEmpty }.count
            if filled > 0 && filled < row.cells.count && table.versions.count > 1 { return .gap }
            if row.cells.contains(where: { $0.count > 1 }) { return .mergeOrSplit }
            for (version, cell) in row.cells.enumerated() where cell.contains(where: { renumberedBlocks[version].contains($0.id) }) {
                return .renumbered
            }
            return row.findings.isEmpty ? .plain : .otherFinding
        }
    }

    func write(into html: inout HTMLEscapingWriter) {
        let versionCount = table.versions.count
        guard versionCount > 0, !table.rows.isEmpty else { return }
        let marks = marks()
        let plotWidth = Self.width - Self.labelWidth - 10
        // Each version's blocks, in reading order, with their row and horizontal extent.
        var spans: [[(row: Int, block: Block, x0: Double, x1: Double)]] = []
        for version in 0..<versionCount {
            var rowOfBlock: [String: Int] = [:]
            for (index, row) in table.rows.enumerated() {
                for block in row.cells[version] where rowOfBlock[block.id] == nil { rowOfBlock[block.id] = index }
            }
            let placed = table.versions[version].blocks.compactMap { block in rowOfBlock[block.id].map { (row: $0, block: block) } }
            let lengths = placed.map { Double($0.block.text.unicodeScalars.count) }
            let mean = lengths.isEmpty ? 1 : max(1, lengths.reduce(0, +) / Double(lengths.count))
            let weights = lengths.map { max($0, mean * 0.25) }
            let total = max(weights.reduce(0, +), 1)
            var x = Self.labelWidth
            var strip: [(row: Int, block: Block, x0: Double, x1: Double)] = []
            for (item, weight) in zip(placed, weights) {
                let w = weight / total * plotWidth
                strip.append((item.row, item.block, x, x + w))
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
            var extent: [Int: (Double, Double)] = [:]
            for span in spans[version + 1] {
                let old = extent[span.row]
                extent[span.row] = (min(old?.0 ?? span.x0, span.x0), max(old?.1 ?? span.x1, span.x1))
            }
            var upper: [Int: (Double, Double)] = [:]
            var order: [Int] = []
            for span in spans[version] {
                if upper[span.row] == nil { order.append(span.row) }
                let old = upper[span.row]
                upper[span.row] = (min(old?.0 ?? span.x0, span.x0), max(old?.1 ?? span.x1, span.x1))
            }
            let y0 = top(version) + Self.stripHeight, y1 = top(version + 1)
            // Neighbouring plain rows that are contiguous in both strips are drawn as one band.
            var bands: [(a0: Double, a1: Double, b0: Double, b1: Double, mark: Mark)] = []
            for row in order {
                guard let (a0, a1) = upper[row], let (b0, b1) = extent[row] else { continue }
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
                let mark = marks[span.row]
                var x1 = span.x1
                var next = index + 1
                if coalesce, mark == .plain {
                    while next < spans[version].count, marks[spans[version][next].row] == .plain, x1 - span.x0 < 1 {
                        x1 = spans[version][next].x1
                        next += 1
                    }
                }
                let rect: KeyValuePairs<String, String?> = [
                    "x": Self.number(span.x0), "y": Self.number(y), "width": Self.number(max(x1 - span.x0, 0.6)),
                    "height": Self.number(Self.stripHeight), "fill": mark.colour,
                    "stroke": mark == .plain ? "#ffffff" : nil, "stroke-width": mark == .plain ? "0.3" : nil,
                ]
                link(row: span.row, label: "\(names[version]): \(SideBySideTable.shortLabel(span.block))", into: &html) { html in
                    html.open("rect", rect)
                    html.close("rect")
                }
                index = next
            }
            // Gaps: a marker where this version has nothing for a row the others have.
            var lastEnd = Self.labelWidth
            var endOfRow: [Int: Double] = [:]
            for span in spans[version] { endOfRow[span.row] = max(endOfRow[span.row] ?? 0, span.x1) }
            for (index, row) in table.rows.enumerated() {
                if let end = endOfRow[index] { lastEnd = end; continue }
                guard row.cells[version].isEmpty, row.cells.contains(where: { !$0.isEmpty }) else { continue }
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

    private func link(row: Int, label: String, into html: inout HTMLEscapingWriter, _ body: (inout HTMLEscapingWriter) -> Void) {
        let anchor = table.rows[row].anchor
        guard shownRows.contains(table.rows[row].index) else {
            body(&html)
            return
        }
        html.open("a", ["href": "#\(anchor)", "aria-label": label])
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
