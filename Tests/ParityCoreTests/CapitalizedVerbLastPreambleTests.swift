import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// A hard-wrapped preamble whose clauses start with a capital and end with their verb, nearly all alike (Jingpho
/// "… dum nna,", "… tsang nna,"): a clause may open with a name, which a capital does not tell from a wrapped line,
/// and a comma inside a clause may end a full line over a capitalised word. The clauses' own ending decides
/// (`PreambleClauseSplitter.clauseStarts`, `ClauseEndingWords.endAlike`). Document `dev/resolution-vinebridges`
/// (kac, en).
@Suite struct CapitalizedVerbLastPreambleTests {
    private func dev(_ code: String) throws -> Document {
        try ConstructedSegmentation.devDocument("resolution-vinebridges", code)
    }

    /// The first two words of each unnumbered paragraph.
    private func openings(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .unnumberedParagraph }
            .map { $0.text.split(separator: " ").prefix(2).joined(separator: " ") }
    }

    @Test func eachClauseIsOneParagraphWhateverItsFirstWord() throws {
        let document = try dev("kac")
        #expect(openings(document) == ["Mungkan Hpung", "Lam lam", "Syldavia, Ruritania", "Ruritania mungdan", "Borduria 2039",
                                       "Mahkrai langai"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }

    @Test func clausesEndingAlike() {
        func words(_ list: [String]) -> [[Unicode.Scalar]] { list.map { Array($0.unicodeScalars) } }
        #expect(ClauseEndingWords.endAlike(words(["nna", "nna", "nna"])))
        #expect(ClauseEndingWords.endAlike(words(["hishelov", "voghjunelov", "nkatelov", "2030"])))
        #expect(!ClauseEndingWords.endAlike(words(["nna", "nna"])))
        #expect(!ClauseEndingWords.endAlike(words(["warning", "depend", "years", "season", "dollars"])))
    }

    @Test func thePairAgainstEnglishIsClean() throws {
        let findings = ParityChecker().check(Aligner().align([try dev("en"), try dev("kac")])).filter { $0.severity >= .warning }
        #expect(findings.map { "\($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
    }
}
