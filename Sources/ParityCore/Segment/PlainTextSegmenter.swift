/// Segments a plain-text UN document into blocks and metadata.
///
/// The work is a pipeline of small passes, each in its own file, so that
/// other inputs (PDF extractions with hard-wrapped lines and running
/// headers) can add passes without a rewrite:
///
/// 1. decode — `TextDecoder` gives `DecodedText` (done before this type);
/// 2. lines — `LineScanner` cuts the bytes into lines with byte offsets,
///    and `MastheadLineSplitter` splits masthead lines an extractor merged
///    ("United Nations E/CN.7/2003/10");
/// 3. raw blocks — `RawBlockBuilder` groups lines into blank-line separated
///    runs, one unit per line where structure demands,
///    `RunInArticleSplitter` sets an article's number apart from the
///    sentence printed on its line ("第一条　この協定の…。"), and
///    `PreambleOpeningSplitter` sets apart a preambular opening that the
///    first preambular paragraph runs on after ("Rada bezpečnosti,
///    připomínajíc …,");
/// 4. classify — `BlockClassifier` decides what each unit is, with
///    `LabelParser`, `HeaderLineRecognizer`, `CaptionRecognizer`,
///    `TableOfContentsLineParser` and `HeadingNumbering`;
/// 5. join — `PageBreakJoiner` rejoins paragraphs split by page breaks;
/// 6. ids — `BlockIdentifiers`;
/// 7. link — `FootnoteLinker` links footnotes and their markers;
/// 8. metadata — `MetadataCollector`, plus `TableOfContentsCheck` diagnostics.
///
/// PDF-extracted text (`PDFExtractionDetector`: form feeds, or mostly
/// hard-wrapped lines) first goes through `PDFTextCleanupPass` (running
/// headers and footers out, wrapped lines and hyphenated words joined,
/// page-bottom footnotes set apart), which yields a clean text whose bytes
/// still map to the input; afterwards the furniture comes back as
/// `.pageFurniture` blocks (`PlainTextSegmenter+PDF.swift`). Clean text is
/// never touched by those passes.
///
/// Everything runs in time linear in the input.
public struct PlainTextSegmenter: Sendable {
    /// The language to assume; `nil` detects it from the header or the script.
    public var language: Language?

    /// Creates a segmenter.
    public init(language: Language? = nil) {
        self.language = language
    }

    /// Segments decoded text read from `sourceName`. Text that looks
    /// PDF-extracted (`PDFExtractionDetector`) is cleaned first
    /// (`PDFTextCleanupPass`); clean text goes straight to the passes.
    /// The text is taken (`consuming`): when the caller keeps no other copy,
    /// its bytes are freed before the blocks are built. Drafts whose text is
    /// a verbatim copy of the text share its bytes (`DraftText`) until they
    /// are classified (clean text) or their ranges are final (PDF text), so
    /// the input, the line tables and a copy of the input are never all
    /// alive at once; `segment(_:sourceName:rereading:)` goes further.
    /// Text not in Unicode NFC is segmented as its NFC (`CanonicalComposition`), the blocks keeping the text as written.
    public func segment(_ text: consuming DecodedText, sourceName: String) -> Document {
        if let composition = CanonicalComposition.composing(text) {
            return composition.restoring(segmentComposed(composition.composed, sourceName: sourceName))
        }
        return segmentComposed(consume text, sourceName: sourceName)
    }

    /// `segment(_:sourceName:)` on text in NFC.
    private func segmentComposed(_ text: consuming DecodedText, sourceName: String) -> Document {
        if PDFExtractionDetector.looksExtracted(text.utf8) { return segmentPDFExtracted(consume text, sourceName: sourceName) }
        return segmentPrepared(consume text, sourceName: sourceName)
    }

    /// Runs the segmentation passes on text that needs no clean-up.
    func segmentPrepared(_ text: consuming DecodedText, sourceName: String) -> Document {
        var (drafts, detected) = classified(text)
        // The line tables are gone: the texts are made while the input is alive, then the input goes.
        Self.materializeTexts(&drafts)
        _ = consume text
        let diagnostics = prepare(&drafts)
        return document(&drafts, diagnostics: diagnostics, detected: detected, sourceName: sourceName)
    }

