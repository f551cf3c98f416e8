import ParityCore
import ParityTestSupport
import Testing

/// The real Spanish UN document (no English original is available): checked
/// against itself it has no finding; against copies with one injected
/// defect, exactly that defect is an error, at the right paragraph.
@Suite struct SpanishDocumentDefectTests {
    private func check(_ defective: Document) throws -> (errors: [FindingSummary], all: [Finding]) {
        var defective = defective
        defective.sourceName = "es-defect.txt"
        let alignment = Aligner().align([try AlignTestFixtures.spanishHearings(), defective])
        #expect(alignment.coversEveryBlockOnce)
        let findings = ParityChecker().check(alignment)
        return (findings.filter { $0.severity == .error }.map(FindingSummary.init), findings)
    }

    private var spanish: DefectInjector {
        get throws { DefectInjector(try AlignTestFixtures.spanishHearings()) }
    }

    /// The id of the block whose text contains `text` (the segmenter decides ids).
    private func id(containing text: String) throws -> String {
        try #require(try AlignTestFixtures.spanishHearings().blocks.first { $0.text.contains(text) }?.id)
    }

    @Test func documentAgainstItselfHasNoFindingAndLinksEverythingOneToOne() throws {
        let document = try AlignTestFixtures.spanishHearings()
        #expect(document.numberedParagraphs.count == 76)
        var copy = document
        copy.sourceName = "es-copy.txt"
        let alignment = Aligner().align([document, copy])
        #expect(alignment.coversEveryBlockOnce)
        #expect(alignment.links.count == document.blocks.count)
        #expect(alignment.links.allSatisfy { $0.type == "1-1" && $0.blockIDs[0] == $0.blockIDs[1] })
        #expect(alignment.links.filter { $0.method == .number }.count == 76)
        #expect(ParityChecker().check(alignment).isEmpty)
    }

    @Test func deletedParagraph30IsMissing() throws {
        let result = try check(try spanish.deleting("p30"))
        #expect(result.errors == [FindingSummary(.missingParagraph, .error, [0: ["p30"]])])
        // Its section (IV.A, paragraph 30 in the contents) is now empty: a warning in the defective version.
        #expect(result.all.contains { $0.kind == .tocRangeMismatch && $0.severity == .warning && $0.locations.first?.version == 1 })
    }

