import ParityCore
import ParityTestSupport
import Testing

/// Defects injected into the real French UDHR, checked against the real
/// English: each is found with the right kind at the right article or
/// article paragraph, and nothing else is an error.
@Suite struct UDHRDefectTests {
    private func errors(_ french: Document) throws -> [FindingSummary] {
        var french = french
        french.sourceName = "udhr_fra-defect.xml"
        let alignment = Aligner().align([try AlignTestFixtures.udhr("eng"), french])
        #expect(alignment.coversEveryBlockOnce)
        return ParityChecker().check(alignment).filter { $0.severity == .error }.map(FindingSummary.init)
    }

    private var french: DefectInjector {
        get throws { DefectInjector(try AlignTestFixtures.udhr("fra")) }
    }

    @Test func untouchedPairHasNoError() throws {
        #expect(try errors(try AlignTestFixtures.udhr("fra")).isEmpty)
    }

    @Test func deletedArticleIsMissingWithItsParagraph() throws {
        #expect(try errors(try french.deleting("art10")) == [
            FindingSummary(.missingParagraph, .error, [0: ["art10", "art10-p1"]]),
        ])
    }

    @Test func deletedArticleParagraphIsMissing() throws {
        #expect(try errors(try french.deleting("art2-p2")) == [
            FindingSummary(.missingParagraph, .error, [0: ["art2-p2"]]),
        ])
    }

    @Test func duplicatedArticleIsADuplicateNumber() throws {
        #expect(try errors(try french.duplicating("art10")) == [
            FindingSummary(.duplicateNumber, .error, [1: ["art10", "art10-dup"]]),
        ])
    }

    /// Two unnumbered paragraphs of an article run together with all their text, or one cut in two at a sentence
    /// end: the versions cut the same text differently (`SegmentationDifference`), information only, no error.
    @Test func mergedArticleParagraphs() throws {
        #expect(try errors(try french.merging("art2-p1", with: "art2-p2")) == [])
    }

    @Test func splitArticleParagraph() throws {
        #expect(try errors(try french.splitting("art1-p1")) == [])
    }

    @Test func renumberedArticleCarriesItsNeighboursNumber() throws {
        #expect(try errors(try french.renumbering("art12", to: 13)) == [
            FindingSummary(.duplicateNumber, .error, [1: ["art12", "art13"]]),
        ])
    }

    @Test func swappedArticlesAreOutOfOrderAndStillLinkByNumber() throws {
        let swapped = try french.swapping("art5", "art6")
        let alignment = Aligner().align([try AlignTestFixtures.udhr("eng"), swapped])
        for id in ["art5", "art5-p1", "art6", "art6-p1"] {
            #expect(alignment.links.contains { $0.blockIDs == [[id], [id]] }, "\(id)")
        }
        let found = try errors(swapped)
        #expect(found.count == 1)
        #expect(found.first?.kind == .outOfOrderNumber)
        #expect(found.first.map { ["art5", "art6"].contains($0.blocks[1]?.first ?? "") } == true)
    }

    @Test func untranslatedArticleParagraph() throws {
        let english = try AlignTestFixtures.udhr("eng")
        var russian = try AlignTestFixtures.udhr("rus")
        let index = try #require(russian.blocks.firstIndex { $0.id == "art1-p1" })
        russian.blocks[index].text = try #require(english.block(id: "art1-p1")).text
        let findings = ParityChecker().check(Aligner().align([english, russian]))
        #expect(findings.filter { $0.severity == .error }.map(FindingSummary.init) == [
            FindingSummary(.untranslatedBlock, .error, [0: ["art1-p1"], 1: ["art1-p1"]]),
        ])
        #expect(findings.contains { FindingSummary($0) == FindingSummary(.wrongScript, .warning, [1: ["art1-p1"]]) })
    }

    @Test func emptiedArticleParagraph() throws {
        var french = try AlignTestFixtures.udhr("fra")
        let index = try #require(french.blocks.firstIndex { $0.id == "art3-p1" })
        french.blocks[index].text = ""
        let findings = ParityChecker().check(Aligner().align([try AlignTestFixtures.udhr("eng"), french]))
        #expect(findings.filter { $0.severity == .error }.map(FindingSummary.init) == [
            FindingSummary(.emptyBlock, .error, [1: ["art3-p1"]]),
        ])
    }

    @Test func articleTitleWithAnotherNumberIsAWarningOnly() throws {
        var chinese = try AlignTestFixtures.udhr("cmn_hans")
        let index = try #require(chinese.blocks.firstIndex { $0.id == "art5" })
        chinese.blocks[index].text = "第六条"
        let findings = ParityChecker().check(Aligner().align([try AlignTestFixtures.udhr("eng"), chinese]))
        #expect(findings.filter { $0.severity == .error }.isEmpty)
        #expect(findings.contains { FindingSummary($0) == FindingSummary(.articleTitleMismatch, .warning, [1: ["art5"]]) })
    }

    /// Article 10 dropped and articles 11–30 renumbered 10–29: articles still
    /// link by content; one missing article and one shifted run.
    @Test func deletedArticleWithRenumberingDoesNotCrossLinkTheRest() throws {
        let shifted = try DefectInjector(try french.deleting("art10")).renumberingFrom("art11", by: -1)
        let alignment = Aligner().align([try AlignTestFixtures.udhr("eng"), shifted])
        for n in 11...30 { #expect(alignment.links.contains { $0.blockIDs == [["art\(n)"], ["art\(n)"]] }, "art\(n)") }
        let later = (11...30).map { "art\($0)" }
        #expect(try errors(shifted) == [
            FindingSummary(.missingParagraph, .error, [0: ["art10", "art10-p1"]]),
            FindingSummary(.outOfOrderNumber, .error, [0: later, 1: later]),
        ])
    }
}
