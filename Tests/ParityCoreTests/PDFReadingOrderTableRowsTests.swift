import Testing
import ParityTestSupport
@testable import ParityCore

/// A data table that pdftotext's reading order writes cell by cell gets its
/// rows back: one block per row, as `-layout` gives it. All texts here are
/// constructed.
@Suite struct PDFReadingOrderTableRowsTests {
    static let masthead = "S/2012/197\n\nUnited Nations\n\nSecurity Council\n\nDistr.: General\n5 April 2012\n\n"

    static let constructedTables: [(language: String, caption: String, rows: [(String, [String])], total: String)] = [
        ("en", "Contributions as at 31 March 2012",
         [("Argentina", ["3", "0", "3"]), ("Bangladesh", ["9", "20", "29"]), ("El Salvador", ["3", "0", "3"]), ("Yemen", ["9", "1", "10"])],
         "Total"),
        ("fr", "Contributions au 31 mars 2012",
         [("Argentine", ["3", "0", "3"]), ("Bangladesh", ["9", "20", "29"]), ("El Salvador", ["3", "0", "3"]), ("Yémen", ["9", "1", "10"])],
         "Total"),
        ("es", "Contribuciones al 31 de marzo de 2012",
         [("Argentina", ["3", "0", "3"]), ("Bangladesh", ["9", "20", "29"]), ("El Salvador", ["3", "0", "3"]), ("Yemen", ["9", "1", "10"])],
         "Total"),
    ]

    @Test(arguments: constructedTables.indices)
    func constructedCellByCellTableGetsItsRowsBack(_ index: Int) {
        let sample = Self.constructedTables[index]
        var text = Self.masthead + "1. The strength of the military component by country is set out in the table below.\n\n"
            + sample.caption + "\n\nMilitary observers\n\nTroops\n\n" + sample.total + "\n\n"
        for (label, figures) in sample.rows { text += label + "\n\n" + figures.joined(separator: "\n\n") + "\n\n" }
        // The total row: its figures come before its label, as pdftotext writes a bold last row.
        text += "24\n\n21\n\n45c\n\n" + sample.total + "\n\n12-27711\n\n1/1\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-cell-table-\(sample.language).txt")
        let expected = sample.rows.map { ([$0.0] + $0.1).joined(separator: " ") }
        #expect(document.blocks.filter { expected.contains($0.text) }.map(\.text) == expected)
        #expect(document.blocks.filter { expected.contains($0.text) }.allSatisfy { $0.kind == .unnumberedParagraph })
        // The column captions and the total row's figures stay blocks of their own; nothing is a footnote.
        #expect(document.blocks.contains { $0.text == "Military observers" })
        #expect(document.blocks.contains { $0.text == "45c" })
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
        #expect(document.numberedParagraphs.map(\.number) == [1])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func constructedFiguresAloneInTheTextAreNoTable() {
        // Two short lines each followed by two figures: fewer than three rows, so no table.
        let text = Self.masthead + "1. The Committee recorded the following votes on the two drafts before it.\n\n"
            + "First draft\n\n12\n\n3\n\nSecond draft\n\n14\n\n1\n\n"
            + "2. The Committee thanked all delegations for their cooperation.\n\n12-27711\n\n1/1\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-figures-no-table.txt")
        #expect(!document.blocks.contains { $0.text == "First draft 12 3" })
        #expect(document.blocks.contains { $0.text == "First draft" })
        #expect(document.numberedParagraphs.map(\.number) == [1, 2])
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