    @Test func mergedParagraphs11And12() throws {
        #expect(try check(try spanish.merging("p11", with: "p12")).errors == [
            FindingSummary(.mergedParagraphs, .error, [0: ["p11", "p12"], 1: ["p11"]]),
        ])
    }

    @Test func splitParagraph40() throws {
        #expect(try check(try spanish.splitting("p40")).errors == [
            FindingSummary(.splitParagraphs, .error, [0: ["p40"], 1: ["p40", "p40-split"]]),
        ])
    }

    @Test func renumberedParagraph12() throws {
        #expect(try check(try spanish.renumbering("p12", to: 13)).errors == [
            FindingSummary(.duplicateNumber, .error, [1: ["p12", "p13"]]),
        ])
    }

    @Test func swappedParagraphs12And13StillLinkByNumber() throws {
        let swapped = try spanish.swapping("p12", "p13")
        let alignment = Aligner().align([try AlignTestFixtures.spanishHearings(), swapped])
        #expect(alignment.links.contains { $0.blockIDs == [["p12"], ["p12"]] })
        #expect(alignment.links.contains { $0.blockIDs == [["p13"], ["p13"]] })
        let errors = try check(swapped).errors
        #expect(errors.count == 1)
        #expect(errors.first?.kind == .outOfOrderNumber)
        #expect(["p12", "p13"].contains(errors.first?.blocks[1]?.first ?? ""))
    }

    @Test func duplicatedParagraph20() throws {
        #expect(try check(try spanish.duplicating("p20")).errors == [
            FindingSummary(.duplicateNumber, .error, [1: ["p20", "p20-dup"]]),
        ])
    }

    @Test func changedPercentage() throws {
        let paragraph = try id(containing: "20%")
        let result = try check(try spanish.replacing("20%", with: "25%", in: paragraph))
        #expect(result.errors == [FindingSummary(.numberMismatch, .error, [0: [paragraph], 1: [paragraph]])])
        #expect(result.all.first { $0.kind == .numberMismatch }?.message.contains("20% where es-defect.txt has 25%") == true)
    }

    @Test func changedDocumentSymbolInFootnote() throws {
        let footnote = try id(containing: "A/60/871")
        #expect(try check(try spanish.replacing("A/60/871", with: "A/60/817", in: footnote)).errors == [
            FindingSummary(.symbolMismatch, .error, [0: [footnote], 1: [footnote]]),
        ])
    }

    @Test func changedResolutionNumber() throws {
        let paragraph = try id(containing: "resolución 60/227")
        #expect(try check(try spanish.replacing("60/227", with: "60/228", in: paragraph)).errors == [
            FindingSummary(.symbolMismatch, .error, [0: [paragraph], 1: [paragraph]]),
        ])
    }

    @Test func changedFigure() throws {
        let paragraph = try id(containing: "alrededor de 240 representantes")
        #expect(try check(try spanish.replacing("240", with: "420", in: paragraph)).errors == [
            FindingSummary(.numberMismatch, .error, [0: [paragraph], 1: [paragraph]]),
        ])
    }

    @Test func droppedFootnoteOne() throws {
        let footnote = try #require(try AlignTestFixtures.spanishHearings().blocks.first { $0.kind == .footnote && $0.label == "¹" }?.id)
        #expect(try check(try spanish.droppingFootnote(footnote)).errors == [
            FindingSummary(.footnoteMismatch, .error, [0: [footnote]]),
        ])
    }

    /// Paragraphs 11 and 12 merged and the rest renumbered (13 becomes 12, …):
    /// the alignment follows the content, not the shifted numbers, and the
    /// checker gives the merge and one finding for the shifted run.
    @Test func mergeFollowedByRenumberingDoesNotCrossLinkTheRest() throws {
        let merged = try spanish.merging("p11", with: "p12")
        let shifted = try DefectInjector(merged).renumberingFrom("p13", by: -1)
        let alignment = Aligner().align([try AlignTestFixtures.spanishHearings(), shifted])
        // Block ids stay those of the original paragraphs: content-true links keep equal ids.
        for n in 13...76 { #expect(alignment.links.contains { $0.blockIDs == [["p\(n)"], ["p\(n)"]] }, "p\(n)") }
        let later = (13...76).map { "p\($0)" }
        #expect(try check(shifted).errors == [
            FindingSummary(.mergedParagraphs, .error, [0: ["p11", "p12"], 1: ["p11"]]),
            FindingSummary(.outOfOrderNumber, .error, [0: later, 1: later]),
        ])
    }

    @Test func deletedNumberedHeadingIsAHeadingMismatch() throws {
        #expect(try check(try spanish.deleting("h-IV-B")).errors == [
            FindingSummary(.headingMismatch, .error, [0: ["h-IV-B"]]),
        ])
    }

    @Test func contentsRangeAlteredInOneVersion() throws {
        var altered = try AlignTestFixtures.spanishHearings()
        let index = try #require(altered.blocks.firstIndex { $0.id == "toc-IV-B" })
        altered.blocks[index].tocTarget?.lastParagraph = 40
        let result = try check(altered)
        #expect(result.errors == [FindingSummary(.tocRangeMismatch, .error, [0: ["toc-IV-B"], 1: ["toc-IV-B"]])])
        // Within the altered version, the entry also disagrees with its section (a warning).
        #expect(result.all.contains { FindingSummary($0) == FindingSummary(.tocRangeMismatch, .warning, [1: ["toc-IV-B", "h-IV-B"]]) })
    }

    @Test func paragraphMissingFromEveryVersionIsANumberingGapWarning() throws {
        let withoutThirty = try spanish.deleting("p30")
        var copy = withoutThirty
        copy.sourceName = "es-copy.txt"
        let findings = ParityChecker().check(Aligner().align([withoutThirty, copy]))
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        #expect(findings.filter { $0.kind == .numberingGap }.map(FindingSummary.init) == [
            FindingSummary(.numberingGap, .warning, [0: ["p29"]]),
            FindingSummary(.numberingGap, .warning, [1: ["p29"]]),
        ])
    }
}
