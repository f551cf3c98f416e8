import Testing
import ParityTestSupport
@testable import ParityCore

/// In `pdftotext -layout` output, lines whose column gaps form a table stay
/// one table row each (cells separated by tabs): never joined into a
/// paragraph and never a footnote, the total row included. A paragraph's
/// first line, set apart from its number by a gap and ending in a figure
/// ("1.   The present report … resolution 1979"), is no table row. All
/// texts here are constructed.
@Suite struct PDFTableRowLayoutTests {
    static let masthead = "                United Nations                                               S/2012/197\n"
        + "                Security Council                          Distr.: General\n"
        + "                                                          5 April 2012\n\n"

    @Test func constructedTableRowsStayRows() {
        let text = Self.masthead
            + "             1.   The Mission’s military component stood at the following strength by country\n"
            + "             as at 31 March 2012, as set out in the table below.\n\n"
            + "             Country                 Military observers      Troops     Total\n"
            + "             Argentina                                3           0         3\n"
            + "             Bangladesh                               9          20        29\n"
            + "             Egypt                                   23           0        24\n"
            + "             Total                                  203          27       235a\n\n"

            + "             2.   The Mission continued to monitor the ceasefire in the Territory.\n\n"
            + "12-27711                                                                   1/1\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-layout-table.txt")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs[0].text == "The Mission’s military component stood at the following strength by country as at 31 March 2012, as set out in the table below.")
        let rows = document.blocks.filter { $0.text.hasPrefix("Argentina") || $0.text.hasPrefix("Bangladesh") || $0.text.hasPrefix("Egypt") || $0.text.hasPrefix("Total") }
        #expect(rows.map(\.text) == ["Argentina 3 0 3", "Bangladesh 9 20 29", "Egypt 23 0 24", "Total 203 27 235a"])
        // The total row, short and capitalised before paragraph 2, is no heading either.
        #expect(rows.allSatisfy { $0.kind == .unnumberedParagraph })
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
        #expect(document.blocks.filter { $0.kind == .pageFurniture }.map(\.text) == ["12-27711                                                                   1/1"])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedTableRowAtAPageEndIsNotContinuedByTheNextPage() {
        // A table's total row ends page 1; page 2 opens with the next annex's heading: no paragraph runs on.
        let text = Self.masthead
            + "                                  Annexe I\n\n"
            + "             Pays                    Observateurs militaires      Contingents     Total\n"
            + "             Argentine                                3              0            3\n"
            + "             Bangladesh                               9             20           29\n"
            + "             Total                                   12             20           32\n\n\n\n"
            + "12-27711                                                                   1/2\n\u{0C}"
            + "                                                          S/2012/197\n\n"
            + "                                  Annexe II\n\n"
            + "             Composition de la composante de police civile de la Mission\n\n"
            + "12-27711                                                                   2/2\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-layout-table-page-end.txt")
        #expect(document.blocks.contains { $0.text == "Total 12 20 32" })
        #expect(document.blocks.filter { $0.kind == .annex }.count == 2)
        #expect(!document.blocks.contains { $0.text.contains("32 Annexe") })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFirstLineEndingInAFigureIsNoRow() {
        // The wrapped line after it starts with a year in parentheses: no list item either.
        let text = Self.masthead
            + "             1.   The present report is submitted pursuant to Security Council resolution 1979\n"
            + "             (2011) of 27 April 2011, by which the Council extended the mandate of the United\n"
            + "             Nations Mission for the Referendum in Western Sahara until 30 April 2012.\n"
            + "             2.   The reporting period was marked by a number of significant developments in\n"
            + "             or related to the Territory.\n\n"
            + "12-27711                                                                   1/1\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-layout-first-line.txt")
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(document.numberedParagraphs[0].text.hasPrefix("The present report is submitted pursuant to Security Council resolution 1979 (2011) of 27 April 2011"))
        #expect(!document.blocks.contains { $0.kind == .listItem })
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test(arguments: [("1.   The present report is submitted pursuant to resolution 1979", false),
                      ("I.   Introduction                                   1–3       3", true),
                      ("Argentina        3     0     3", true),
                      ("Total        203     27     235c", true),
                      ("(a)   Troops deployed in the sector numbered 235", false)])
    func constructedRowLines(_ text: String, _ expected: Bool) {
        let bytes = Array(text.utf8)
        let line = PDFLine.lines(in: bytes)[0]
        #expect(PDFTableRow.isRow(bytes, line) == expected)
    }
}
