import Testing
import ParityTestSupport
@testable import ParityCore

/// An annex that numbers its paragraphs again from 1 anchors them in its own scope: paragraph 1 of annex II is not
/// paragraph 1 of the body. With one key for both, neither anchored (a key must occur once in each version), and a
/// paragraph one version leaves out read as a merge of its neighbours. Constructed dev set `report-treenails` (en, fr).
@Suite struct AnnexParagraphAnchorTests {
    @Test func annexParagraphKeysCarryTheirAnnex() throws {
        let en = try ConstructedSegmentation.devDocument("report-treenails", "en")
        let body = try #require(en.blocks.first { $0.id == "p1" })
        let annex = try #require(en.blocks.first { $0.id == "annex-II-p1" })
        #expect(AnchorKey.of(body)?.key == "p1")
        #expect(AnchorKey.of(annex)?.key == "annex-II/p1")
    }

    @Test func constructedLeftOutParagraphIsMissingNotMerged() throws {
        let en = try ConstructedSegmentation.devDocument("report-treenails", "en")
        let fr = try ConstructedSegmentation.devDocument("report-treenails", "fr")
        let findings = ParityChecker().check(Aligner().align([en, fr])).filter { $0.severity >= .warning }
        #expect(findings.map(\.kind) == [.missingParagraph])
        #expect(findings.first?.locations.contains { $0.blockIDs.contains("p4") } == true)
    }
}
