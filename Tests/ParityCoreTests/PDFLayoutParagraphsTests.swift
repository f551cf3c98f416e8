@testable import ParityCore
import Testing

/// `PDFLayoutParagraphs` on constructed `pdftotext -layout` pages (no PDF):
/// paragraph ends read from the character grid (first-line indents), in languages other than those of the layout PDFs that
/// showed the class (Portuguese, French, English): Italian, Polish, Swedish,
/// Chinese.
@Suite struct PDFLayoutParagraphsTests {
    /// The page with a blank row before every paragraph end found.
    static func marked(_ rows: [String]) -> [String] {
        PDFLayoutParagraphs.marking(rows.map { Array($0.unicodeScalars)[...] }).map { String(String.UnicodeScalarView($0)) }
    }

    @Test func firstLineIndentsStartParagraphsAlsoOfOneRow() {
        // Justified Italian, first lines indented by six cells, no space between paragraphs; the second paragraph is
        // one row long, the third follows it at the same indent.
        let rows = [
            "      Il Comitato ha esaminato la relazione del Segretario generale sulla gestione delle",
            "acque transfrontaliere e ne ha discusso le raccomandazioni principali in due sedute.",
            "      La relazione è stata accolta con favore da tutti gli Stati membri presenti.",
            "      Il Comitato raccomanda agli Stati di rafforzare lo scambio di dati idrologici e di",
            "cooperare con le commissioni fluviali.",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], "", rows[2], "", rows[3], rows[4]])
    }

    @Test func aRowsLengthAloneEndsNoParagraph() {
        // Polish, justified, no indent: `-layout` writes a justified row with single spaces, so a full row can look
        // short in cells ("… przybrzeżnych," below); without an indent nothing is cut (the clean-up decides).
        let rows = [
            "Zgromadzenie Ogólne, przypominając swoje poprzednie rezolucje",
            "w sprawie ochrony mokradeł przybrzeżnych i ich znaczenia dla",
            "społeczności lokalnych,",
            "Uznając rolę mokradeł w pochłanianiu dwutlenku węgla oraz w",
            "ochronie wybrzeży przed sztormami,",
        ]
        #expect(Self.marked(rows) == rows)
    }

    @Test func aWrappedRowWhoseFreeEndCouldNotHoldTheNextWordGoesOn() {
        // Swedish: the second row ends eight cells short of the edge, the next word ("miljöskyddsåtgärderna") is longer.
        let rows = [
            "Kommittén har granskat rapporten om gränsöverskridande vatten",
            "och diskuterat de viktigaste rekommendationerna om",
            "miljöskyddsåtgärderna i avrinningsområdena under två möten.",
            "Rapporten välkomnades av alla närvarande medlemsstater.",
        ]
        #expect(Self.marked(rows) == rows)
    }

    @Test func hangingLabelsCentredTitlesAndTablesAreLeftAlone() {
        // English with hanging numbers (label at the column start, text and its continuation rows set in), a centred
        // title of two rows, and a table row with column gaps.
        let rows = [
            "                    Report of the Committee on Transboundary",
            "                        Waters and Shared Aquifers",
            "1.    The Committee held three meetings during the reporting period and",
            "      considered the reports of twelve Member States of the region, which",
            "      had been submitted on time.",
            "2.    It recommends that States widen the exchange of hydrological data",
            "      and cooperate with the river basin commissions of the region.",
            "Total                      3 720          981          4 815",
        ]
        let marked = Self.marked(rows)
        #expect(marked.filter { !$0.isEmpty } == rows)
        // The centred title is one paragraph; the rows of each numbered paragraph stay together.
        #expect(marked.firstIndex(of: rows[1])! == marked.firstIndex(of: rows[0])! + 1)
        #expect(marked.firstIndex(of: rows[3])! == marked.firstIndex(of: rows[2])! + 1)
        #expect(marked.firstIndex(of: rows[4])! == marked.firstIndex(of: rows[3])! + 1)
        #expect(marked.firstIndex(of: rows[6])! == marked.firstIndex(of: rows[5])! + 1)
    }

    @Test func rowsWithIdeographsAreNotMeasuredByTheirLength() {
        // Chinese: the grid gives one cell to a character twice as wide as a Latin letter, so a short-looking row
        // says nothing; only the first-line indent tells.
        let rows = [
            "    委员会审议了秘书长关于跨界水资源管理的报告，并在两次会议上讨论了",
            "其主要建议。",
            "    委员会建议各国加强水文数据交流，并与流域委员会合作。",
            "所有成员国均表示欢迎。",
            "本段续行。",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], "", rows[2], rows[3], rows[4]])
    }

    @Test func aPageOfFewerThanFourRowsIsNotMeasured() {
        let rows = ["      Kort stycke.", "Slut."]
        #expect(Self.marked(rows) == rows)
    }
}
