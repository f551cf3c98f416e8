import Foundation
import ParityTestSupport
import Testing
@testable import ParityCore

/// A hard-wrapped preamble whose clauses, set apart by blank lines, nearly all end alike with their verb (Quechua
/// "… yuyarispa,", Aymara "… amtasa,", Jingpho "… nna,"): a line inside a clause that ends with a comma but not as
/// the clauses end goes on into the next line, even a short line over a capitalised month or State name ("… 2045
/// watapi," / "Abril killapa …"; `PreambleClauseSplitter.setApartEndings`). Document `dev/resolution-raftways`
/// (qu, ay, en).
@Suite struct SetApartClauseEndingTests {
    /// The first two words of each unnumbered paragraph.
    private func openings(_ document: Document) -> [String] {
        document.blocks.filter { $0.kind == .unnumberedParagraph }
            .map { $0.text.split(separator: " ").prefix(2).joined(separator: " ") }
    }

    @Test func quechuaClausesAreOneParagraphEachOverMonthsAndStates() throws {
        let document = try ConstructedSegmentation.devDocument("resolution-raftways", "qu")
        #expect(openings(document) == ["Hawka Kawsay", "Ruritania Syldavia", "Wayq'o suyupi", "Secretario Generalpa", "Ruritaniamanta Syldaviakama"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }

    @Test func aymaraClausesAreOneParagraphEachOverMonthsAndStates() throws {
        let document = try ConstructedSegmentation.devDocument("resolution-raftways", "ay")
        #expect(openings(document) == ["Suma Jakaña", "Ruritania Syldavia", "Wayq'u suyun", "Secretario Generalan", "Ruritaniat Syldaviakam"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "p3"])
    }

    @Test func thePairsAgainstEnglishAreClean() throws {
        for code in ["qu", "ay"] {
            let findings = ParityChecker().check(Aligner().align([
                try ConstructedSegmentation.devDocument("resolution-raftways", "en"),
                try ConstructedSegmentation.devDocument("resolution-raftways", code),
            ])).filter { $0.severity >= .warning }
            #expect(findings.map { "\(code) \($0.kind.rawValue) \($0.locations.last?.blockIDs.joined(separator: "+") ?? "")" } == [])
        }
    }

    /// Clauses not set apart by blank lines teach no ending here: a short line ending with a comma still ends its clause.
    @Test func withoutBlankLinesTheShortLineStillEndsItsClause() {
        let text = """
        The Council,
        Ruritania hte Syldavia gaw Klow mare kaw 2045 ning,
        Syldavia hte Borduria ni gaw ga sadi hpe kabu gara nna,
        Borduria gaw lam hpe tsang nna,
        Freedonia gaw dum nna,
        1. Shaga ai;
        """
        let document = ConstructedSegmentation.segment(text, "dense.kac").document
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 5)
    }
}

/// A treaty's words of agreement ending with any script's full stop ("Համաձայնեցան հետեւեալին։", Western Armenian, with
/// U+0589 where English has a colon; Tigrinya "ብዚስዕብ ተሰማሚዖም።"; Somali "Waxay isku afgarteen sidan.") right after the
/// last clause and before the first chapter's heading are no preambular clause (`BlockClassifier.isOperativeFormula`,
/// `ScalarClass.isFullStop`). Document `dev/treaty-cairnkeepers` (hyw, ti, so, en).
@Suite struct FullStopAgreementFormulaTests {
    private func preamble(_ code: String) throws -> Int? {
        OutlineFacts(try ConstructedSegmentation.devDocument("treaty-cairnkeepers", code)).preamble
    }

    @Test func theFormulaIsNoClauseInAnyScript() throws {
        #expect(try preamble("en") == 3)
        #expect(try preamble("hyw") == 3)
        #expect(try preamble("so") == 3)
    }

    @Test func fullStopsOfAnyScript() {
        for stop: Unicode.Scalar in [".", "。", "\u{0589}", "\u{1362}", "\u{0964}", "\u{104B}", "\u{FF0E}"] { #expect(ScalarClass.isFullStop(stop)) }
        for other: Unicode.Scalar in ["?", "!", ",", ":", "\u{055E}", "\u{1367}", "a"] { #expect(!ScalarClass.isFullStop(other)) }
    }
}
