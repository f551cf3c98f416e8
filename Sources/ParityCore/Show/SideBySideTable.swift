/// The rows of a side-by-side view of an alignment: one row per link, in
/// pivot reading order, each finding anchored at the first row it concerns.
///
/// Building the table only looks blocks up; wrapping and rendering happen
/// later, row by row.
public struct SideBySideTable: Sendable {
    /// One element of a filtered table: a row, or a gap where rows were left out.
    public enum Item: Hashable, Sendable {
        /// A row to show.
        case row(SideBySideRow)
        /// Rows left out between two shown rows (their count).
        case gap(Int)
    }

    /// The aligned versions.
    public let versions: [Document]
    /// Index of the pivot version.
    public let pivot: Int
    /// All rows, one per link.
    public let rows: [SideBySideRow]
    /// Findings that name no block of any row (shown before the table).
    public let unplacedFindings: [Finding]

    /// A table of already built rows.
    init(versions: [Document], pivot: Int, rows: [SideBySideRow], unplacedFindings: [Finding]) {
        self.versions = versions
        self.pivot = pivot
        self.rows = rows
        self.unplacedFindings = unplacedFindings
    }

    /// Builds the rows of `alignment` and anchors `findings` at them.
    public init(alignment: Alignment, findings: [Finding]) {
        versions = alignment.versions
        pivot = alignment.pivot
        // Indices, not blocks: a copy of every block in a dictionary would
        // double what the documents hold while the rows are built.
        let blockIndexByID = alignment.versions.map(\.blockIndexByID)
        var rowOfBlock: [[String: Int]] = Array(repeating: [:], count: alignment.versions.count)
        var rows: [SideBySideRow] = []
        rows.reserveCapacity(alignment.links.count)
        for link in alignment.links {
            var cells: [[Block]] = []
            for version in alignment.versions.indices {
                let ids = version < link.blockIDs.count ? link.blockIDs[version] : []
                cells.append(ids.compactMap { id in blockIndexByID[version][id].map { alignment.versions[version].blocks[$0] } })
                for id in ids where rowOfBlock[version][id] == nil { rowOfBlock[version][id] = rows.count }
            }
            let (label, number) = Self.gutter(cells: cells, pivot: alignment.pivot)
            rows.append(SideBySideRow(index: rows.count + 1, cells: cells, label: label, number: number))
        }
        var unplaced: [Finding] = []
        for finding in findings {
            var anchor: Int?
            for location in finding.locations where location.version < rowOfBlock.count {
                for id in location.blockIDs {
                    if let row = rowOfBlock[location.version][id], row < anchor ?? Int.max { anchor = row }
                }
            }
            if let anchor { rows[anchor].findings.append(finding) } else { unplaced.append(finding) }
        }
        self.rows = rows
        self.unplacedFindings = unplaced
    }

    /// The rows `filter` selects, with gaps where rows were left out between them.
    public func items(_ filter: RowFilter) -> [Item] {
        guard !rows.isEmpty else { return [] }
        var first = 0
        var last = rows.count - 1
        if let from = filter.from {
            guard let start = rows.firstIndex(where: { ($0.number ?? Int.min) >= from }) else { return [] }
            first = start
        }
        if let to = filter.to {
            guard var end = rows.lastIndex(where: { $0.number.map { $0 <= to } ?? false }) else { return [] }
            // The last unit's unnumbered body (an article's paragraphs, list items, footnotes) belongs to it.
            while end + 1 < rows.count, rows[end + 1].number == nil, Self.isBody(rows[end + 1]) { end += 1 }
            last = end
        }
        guard first <= last else { return [] }
        var keep = Array(repeating: !filter.onlyIssues, count: rows.count)
        if filter.onlyIssues {
            for index in first...last where !rows[index].findings.isEmpty {
                for neighbour in max(first, index - 1)...min(last, index + 1) { keep[neighbour] = true }
            }
        }
        var items: [Item] = []
        var skipped = 0
        for index in first...last {
            if keep[index] {
                if skipped > 0, !items.isEmpty { items.append(.gap(skipped)) }
                skipped = 0
                items.append(.row(rows[index]))
            } else {
                skipped += 1
            }
        }
        return items
    }

    /// Whether a row holds only body text (unnumbered paragraphs, list items, footnotes).
    private static func isBody(_ row: SideBySideRow) -> Bool {
        let blocks = row.cells.flatMap { $0 }
        return !blocks.isEmpty && blocks.allSatisfy { [.unnumberedParagraph, .listItem, .footnote, .speakerTurn].contains($0.kind) }
    }

    /// The gutter label and number of a row: from the pivot's blocks, else
    /// from the first version that has blocks there.
    private static func gutter(cells: [[Block]], pivot: Int) -> (String, Int?) {
        let order = [pivot] + cells.indices.filter { $0 != pivot }
        var number: Int?
        for version in order where version < cells.count {
            if let numbered = cells[version].first(where: { ($0.kind == .paragraph || $0.kind == .article) && $0.number != nil }) {
                number = numbered.number
                break
            }
        }
        for version in order where version < cells.count && !cells[version].isEmpty {
            let blocks = cells[version]
            let first = shortLabel(blocks[0])
            if blocks.count > 1 {
                let last = shortLabel(blocks[blocks.count - 1])
                if last != first { return ("\(first)–\(last)", number) }
            }
            return (first, number)
        }
        return ("", number)
    }

    /// A block's short label: its number, else its label without the final
    /// period, else its label path, else its id.
    package static func shortLabel(_ block: Block) -> String {
        if let number = block.number, block.kind == .paragraph || block.kind == .article { return String(number) }
        if let label = block.label?.trimmingWhitespace(), !label.isEmpty {
            return label.hasSuffix(".") && label.count > 1 ? String(label.dropLast()) : label
        }
        if let path = block.labelPath, !path.isEmpty { return path }
        return block.id
    }
}