    /// Passes 1–3: lines, raw blocks, drafts. Lines and raw blocks are freed on return.
    /// The document's own case use (`CaselessScripts`) holds while they run.
    /// `caseless`: the document's case use when already measured (on the text before its PDF clean-up).
    /// `cleanedFromPDF`: the text is the PDF clean-up's, whose lines are not the input's (no wrap width to read in them).
    func classified(_ text: DecodedText, caseless: CaselessScripts? = nil, cleanedFromPDF: Bool = false) -> (drafts: [DraftBlock], detected: Language?) {
        CaselessScripts.$current.withValue(caseless ?? CaselessScripts.measured(text.utf8)) { classifiedInCase(text, cleanedFromPDF: cleanedFromPDF) }
    }

    private func classifiedInCase(_ text: DecodedText, cleanedFromPDF: Bool) -> (drafts: [DraftBlock], detected: Language?) {
        let bytes = text.utf8
        var (lines, organParts) = MastheadLineSplitter.split(bytes, LineScanner.lines(in: bytes))
        var runningSymbols: Set<Int>
        (lines, runningSymbols) = RunningSymbolLines.split(bytes, lines)
        var units = RawBlockBuilder.blocks(bytes, lines, runningSymbols: runningSymbols)
        let articleLines = RunInArticleSplitter.split(bytes, &lines, &units)
        let openingLine = PreambleOpeningSplitter.split(bytes, &lines, &units)
        // A line split in two moves the lines after it on, each pass's indices counted after the passes before it.
        for splitLines in [articleLines, openingLine.map { [$0] } ?? []] {
            organParts = SplitLineIndices.moved(organParts, splitting: splitLines)
            runningSymbols = SplitLineIndices.moved(runningSymbols, splitting: splitLines)
        }
        PreambleClauseSplitter.split(bytes, lines, &units)
        if !cleanedFromPDF { AnnotatedItemTitles.splitTitledUnits(bytes, lines, &units) }
        let detected = language ?? LanguageDetector.detect(bytes, lines: Array(lines.prefix(200)))
        let drafts = BlockClassifier(decoded: text, lines: lines, units: units, language: detected, organParts: organParts,
                                     runningSymbols: runningSymbols, readsItemAnnotations: !cleanedFromPDF).classify()
        return (drafts, detected)
    }

    /// Segments `text` as `segment(_:sourceName:)` does, except that the text
    /// of drafts copied verbatim from it is read back from the input once the
    /// drafts are classified and `text` is gone, so that the input and that
    /// copy are never in memory together: a streaming second read.
    /// `read` gives the input's bytes in a range of input offsets (the
    /// decoded text's `originalOffset`s), asked for in increasing order.
    /// PDF-extracted text is segmented as by `segment(_:sourceName:spillingTo:)`
    /// and UTF-16 text as by `segment(_:sourceName:)`, without calling `read`.
    /// - Throws: what `read` throws; `InputError.unreadable` naming
    ///   `sourceName` when the bytes read back are not the text that was
    ///   segmented (the input changed in the meantime).
    public func segment(
        _ text: consuming DecodedText, sourceName: String,
        rereading read: (SourceRange) throws(InputError) -> ArraySlice<UInt8>,
        spillingTo spill: (any TextSpill)? = nil
    ) throws(InputError) -> Document {
        if let composition = CanonicalComposition.composing(text) {
            // The composed text is not the input's bytes: it is segmented in memory, not read back.
            return composition.restoring(try segmentComposed(composition.composed, sourceName: sourceName, spillingTo: spill))
        }
        if PDFExtractionDetector.looksExtracted(text.utf8) { return try segmentExtracted(consume text, sourceName: sourceName, spill: spill) }
        let encoding = text.encoding
        guard TextDecoder.string(decodingPart: [], encoding: encoding) != nil else { return segmentPrepared(consume text, sourceName: sourceName) }
        var (drafts, detected) = classified(text)
        var cursor = DecodedText.OffsetCursor()
        for index in drafts.indices {
            guard let span = drafts[index].content.spanRange else { continue }
            let start = text.originalOffset(span.lowerBound, cursor: &cursor)
            drafts[index].content.release(inputRange: SourceRange(start: start, end: text.originalOffset(span.upperBound, cursor: &cursor)))
        }
        _ = consume text
        let shared = Self.sharedBytes(for: drafts)
        for index in drafts.indices {
            let same = try drafts[index].content.materialize(into: shared) { (range: SourceRange) throws(InputError) -> String in
                TextDecoder.string(decodingPart: try read(range), encoding: encoding) ?? ""
            }
            guard same else { throw .unreadable(file: sourceName, reason: "changed while it was being read") }
        }
        let diagnostics = prepare(&drafts)
        return document(&drafts, diagnostics: diagnostics, detected: detected, sourceName: sourceName)
    }

