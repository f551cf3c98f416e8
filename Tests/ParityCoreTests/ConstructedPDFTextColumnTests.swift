import Testing
@testable import ParityCore

/// Columns of layout text (`pdftotext -layout` sets one character a cell) are
/// counted in scalars, not bytes: a hanging label in Devanagari or
/// Arabic-Indic digits (three or two bytes a digit) puts its text at the same
/// column as an ASCII label of as many characters, and a wrapped line set at
/// that column goes on from the line above. Constructed lines (made-up text).
@Suite struct ConstructedPDFTextColumnTests {
    private func lines(_ text: String) -> (bytes: [UInt8], lines: [PDFLine]) {
        let bytes = Array(text.utf8)
        return (bytes, PDFLine.lines(in: bytes))
    }

    @Test(arguments: ["12.", "१२.", "١٢."])
    func aHangingLabelPutsItsTextAtTheColumnOfItsCharacters(label: String) {
        let (bytes, lines) = lines("   \(label)   पाठ जो अगली पंक्ति में\n         २०३६ तक चलता है।\n")
        #expect(PDFFootnoteFinder.textColumn(lines[0], bytes, gap: 1) == 9)
        #expect(PDFFootnoteFinder.column(lines[1].contentStart, bytes) == 9)
        #expect(PDFFootnoteFinder.continuesWrappedLine(1, lines, bytes))
    }

    @Test func aLineAtAnotherColumnIsNoWrappedRest() {
        let (bytes, lines) = lines("   १२.   पाठ जो अगली पंक्ति में\n           २०३६ तक चलता है।\n")
        #expect(PDFFootnoteFinder.column(lines[1].contentStart, bytes) == 11)
        #expect(!PDFFootnoteFinder.continuesWrappedLine(1, lines, bytes))
    }
}
