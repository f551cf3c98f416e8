extension SideBySideTable {
    /// The sentence-level table of `alignment`: one row per sentence row of
    /// `sentences` (a bead, with two versions), grouped under the block row
    /// (alignment link) of its first pivot sentence; a row without pivot
    /// sentences goes under its first other sentence's block row, kept
    /// between those of the pivot rows before and after it (where the
    /// sentence aligner paired across links, the pivot's labels stay true).
    ///
    /// A row's gutter label is the block row's label on its first sentence
    /// row (`12`), with the row's position in it on the others (`12.2`,
    /// `12.3`); its number is the block row's, so `from`/`to`
    /// filters select whole blocks. A block row's findings are anchored at
    /// its first sentence row (at the next sentence row when its sentences
    /// lie in another block row's rows). Each cell holds one `Block` per
    /// sentence: the sentence's text, with its block's id, kind and number,
    /// and the block's label on the block's first sentence only.
    public init(alignment: Alignment, findings: [Finding], sentences: SentenceRows) {
        let blockTable = SideBySideTable(alignment: alignment, findings: findings)
        let versionCount = alignment.versions.count
        // Positions, not copies of the blocks.
        let blockIndexByID = alignment.versions.map(\.blockIndexByID)
        let blockRowCount = blockTable.rowCount
        var blockRowOf: [[String: Int]] = Array(repeating: [:], count: versionCount)
        var blockLabels: [String] = []
        var blockNumbers: [Int?] = []
        for index in 0..<blockRowCount {
            let row = blockTable.row(index)
            blockLabels.append(row.label)
            blockNumbers.append(row.number)
            for (version, cell) in row.cells.enumerated() where version < versionCount {
                for block in cell where blockRowOf[version][block.id] == nil { blockRowOf[version][block.id] = index }
            }
        }
        // Each sentence row's block row: its first pivot sentence's; a row
        // without pivot sentences takes its first other sentence's, kept
        // between the block rows of the pivot rows either side of it.
        let order = [sentences.pivot] + (0..<versionCount).filter { $0 != sentences.pivot }
        var natural: [Int?] = []
        var hasPivot: [Bool] = []
        for sentenceRow in sentences.rows {
            var found: Int?
            for version in order where version < sentenceRow.sentences.count {
                guard let first = sentenceRow.sentences[version].first else { continue }
                found = blockRowOf[version][sentences.sentences[version][first].blockID]
                break
            }
            natural.append(found)
            hasPivot.append(sentences.pivot < sentenceRow.sentences.count && !sentenceRow.sentences[sentences.pivot].isEmpty)
        }
        var nextPivotRow: [Int?] = Array(repeating: nil, count: natural.count)
        var following: Int?
        for index in natural.indices.reversed() {
            nextPivotRow[index] = following
            if hasPivot[index], let row = natural[index] { following = row }
        }
        var rows: [SideBySideRow] = []
        var currentBlockRow = -1
        var ordinal = 0
        var pendingFindings: [Finding] = []
        var nextBlockRowToAnchor = 0
        for (rowIndex, sentenceRow) in sentences.rows.enumerated() {
            var blockRow = natural[rowIndex] ?? currentBlockRow
            if !hasPivot[rowIndex], let upper = nextPivotRow[rowIndex] { blockRow = min(blockRow, upper) }
            blockRow = max(blockRow, currentBlockRow, 0)
            if blockRow != currentBlockRow {
                ordinal = 0
                currentBlockRow = blockRow
            }
            ordinal += 1
            let cells = (0..<versionCount).map { version -> [Block] in
                guard version < sentenceRow.sentences.count else { return [] }
                return sentenceRow.sentences[version].compactMap { index in
                    Self.sentenceBlock(sentences.sentences[version][index], blocks: alignment.versions[version].blocks,
                                       indexByID: blockIndexByID[version])
                }
            }
            // Findings of every block row up to this one that are not anchored yet.
            while nextBlockRowToAnchor <= blockRow && nextBlockRowToAnchor < blockRowCount {
                pendingFindings += blockTable.findings(ofRow: nextBlockRowToAnchor)
                nextBlockRowToAnchor += 1
            }
            let blockLabel = blockRow < blockRowCount ? blockLabels[blockRow] : ""
            rows.append(SideBySideRow(
                index: rows.count + 1, cells: cells,
                label: (blockLabel.isEmpty ? "row \(blockRow + 1)" : blockLabel) + (ordinal == 1 ? "" : ".\(ordinal)"),
                number: blockRow < blockRowCount ? blockNumbers[blockRow] : nil,
                findings: pendingFindings, blockRow: blockRow))
            pendingFindings = []
        }
        while nextBlockRowToAnchor < blockRowCount {
            pendingFindings += blockTable.findings(ofRow: nextBlockRowToAnchor)
            nextBlockRowToAnchor += 1
        }
        var unplaced = blockTable.unplacedFindings
        if rows.isEmpty { unplaced += pendingFindings } else { rows[rows.count - 1].findings += pendingFindings }
        self.init(versions: alignment.versions, pivot: alignment.pivot, rows: rows, unplacedFindings: unplaced)
    }

    /// A sentence as a block of a view: its block with the sentence's text,
    /// the label on the first sentence only.
    private static func sentenceBlock(_ sentence: SentenceUnit, blocks: [Block], indexByID: [String: Int]) -> Block {
        guard var block = indexByID[sentence.blockID].map({ blocks[$0] }) else {
            return Block(id: sentence.blockID, kind: .unnumberedParagraph, text: sentence.text)
        }
        if sentence.id != block.id + ".s1" { block.label = nil }
        block.text = sentence.text
        block.labelPath = nil
        block.emphasis = []
        block.sourceRanges = []
        return block
    }
}
