extension PlainTextSegmenter {
    /// The text the segmentation passes read for `text`: the text itself, or
    /// for PDF-extracted text the cleaned text (`PDFTextCleanupPass`), whose
    /// offsets still map to the input's bytes.
    public func preparedText(_ text: DecodedText) -> DecodedText {
        guard PDFExtractionDetector.looksExtracted(text.utf8) else { return text }
        return CaselessScripts.$current.withValue(CaselessScripts.measured(text.utf8)) {
            PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry).text
        }
    }

    /// Cleans PDF-extracted text, segments it, then restores losslessness:
    /// page furniture becomes `.pageFurniture` blocks, and a block whose
    /// range spans removed furniture or a footnote moved out of it (a
    /// paragraph joined across a page) gets that part cut out of its ranges;
    /// text written out of input order is given back to its block.
    func segmentPDFExtracted(_ text: consuming DecodedText, sourceName: String) -> Document {
        var prepared = pdfDrafts(consume text)
        // The cleaned text and its offsets are not needed once the drafts' ranges and texts are final.
        Self.materializeTexts(&prepared.drafts)
        prepared.cleaned.text = DecodedText(utf8: [], encoding: prepared.cleaned.text.encoding)
        return pdfDocument(&prepared, sourceName: sourceName)
    }

    /// `segmentPDFExtracted(_:sourceName:)`, except that the clean-up writes
    /// the cleaned text to `spill` as it goes, the input is freed before the
    /// cleaned text is read back whole, and once the drafts' ranges are final
    /// the cleaned text is freed again and the spans' strings are read back
    /// from the spill: the input and the cleaned text, or the cleaned text
    /// and the blocks' text, are never in memory together. When `spill`
    /// cannot store it, everything is done in memory (the same document).
    /// - Throws: `InputError.unreadable` naming `sourceName` when the spilled
    ///   text cannot be read back or is not the text stored.
    func segmentPDFExtracted(_ text: consuming DecodedText, sourceName: String, spillingTo spill: any TextSpill) throws(InputError) -> Document {
        let caseless = CaselessScripts.measured(text.utf8)
        let spilled = CaselessScripts.$current.withValue(caseless) {
            PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry, spillingTo: spill)
        }
        guard var cleaned = spilled else {
            return segmentPDFExtracted(consume text, sourceName: sourceName)
        }
        _ = consume text
        guard cleaned.takeBack(try Self.spilledContents(spill, sourceName: sourceName)) else {
            throw .unreadable(file: sourceName, reason: "the cleaned text read back is not the text stored")
        }
        var prepared = pdfDrafts(cleaned: consume cleaned, caseless: caseless)
        var spans: [Int] = []
        for index in prepared.drafts.indices where prepared.drafts[index].content.isSpan {
            prepared.drafts[index].content.release()
            spans.append(index)
        }
        prepared.cleaned.text = DecodedText(utf8: [], encoding: prepared.cleaned.text.encoding)
        // Read in the stored text's order (drafts cut around furniture can come out of it).
        var inOrder = true
        var previous = 0
        for index in spans {
            let start = prepared.drafts[index].content.unreadRange?.lowerBound ?? 0
            if start < previous { inOrder = false }
            previous = start
        }
        if !inOrder {
            spans.sort { (prepared.drafts[$0].content.unreadRange?.lowerBound ?? 0) < (prepared.drafts[$1].content.unreadRange?.lowerBound ?? 0) }
        }
        let shared = Self.sharedBytes(for: prepared.drafts)
        for index in spans {
            let same = try prepared.drafts[index].content.materialize(into: shared) { (range: SourceRange) throws(InputError) -> String in
                String(decoding: try Self.spilled(sourceName) { () throws(InputError) in try spill.bytes(range.start..<range.end) }, as: UTF8.self)
            }
            guard same else { throw .unreadable(file: sourceName, reason: "the cleaned text read back is not the text stored") }
        }
        return pdfDocument(&prepared, sourceName: sourceName)
    }

    /// All the text in `spill`, a failure named as one of `sourceName`.
    private static func spilledContents(_ spill: any TextSpill, sourceName: String) throws(InputError) -> [UInt8] {
        try spilled(sourceName) { () throws(InputError) in try spill.contents() }
    }

    /// What `read` reads from the spill; its failure named as one of `sourceName`.
    private static func spilled<T>(_ sourceName: String, _ read: () throws(InputError) -> T) throws(InputError) -> T {
        do throws(InputError) {
            return try read()
        } catch {
            guard case .unreadable(_, let reason) = error else { throw error }
            throw .unreadable(file: sourceName, reason: "the cleaned text could not be read back from its temporary file: \(reason)")
        }
    }

    /// The drafts of PDF-extracted text with their ranges final, and the cleaned text they were read from.
    private struct PDFDrafts {
        var drafts: [DraftBlock]
        var detected: Language?
        var diagnostics: [ReaderDiagnostic]
        var cleaned: PDFTextCleanupPass.Result
    }

    /// Cleans `text`, classifies and joins its drafts and settles their ranges (furniture cut out, stray text attached).
    private func pdfDrafts(_ text: consuming DecodedText) -> PDFDrafts {
        // The clean-up reads the document's case use too (`CaselessScripts`): a Georgian line starts no continuation.
        let caseless = CaselessScripts.measured(text.utf8)
        let cleaned = CaselessScripts.$current.withValue(caseless) {
            PDFTextCleanupPass.clean(text, paragraphsMarked: text.paragraphsMarkedByGeometry)
        }
        _ = consume text
        return pdfDrafts(cleaned: cleaned, caseless: caseless)
    }

    /// Classifies and joins the drafts of `cleaned` and settles their ranges (furniture cut out, stray text attached).
    private func pdfDrafts(cleaned: consuming PDFTextCleanupPass.Result, caseless: CaselessScripts) -> PDFDrafts {
        var (drafts, detected) = classified(cleaned.text, caseless: caseless, cleanedFromPDF: true)
        CaselessPageContinuation.withdrawClaimsAtDecidedBreaks(&drafts, decidedStarts: cleaned.decidedStarts)
        CaselessPageContinuation.withdrawClaimsUnderItemTitles(&drafts, blankSeparatedStarts: cleaned.blankSeparatedStarts)
        let diagnostics = prepare(&drafts)
        Self.restoreRebuiltRows(&drafts, cleaned.rebuiltRows)
        let furnitureRanges = cleaned.furniture.map(\.range)
        SourceRangeDisjointness.cutNestedRanges(&drafts, others: furnitureRanges)
        SourceRangeDisjointness.attachUncovered(&drafts, text: cleaned.text, others: furnitureRanges)
        return PDFDrafts(drafts: drafts, detected: detected, diagnostics: diagnostics, cleaned: cleaned)
    }

    /// The document of drafts whose texts are made, with the furniture's blocks put back.
    private func pdfDocument(_ prepared: inout PDFDrafts, sourceName: String) -> Document {
        var document = self.document(&prepared.drafts, diagnostics: prepared.diagnostics, detected: prepared.detected, sourceName: sourceName,
                                     room: prepared.cleaned.furniture.count)
        // The furniture's blocks are made once the cleaned text is gone.
        let furniture = prepared.cleaned.furniture.enumerated().map { offset, line in
            Block(id: "pf\(offset + 1)", kind: .pageFurniture, text: line.text, sourceRanges: [line.range])
        }
        prepared.cleaned.furniture = []
        Self.merge(furniture, into: &document.blocks)
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

    /// Inserts `furniture` into `blocks` where its first byte lies among the
    /// blocks' first ranges (before the first block that starts after it), in
    /// place: when `blocks` has room for it, no second array of blocks is made.
    static func merge(_ furniture: [Block], into blocks: inout [Block]) {
        guard !furniture.isEmpty else { return }
        // Where each furniture block goes: before the block of this index.
        var before: [Int] = []
        before.reserveCapacity(furniture.count)
        for index in blocks.indices {
            let start = blocks[index].sourceRanges.first?.start ?? Int.max
            while before.count < furniture.count, furniture[before.count].sourceRanges[0].start < start { before.append(index) }
        }
        while before.count < furniture.count { before.append(blocks.count) }
        // Filled from the end, each block moved once.
        var block = blocks.count - 1
        blocks.append(contentsOf: furniture)
        var next = furniture.count - 1
        var position = blocks.count - 1
        while next >= 0 {
            if block >= 0, before[next] <= block {
                blocks.swapAt(position, block)
                block -= 1
            } else {
                blocks[position] = furniture[next]
                next -= 1
            }
            position -= 1
        }
    }
}
