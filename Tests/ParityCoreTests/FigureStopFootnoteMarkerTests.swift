import Testing
@testable import ParityCore

/// Footnote markers printed as plain digits right after the full stop that ends a document symbol or a figure
/// (`… resolution 81/207.1 It covers …`), found only for a footnote the document has and cites nowhere else, and
/// only where a new sentence follows (`CitedFootnoteMarker.gluedAfterFigureStop`). Short constructed texts in
/// several languages; documents `dev/report-sievemakers` (en printed as pdftotext prints a PDF, es, he).
@Suite struct FigureStopFootnoteMarkerTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    private func segment(_ text: String) -> Document {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
    }

    @Test func aMarkerAfterASymbolsOrAFiguresStopBeforeANewSentence() {
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("pursuant to resolution 81/207.1 It covers")) == 30..<31)
        #expect(CitedFootnoteMarker.figureStopCitation(2, in: scalars("en la resolución A/RES/2026/27.2")) == 31..<32)
        #expect(CitedFootnoteMarker.figureStopCitation(3, in: scalars("un total de 4.350.3 Su producción")) == 18..<19)
        #expect(CitedFootnoteMarker.figureStopCitation(3, in: scalars("a total of 4,350.3 A further")) == 17..<18)
        // After a symbol a word of a script without case starts the next sentence too (Hebrew, Korean).
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("להחלטה 81/207.1 הוא עוסק")) == 14..<15)
        #expect(CitedFootnoteMarker.figureStopCitation(12, in: scalars("결의 80/12.12 이 보고서는")) != nil)
    }

    @Test func decimalsAndSymbolsWithARealFinalNumberStay() {
        // A decimal before a word in lower case, a unit in capitals, a full stop after the digits.
        #expect(CitedFootnoteMarker.figureStopCitation(2, in: scalars("made 12.2 million sieves")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("set out in paragraph 3.1 of the guidelines")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(3, in: scalars("installed 2.3 MW of capacity")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("see section 3.1. The Committee")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(5, in: scalars("ont augmenté de 2.5 Les États")) != nil)  // the shape of a citation
        #expect(CitedFootnoteMarker.figureStopCitation(5, in: scalars("um 2,5 Prozent")) == nil)
        // A figure before a word of a script without case is a decimal (Hindi, Hebrew write the decimal point).
        #expect(CitedFootnoteMarker.figureStopCitation(5, in: scalars("कुल 2.5 करोड़ लोग")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(2, in: scalars("ייצרו 12.2 מיליון נפות")) == nil)
        // A figure at the end of a text (a table's total) is no citation; a symbol at the end of a paragraph is.
        #expect(CitedFootnoteMarker.figureStopCitation(2, in: scalars("Total 350.2")) == nil)
        // Digits that are not the marker's, or more digits than a marker has.
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("resolution 81/207.12 It")) == nil)
        #expect(CitedFootnoteMarker.figureStopCitation(1, in: scalars("resolution 81/207.123 It")) == nil)
    }

    @Test func aSymbolEndingASentenceWithItsMarkerIsRunningText() {
        func ends(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return CitedFootnoteMarker.endsWithFigureStopMarker(bytes, 0, bytes.count)
        }
        #expect(ends("A/RES/2026/27.2"))
        #expect(ends("A/RES/2026/27.12  "))
        #expect(!ends("S/RES/2903 (2027)"))
        #expect(!ends("E/CN.6/2026/L.1"))
        #expect(!ends("A/82/466"))
    }

    /// Clean text with its footnotes below a rule at the end: the marker after the symbol's stop is linked and taken
    /// out of the paragraph, which keeps the symbol whole; the decimals of the same text stay.
    @Test func constructedSpanishFootnotesAfterSymbolsBelowARule() {
        let text = """
        1. El informe responde a la resolución 81/207.1 Abarca 12,2 millones de cribas y el párrafo 3.1 de las directrices.

        2. La Asamblea examinó la cuestión en la resolución A/RES/2026/27.2

        __________________
        1 Aprobada el 19 de diciembre de 2026.
        2 Resolución sobre los oficios rurales.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .footnote }.compactMap(\.label) == ["¹", "²"])
        #expect(document.block(id: "p1")?.text.contains("81/207. Abarca 12,2 millones") == true)
        #expect(document.block(id: "p1")?.text.contains("párrafo 3.1 de") == true)
        #expect(document.block(id: "p1")?.footnoteRefs == ["fn1"])
        #expect(document.block(id: "p2")?.text.hasSuffix("A/RES/2026/27.") == true)
        #expect(document.block(id: "p2")?.footnoteRefs == ["fn2"])
    }

    /// Hebrew, a script without case, with its footnotes at the end and no rule: the markers after the symbols' stops
    /// are the citations that tell the notes are footnotes; the decimal before a word stays a figure.
    @Test func constructedHebrewFootnotesAfterSymbolsWithoutARule() {
        let text = """
        1. הדוח מוגש בהתאם להחלטה 81/207.1 הוא עוסק ב-12.2 מיליון נפות.

        2. העצרת דנה בנושא בהחלטה A/RES/2026/27.2

        1 התקבלה ב-19 בדצמבר 2026.
        2 החלטה בנושא מלאכות כפריות.
        """
        let document = segment(text)
        #expect(document.blocks.filter { $0.kind == .footnote }.compactMap(\.label) == ["¹", "²"])
        #expect(document.block(id: "p1")?.text.contains("81/207. הוא") == true)
        #expect(document.block(id: "p1")?.text.contains("12.2 מיליון") == true)
        #expect(document.block(id: "p2")?.footnoteRefs == ["fn2"])
    }
}
