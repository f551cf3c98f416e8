/// The rows of a side-by-side view of an alignment: one row per link, in
/// pivot reading order, each finding anchored at the first row it concerns.
///
/// Building the table only looks blocks up; wrapping and rendering happen
/// later, row by row. A table of links keeps each row's block positions,
/// not its blocks: `row(_:)` builds one row when it is shown, so a long
/// document's rows are never all alive at once (`rows` builds them all).
public struct SideBySideTable: Sendable {
    /// One element of a filtered table: a row, or a gap where rows were left out.
    public enum Item: Hashable, Sendable {
        /// A row to show.
        case row(SideBySideRow)
        /// Rows left out between two shown rows (their count).
        case gap(Int)
    }

    /// One element of a filtered table by position: a row's index (from 0), or a gap.
    public enum ItemPosition: Hashable, Sendable {
        /// The row at this index of the table (from 0).
        case row(Int)
        /// Rows left out between two shown rows (their count).
        case gap(Int)
    }

    /// The aligned versions.
    public let versions: [Document]
    /// Index of the pivot version.
    public let pivot: Int
    /// Findings that name no block of any row (shown before the table).
    public let unplacedFindings: [Finding]
    /// The rows: built, or the positions to build them from.
    private let storage: Storage

    private enum Storage: Sendable {
        /// Rows built whole (a sentence-level table, whose cells are made blocks).
        case built([SideBySideRow])
        /// One row per link.
        case links(LinkRows)
    }

    /// The rows of a block-level table as block positions: for row `r` and
    /// version `v`, `positions[starts[r * versionCount + v] ..< starts[r * versionCount + v + 1]]`
    /// are the positions of its blocks in that version's `blocks`; the findings
    /// anchored at a row, by row index.
    private struct LinkRows: Sendable {
        var versionCount: Int
        var starts: [Int32]
        var positions: [Int32]
        var findings: [Int: [Finding]]

        var count: Int { versionCount == 0 ? 0 : (starts.count - 1) / versionCount }
    }

    /// A table of already built rows.
    init(versions: [Document], pivot: Int, rows: [SideBySideRow], unplacedFindings: [Finding]) {
        self.versions = versions
        self.pivot = pivot
        self.storage = .built(rows)
        self.unplacedFindings = unplacedFindings
    }

    /// Takes the rows of `alignment` and anchors `findings` at them.
    public init(alignment: Alignment, findings: [Finding]) {
        versions = alignment.versions
        pivot = alignment.pivot
        // Positions, not blocks: a copy of every block in the rows would
        // double what the documents hold while the rows are shown.
        // Tables of 32 bits a block, not dictionaries of the ids (some fifty bytes a block each).
        let versionCount = alignment.versions.count
        let indexOf = alignment.versions.map { BlockIDIndex($0.blocks) }
        // Per version and block: the first row that holds it, -1 for none.
        var rowOfBlock = alignment.versions.map { [Int32](repeating: -1, count: $0.blocks.count) }
        // Per version: the first row of each id a link names that no block has (an alignment read back from a file).
        var rowOfUnknownID: [[String: Int]] = Array(repeating: [:], count: versionCount)
        var rows = LinkRows(versionCount: versionCount, starts: [0], positions: [], findings: [:])
        rows.starts.reserveCapacity(alignment.links.count * versionCount + 1)
        rows.positions.reserveCapacity(alignment.versions.reduce(0) { $0 + $1.blocks.count })
        for (row, link) in alignment.links.enumerated() {
            for version in alignment.versions.indices {
                let ids = link.blockIDs(in: version)
                for id in ids {
                    if let position = indexOf[version][id] {
                        rows.positions.append(Int32(position))
                        if rowOfBlock[version][position] < 0 { rowOfBlock[version][position] = Int32(row) }
                    } else if rowOfUnknownID[version][id] == nil {
                        rowOfUnknownID[version][id] = row
                    }
                }
                rows.starts.append(Int32(rows.positions.count))
            }
        }
        func firstRow(_ version: Int, _ id: String) -> Int? {
            guard let index = indexOf[version][id] else { return rowOfUnknownID[version][id] }
            let row = rowOfBlock[version][index]
            return row >= 0 ? Int(row) : nil
        }
        var unplaced: [Finding] = []
        for finding in findings {
            var anchor: Int?
            for location in finding.locations where location.version >= 0 && location.version < versionCount {
                for id in location.blockIDs {
                    if let row = firstRow(location.version, id), row < anchor ?? Int.max { anchor = row }
                }
            }
            if let anchor { rows.findings[anchor, default: []].append(finding) } else { unplaced.append(finding) }
        }
        self.storage = .links(rows)
        self.unplacedFindings = unplaced
    }

    /// The number of rows.
    public var rowCount: Int {
        switch storage {
        case .built(let rows): return rows.count
        case .links(let rows): return rows.count
        }
    }