    /// Segments `text` as `segment(_:sourceName:)` does, except that
    /// PDF-extracted text, whose cleaned text cannot be read back from the
    /// input, is put in `spill` once the drafts' ranges are final and freed,
    /// and the drafts' texts are read back from there; when `spill` is nil or
    /// cannot store it, they are made in memory. The document is the same.
    /// - Throws: `InputError.unreadable` naming `sourceName` when the text
    ///   spilled cannot be read back as it was stored.
    public func segment(_ text: consuming DecodedText, sourceName: String, spillingTo spill: (any TextSpill)?) throws(InputError) -> Document {
        if let composition = CanonicalComposition.composing(text) {
            return composition.restoring(try segmentComposed(composition.composed, sourceName: sourceName, spillingTo: spill))
        }
        return try segmentComposed(consume text, sourceName: sourceName, spillingTo: spill)
    }

    /// `segment(_:sourceName:spillingTo:)` on text in NFC.
    private func segmentComposed(_ text: consuming DecodedText, sourceName: String, spillingTo spill: (any TextSpill)?) throws(InputError) -> Document {
        guard PDFExtractionDetector.looksExtracted(text.utf8) else { return segmentPrepared(consume text, sourceName: sourceName) }
        return try segmentExtracted(consume text, sourceName: sourceName, spill: spill)
    }

    /// Segments PDF-extracted text, spilling it to `spill` when there is one
    /// (`segment(_:sourceName:spillingTo:)` once the text is known to be extracted).
    private func segmentExtracted(_ text: consuming DecodedText, sourceName: String, spill: (any TextSpill)?) throws(InputError) -> Document {
        guard let spill else { return segmentPDFExtracted(consume text, sourceName: sourceName) }
        return try segmentPDFExtracted(consume text, sourceName: sourceName, spillingTo: spill)
    }

    /// Copies the text of drafts whose text is still a span of the segmented
    /// text to one allocation the blocks share (`SharedTextBytes`), in one
    /// pass once the drafts are final; afterwards no draft holds on to the
    /// segmented text's bytes.
    static func materializeTexts(_ drafts: inout [DraftBlock]) {
        let shared = sharedBytes(for: drafts)
        for index in drafts.indices { drafts[index].materializeText(into: shared) }
    }

    /// Storage for the texts the drafts still hold as spans or released spans, all of them, to the byte.
    static func sharedBytes(for drafts: [DraftBlock]) -> SharedTextBytes {
        SharedTextBytes(capacity: drafts.reduce(0) { $0 + $1.content.pendingByteCount })
    }

    /// Passes 4–6 on the drafts: joins, ids, footnote links; returns the linker's diagnostics.
    func prepare(_ drafts: inout [DraftBlock]) -> [ReaderDiagnostic] {
        PageBreakJoiner.join(&drafts)
        BlockIdentifiers.assign(&drafts)
        return FootnoteLinker.link(&drafts)
    }

    /// Pass 7: the blocks (the drafts are emptied as they are made), metadata and the contents check.
    /// `room`: blocks to leave room for in the document's array, to be added in place afterwards.
    func document(_ drafts: inout [DraftBlock], diagnostics: [ReaderDiagnostic], detected: Language?, sourceName: String,
                  room: Int = 0) -> Document {
        assert(zip(drafts, drafts.dropFirst()).allSatisfy { $0.serial < $1.serial }, "drafts out of serial order")
        // The blocks are made from the last draft to the first, and the drafts' pages given back as the array shrinks,
        // so the drafts and the blocks are not all in memory together; the blocks are then put back in reading order.
        let parents = drafts.map { draft in Int32(draft.parentSerial.flatMap { drafts.index(ofSerial: $0) } ?? -1) }
        let count = drafts.count
        var blocks: [Block] = []
        blocks.reserveCapacity(count + room)
        let pageRun = max(1, (1 << 20) / MemoryLayout<DraftBlock>.stride)
        while let draft = drafts.popLast() {
            let index = drafts.count
            let parent = Int(parents[index])
            let parentID = parent < 0 ? nil : parent < index ? drafts[parent].id : blocks[count - 1 - parent].id
            blocks.append(draft.block(parentID: parentID))
            if index % pageRun == 0 { drafts.releaseSparePages() }
        }
        blocks.reverse()
        drafts = []

        var metadata = MetadataCollector.collect(blocks)
        let documentLanguage = language ?? metadata.language ?? detected
        if metadata.language == nil { metadata.language = documentLanguage }
        var document = Document(sourceName: sourceName, language: documentLanguage, metadata: metadata, blocks: blocks)
        document.diagnostics = diagnostics + TableOfContentsCheck.diagnostics(document)
        return document
    }
}
