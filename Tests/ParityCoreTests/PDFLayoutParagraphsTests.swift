@testable import ParityCore
import Testing

/// `PDFLayoutParagraphs` on constructed `pdftotext -layout` pages (no PDF):
/// paragraph ends read from the character grid (first-line indents; the wrap fit against the column's full rows), in
/// languages other than those of the layout PDFs that showed the class (Portuguese, French, English, Spanish, Russian):
/// Italian, Polish, Swedish, Czech, Chinese, and a constructed Spanish title.
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

    @Test func aShortRowBeforeACapitalThatWouldHaveFittedEndsItsParagraph() {
        // Polish, no indent, no space between paragraphs: "Uznając" would have fitted after "społeczności lokalnych,"
        // on the shortest full row (a row the next goes on from in lower case), so the row before ended its paragraph.
        let rows = [
            "Zgromadzenie Ogólne, przypominając swoje poprzednie rezolucje",
            "w sprawie ochrony mokradeł przybrzeżnych i ich znaczenia dla",
            "społeczności lokalnych,",
            "Uznając rolę mokradeł w pochłanianiu dwutlenku węgla oraz w",
            "ochronie wybrzeży przed sztormami,",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], rows[2], "", rows[3], rows[4]])
    }

    @Test func theWrapFitNeedsFreeSpaceMeasuredOnFullRowsAndNotAShortWord() {
        // Czech: "Pan" (a short word) after a row less than two ems short of the shortest full row goes on (the
        // width estimate is rough); "Rovněž" after the short last row of the paragraph starts the next one.
        let rows = [
            "Výbor projednal zprávu generálního tajemníka o přeshraničních",
            "vodách a doporučil státům rozšířit výměnu hydrologických údajů",
            "a spolupracovat s povodňovými komisemi regionu, jak navrhl",
            "Pan Novák, předseda pracovní skupiny pro podzemní vody, který",
            "zdůraznil význam společného monitorování a sdílení dat mezi",
            "státy povodí.",
            "Rovněž vyzval státy, aby do konce roku předložily své zprávy.",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], "", rows[6]])
        // Fewer than three full rows: nothing to measure the fit on.
        let short = ["Výbor zasedal dvakrát a přijal", "Závěry.", "Zpráva byla schválena všemi členy výboru.", "Konec."]
        #expect(Self.marked(short) == short)
    }

    @Test func afterASentenceEndTheWrapFitIsMeasuredOnTheMedianFullRow() {
        // Swedish: the shortest full row is short (the long word after it did not fit), so "Mötet" would not have
        // fitted on it after "året."; it would have on the median full row, and the row before ends a sentence: a
        // row ending a sentence inside a paragraph is full, so this one ended its paragraph.
        let rows = [
            "Kommittén behandlade generalsekreterarens rapport om",
            "gränsöverskridande vattenresurser och rekommenderade att staterna",
            "skulle utbyta hydrologiska uppgifter med varandra och med alla",
            "flodkommissionerna i regionen före utgången av året.",
            "Mötet avslutades klockan 13.00.",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], rows[2], rows[3], "", rows[4]])
        // Without the sentence end the shortest full row is the measure: the row may have gone on.
        var clause = rows
        clause[3] = "flodkommissionerna i regionen före utgången av året,"
        #expect(Self.marked(clause) == clause)
    }

    @Test func aTwoRowTitleSetToANarrowerMeasureIsNotCut() {
        // Spanish: a title whose first row ends where the next word would have fitted was set to a narrower
        // measure; its end tells nothing either. The body's short last row before a capital ends its paragraph.
        let rows = [
            "Informe del Comité Especial sobre",
            "Recursos Hídricos",
            "El Comité celebró tres sesiones durante el período que abarca el",
            "informe y examinó las comunicaciones de doce Estados miembros de",
            "la región, que se recibieron dentro del plazo fijado por el Comité,",
            "y aprobó sus conclusiones.",
            "Las conclusiones figuran en el anexo del presente informe, junto con",
            "las observaciones de los Estados.",
        ]
        #expect(Self.marked(rows) == [rows[0], rows[1], rows[2], rows[3], rows[4], rows[5], "", rows[6], rows[7]])
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