    /// The row at `index` (from 0), built when asked for a table of links.
    /// - Precondition: `index < rowCount`.
    public func row(_ index: Int) -> SideBySideRow {
        switch storage {
        case .built(let rows):
            return rows[index]
        case .links(let rows):
            var cells: [[Block]] = []
            cells.reserveCapacity(rows.versionCount)
            for version in 0..<rows.versionCount {
                let slot = index * rows.versionCount + version
                cells.append(rows.positions[Int(rows.starts[slot])..<Int(rows.starts[slot + 1])].map { versions[version].blocks[Int($0)] })
            }
            let (label, number) = Self.gutter(cells: cells, pivot: pivot)
            return SideBySideRow(index: index + 1, cells: cells, label: label, number: number, findings: rows.findings[index] ?? [])
        }
    }

    /// The findings anchored at the row at `index`, without building the row.
    public func findings(ofRow index: Int) -> [Finding] {
        switch storage {
        case .built(let rows): return rows[index].findings
        case .links(let rows): return rows.findings[index] ?? []
        }
    }

    /// The anchor id in an HTML report of the row at `index` (from 0), without building the row: `row-12`.
    public func anchor(ofRow index: Int) -> String {
        switch storage {
        case .built(let rows): return rows[index].anchor
        case .links: return SideBySideRow.anchor(index: index + 1)
        }
    }

    /// Whether the rows are sentence rows (each under the block row it splits), without building them.
    public var isSentenceLevel: Bool {
        switch storage {
        case .built(let rows): return rows.contains { $0.blockRow != nil }
        case .links: return false
        }
    }

    /// How many blocks of `version` the row at `index` holds, without building the row.
    public func blockCount(ofRow index: Int, version: Int) -> Int {
        switch storage {
        case .built(let rows): return rows[index].cells[version].count
        case .links(let rows):
            let slot = index * rows.versionCount + version
            return Int(rows.starts[slot + 1] - rows.starts[slot])
        }
    }

    /// For each block of `version` (by its position in the version's
    /// `blocks`), the first row that holds it, or -1: 32 bits a block, made
    /// without building the rows of a table of links.
    public func firstRowOfBlocks(inVersion version: Int) -> [Int32] {
        var rowOfBlock = [Int32](repeating: -1, count: versions[version].blocks.count)
        switch storage {
        case .built(let rows):
            let index = BlockIDIndex(versions[version].blocks)
            for row in rows.indices {
                for block in rows[row].cells[version] {
                    if let position = index[block.id], rowOfBlock[position] < 0 { rowOfBlock[position] = Int32(row) }
                }
            }
        case .links(let rows):
            for row in 0..<rows.count {
                let slot = row * rows.versionCount + version
                for position in rows.positions[Int(rows.starts[slot])..<Int(rows.starts[slot + 1])] where rowOfBlock[Int(position)] < 0 {
                    rowOfBlock[Int(position)] = Int32(row)
                }
            }
        }
        return rowOfBlock
    }

    /// All rows, one per link (or per sentence row), built at once: for a
    /// long table, `rowCount` and `row(_:)` keep one row alive at a time.
    public var rows: [SideBySideRow] {
        switch storage {
        case .built(let rows): return rows
        case .links: return (0..<rowCount).map(row)
        }
    }

    /// The same table with every row built at once: the reference the rows built one at a time are tested against.
    public func withRowsBuilt() -> SideBySideTable {
        if case .built = storage { return self }
        return SideBySideTable(versions: versions, pivot: pivot, rows: rows, unplacedFindings: unplacedFindings)
    }

    /// The rows `filter` selects, with gaps where rows were left out between them.
    public func items(_ filter: RowFilter) -> [Item] {
        itemPositions(filter).map { position in
            switch position {
            case .row(let index): return .row(row(index))
            case .gap(let count): return .gap(count)
            }
        }
    }

    /// The positions of the rows `filter` selects, with gaps where rows were left out between them.
    public func itemPositions(_ filter: RowFilter) -> [ItemPosition] {
        let count = rowCount
        guard count > 0 else { return [] }
        var first = 0
        var last = count - 1
        if let from = filter.from {
            guard let start = (0..<count).first(where: { (row($0).number ?? Int.min) >= from }) else { return [] }
            first = start
        }
        if let to = filter.to {
            guard var end = (0..<count).last(where: { row($0).number.map { $0 <= to } ?? false }) else { return [] }
            // The last unit's unnumbered body (an article's paragraphs, list items, footnotes) belongs to it.
            while end + 1 < count, case let next = row(end + 1), next.number == nil, Self.isBody(next) { end += 1 }
            last = end
        }
        guard first <= last else { return [] }
        var keep = Array(repeating: !filter.onlyIssues, count: count)
        if filter.onlyIssues {
            for index in first...last where !findings(ofRow: index).isEmpty {
                for neighbour in max(first, index - 1)...min(last, index + 1) { keep[neighbour] = true }
            }
        }
        var items: [ItemPosition] = []
        var skipped = 0
        for index in first...last {
            if keep[index] {
                if skipped > 0, !items.isEmpty { items.append(.gap(skipped)) }
                skipped = 0
                items.append(.row(index))
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
