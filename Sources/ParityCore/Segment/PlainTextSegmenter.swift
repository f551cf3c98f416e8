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
///    runs, one unit per line where structure demands;
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
    /// its bytes are freed once the blocks are classified, before the blocks
    /// are built.
    public func segment(_ text: consuming DecodedText, sourceName: String) -> Document {
        if PDFExtractionDetector.looksExtracted(text.utf8) { return segmentPDFExtracted(consume text, sourceName: sourceName) }
        return segmentPrepared(consume text, sourceName: sourceName)
    }

    /// Runs the segmentation passes on text that needs no clean-up.
    func segmentPrepared(_ text: consuming DecodedText, sourceName: String) -> Document {
        var (drafts, detected) = classified(text)
        _ = consume text
        return finish(&drafts, detected: detected, sourceName: sourceName)
    }

    /// Passes 1–3: lines, raw blocks, drafts. Lines and raw blocks are freed on return.
    func classified(_ text: DecodedText) -> (drafts: [DraftBlock], detected: Language?) {
        let bytes = text.utf8
        let (lines, organParts) = MastheadLineSplitter.split(bytes, LineScanner.lines(in: bytes))
        let units = RawBlockBuilder.blocks(bytes, lines)
        let detected = language ?? LanguageDetector.detect(bytes, lines: Array(lines.prefix(200)))
        let drafts = BlockClassifier(decoded: text, lines: lines, units: units, language: detected, organParts: organParts).classify()
        return (drafts, detected)
    }

    /// Passes 4–7: joins, ids, footnotes, blocks, metadata.
    private func finish(_ drafts: inout [DraftBlock], detected: Language?, sourceName: String) -> Document {
        let diagnostics = prepare(&drafts)
        return document(&drafts, diagnostics: diagnostics, detected: detected, sourceName: sourceName)
    }

    /// Passes 4–6 on the drafts: joins, ids, footnote links; returns the linker's diagnostics.
    func prepare(_ drafts: inout [DraftBlock]) -> [ReaderDiagnostic] {
        PageBreakJoiner.join(&drafts)
        BlockIdentifiers.assign(&drafts)
        return FootnoteLinker.link(&drafts)
    }

    /// Pass 7: the blocks (the drafts are emptied as they are made), metadata and the contents check.
    func document(_ drafts: inout [DraftBlock], diagnostics: [ReaderDiagnostic], detected: Language?, sourceName: String) -> Document {
        var idsBySerial: [Int: String] = [:]
        idsBySerial.reserveCapacity(drafts.count)
        for draft in drafts { idsBySerial[draft.serial] = draft.id }
        let blocks = drafts.map { $0.block(parentID: $0.parentSerial.flatMap { idsBySerial[$0] }) }
        drafts = []

        var metadata = MetadataCollector.collect(blocks)
        let documentLanguage = language ?? metadata.language ?? detected
        if metadata.language == nil { metadata.language = documentLanguage }
        var document = Document(sourceName: sourceName, language: documentLanguage, metadata: metadata, blocks: blocks)
        document.diagnostics = diagnostics + TableOfContentsCheck.diagnostics(document)
        return document
    }
}
