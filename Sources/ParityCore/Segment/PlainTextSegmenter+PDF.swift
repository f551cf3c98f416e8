extension PlainTextSegmenter {
    /// The text the segmentation passes read for `text`: the text itself, or
    /// for PDF-extracted text the cleaned text (`PDFTextCleanupPass`), whose
    /// offsets still map to the input's bytes.
    public func preparedText(_ text: DecodedText) -> DecodedText {
        guard PDFExtractionDetector.looksExtracted(text.utf8) else { return text }
        return PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry).text
    }

    /// Cleans PDF-extracted text, segments it, then restores losslessness:
    /// page furniture becomes `.pageFurniture` blocks, and a block whose
    /// range spans removed furniture or a footnote moved out of it (a
    /// paragraph joined across a page) gets that part cut out of its ranges;
    /// text written out of input order is given back to its block.
    func segmentPDFExtracted(_ text: consuming DecodedText, sourceName: String) -> Document {
        var cleaned = PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry)
        _ = consume text
        var (drafts, detected) = classified(cleaned.text)
        let diagnostics = prepare(&drafts)
        Self.restoreRebuiltRows(&drafts, cleaned.rebuiltRows)
        let furnitureRanges = cleaned.furniture.map(\.range)
        SourceRangeDisjointness.cutNestedRanges(&drafts, others: furnitureRanges)
        SourceRangeDisjointness.attachUncovered(&drafts, text: cleaned.text, others: furnitureRanges)
        // The cleaned text and its offsets are not needed once the drafts' ranges and texts are final.
        Self.materializeTexts(&drafts)
        cleaned.text = DecodedText(utf8: [], encoding: cleaned.text.encoding)
        var document = self.document(&drafts, diagnostics: diagnostics, detected: detected, sourceName: sourceName)
        // The furniture's blocks are made once the cleaned text is gone.
        let furniture = cleaned.furniture.enumerated().map { offset, line in
            Block(id: "pf\(offset + 1)", kind: .pageFurniture, text: line.text, sourceRanges: [line.range])
        }
        cleaned.furniture = []
        document.blocks = Self.merged(document.blocks, furniture)
        // Furniture the classifier found in the cleaned text (a printing-mark line) and the
        // furniture cut out before are numbered together, in text order.
        var furnitureCount = 0
        for index in document.blocks.indices where document.blocks[index].kind == .pageFurniture {
            furnitureCount += 1
            document.blocks[index].id = "pf\(furnitureCount)"
        }
        return document
    }

    /// A block that is one row rebuilt out of input order (a table of
    /// contents read column by column) gets the ranges the row really covers
    /// instead of the span from its first to its last byte.
    private static func restoreRebuiltRows<Item: SourceRangeDisjointness.Ranged>(_ blocks: inout [Item], _ rows: [(span: SourceRange, pieces: [SourceRange])]) {
        guard !rows.isEmpty else { return }
        var pieces: [SourceRange: [SourceRange]] = [:]
        for row in rows { pieces[row.span] = row.pieces }
        for index in blocks.indices where blocks[index].sourceRanges.count == 1 {
            if let covered = pieces[blocks[index].sourceRanges[0]] { blocks[index].sourceRanges = covered }
        }
    }

    /// `blocks` with `furniture` inserted where its first byte lies among the blocks' first ranges.
    private static func merged(_ blocks: [Block], _ furniture: [Block]) -> [Block] {
        var output: [Block] = []
        output.reserveCapacity(blocks.count + furniture.count)
        var next = 0
        for block in blocks {
            let start = block.sourceRanges.first?.start ?? Int.max
            while next < furniture.count, furniture[next].sourceRanges[0].start < start {
                output.append(furniture[next])
                next += 1
            }
            output.append(block)
        }
        output.append(contentsOf: furniture[next...])
        return output
    }
}
