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

/// Words of agreement whose colon is written with a dash after it, or as a dash glued to the last word or spaced
/// (Indian English "have agreed as follows:-", Burmese "… သဘောတူကြသည်-", Shan "… ၼင်ႇၼႆ -"), right after the last
/// clause and before the first article, are no preambular clause; a clause ending with a spaced dash over the words of
/// agreement is still a clause ("… zu verstärken –"). Constructed treaties.
@Suite struct DashedAgreementFormulaTests {
    static func constructedTreaty(_ formula: String) -> String {
        """
        Agreement between the Republic of Ruritania and the Kingdom of Syldavia on river ferries

        The Republic of Ruritania and the Kingdom of Syldavia (hereinafter "the Parties"),

        Considering that 410 ferries cross the river each year,

        Wishing to ensure the safety of those services,

        \(formula)

        Article 1: Purpose

        This Agreement governs the ferry services between the ports of Vorst and Telin.

        Article 2: Licences

        1. Each Party shall license the ferrymen working from its ports.

        2. A licence is valid for five years.
        """
    }

    @Test(arguments: ["Have agreed as follows:-", "Have agreed as follows-", "Have agreed as follows -", "Have agreed as follows –",
                       "အောက်ပါအတိုင်း သဘောတူကြသည်-"])
    func constructedDashedFormulaIsNoClause(_ formula: String) {
        let document = ConstructedSegmentation.segment(Self.constructedTreaty(formula), "constructed-dashed-formula.txt").document
        #expect(document.blocks.first { $0.text == formula }?.kind == .heading)
        let beforeArticles = document.blocks.prefix { $0.kind != .article }
        #expect(beforeArticles.filter { $0.kind == .unnumberedParagraph }.count == 3)
    }

    @Test func constructedSpacedDashStillEndsAClause() {
        let text = Self.constructedTreaty("Have agreed as follows:").replacingOccurrences(
            of: "Wishing to ensure the safety of those services,", with: "Wishing to ensure the safety of those services –")
        let document = ConstructedSegmentation.segment(text, "constructed-spaced-dash-clause.txt").document
        #expect(document.blocks.first { $0.text.hasPrefix("Wishing") }?.kind == .unnumberedParagraph)
    }
}

/// A treaty's opening that holds a relative clause's comma (Luxembourgish "D'Staaten, déi dëser Charta bäitrieden,", a
/// language no table of party words knows), its clauses each on one line in lower case and no blank line between (one
/// unit a line): the clauses that follow, each ending with a comma, show it to be the opening, so it is no title line
/// and the clauses are not joined as one paragraph broken across a page. A constructed charter.
@Suite struct ConstructedOpeningWithCommaTests {
    static let constructedCharter = """
        CHARTA VUN DER INTERNATIONALER ORGANISATIOUN VUN DEN DIERKNÄPPMECHER
        D'Staaten, déi dëser Charta bäitrieden,
        well se wëssen, datt 9.400 Atelieren fir Dierknäpp vill fir d'Wirtschaft vun hire Länner leeschten,
        well se gesinn, datt 52 Prozent vun de Leit an den Atelieren méi jonk wéi 35 Joer sinn,
        an well se eng fest Organisatioun fir d'Zesummenaarbecht am Handwierk grënne wëllen,
        si sech eens ginn:
        Kapitel I: Grënnung an Zweck
        Artikel 1: Grënnung
        Mat dëser Charta gëtt d'International Organisatioun vun den Dierknäppmecher gegrënnt.
        Artikel 2: Zweck
        (1) D'Organisatioun fërdert d'Handwierk vun den Dierknäppmecher.
        (2) D'Organisatioun huet hire Sëtz zu Klow (Syldavien).
        """

    @Test func constructedOpeningWithACommaOpensThePreamble() {
        let document = ConstructedSegmentation.segment(Self.constructedCharter, "constructed-opening-with-comma.lb.txt").document
        let beforeArticles = document.blocks.prefix { $0.kind != .heading && $0.kind != .article }
        #expect(beforeArticles.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(12)) }
                == ["D'Staaten, d", "well se wëss", "well se gesi", "an well se e"])
        #expect(OutlineFacts(document).preamble == 3)
    }

    /// A title line with a comma over one clause only stays front matter.
    @Test func constructedTitleWithACommaOverOneClauseIsNoOpening() {
        let text = """
            Geneva, 12 May 2065,
            in the presence of the delegations of Ruritania and Syldavia.
            1. The meeting was opened at 10 a.m.
            """
        let document = ConstructedSegmentation.segment(text, "constructed-title-with-comma.en.txt").document
        #expect(document.blocks.first?.kind != .unnumberedParagraph)
    }
}
