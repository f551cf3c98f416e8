import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A note's marker that lost its superscript and is glued to the figure before it (`en 20431`: 2043 and note 1) is
/// read from the footnote sequence: trailing digits that spell the note's number after a year or a grouped number,
/// in any digit system. A decimal, a paragraph reference or a figure that is no year and no grouped number stays a
/// figure. All texts here are constructed.
@Suite struct FigureGluedCitationTests {
    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func markerGluedToAYearOrAGroupedNumber() {
        #expect(FigureGluedCitation.first(1, in: Self.scalars("d'ici à 20431, le programme")) == 12..<13)
        #expect(FigureGluedCitation.first(2, in: Self.scalars("para el 20422.")) == 12..<13)
        #expect(FigureGluedCitation.first(3, in: Self.scalars("ammontano a 12.480.0003 dollari")) == 22..<23)
        #expect(FigureGluedCitation.first(3, in: Self.scalars("amount to $12,480,0003 in")) == 21..<22)
        #expect(FigureGluedCitation.first(12, in: Self.scalars("in 204312 and")) == 7..<9)
        // Lakh groups.
        #expect(FigureGluedCitation.first(1, in: Self.scalars("৪,৩৮,৫০০১ টাকা")) == 8..<9)
        // Thai digits, a year at the end.
        #expect(FigureGluedCitation.first(1, in: Self.scalars("ในปี ๒๐๓๙๑")) == 9..<10)
    }

    @Test func figuresThatCiteNothing() {
        // A paragraph reference, a decimal, a year alone, a figure that is neither a year nor grouped.
        #expect(FigureGluedCitation.first(1, in: Self.scalars("paragraph 23.1 above")) == nil)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("para. ๒๓.๑ ข้างต้น")) == nil)
        #expect(FigureGluedCitation.first(5, in: Self.scalars("rose by 4.5 per cent")) == nil)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("in 2041 and")) == nil)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("some 95431 persons")) == nil)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("a total of 12,5001 in")) == 17..<18)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("a total of 12,50001 in")) == nil)
        // Inside a symbol or a word, or before a per cent sign.
        #expect(FigureGluedCitation.first(1, in: Self.scalars("see A/80/20431 and")) == nil)
        #expect(FigureGluedCitation.first(1, in: Self.scalars("rose 20431% over")) == nil)
        // Digits of two systems are no one figure.
        #expect(FigureGluedCitation.first(1, in: Self.scalars("in 204३1")) == nil)
    }

    @Test func pdfNotesCitedByMarkersGluedToFigures() {
        let text = "United Nations\nA/95/6 (Sect. 31)\n\nGeneral Assembly\n\nDistr.: General\n14 April 2041\n\n"
            + "        31.1    Il programma sostiene 18 centri nell'ambito della strategia adottata nel 20391.\n"
            + "        31.2    I centri ne formeranno 5.000 all'anno entro il 20432, come raccomanda la valutazione.\n"
            + "        31.3    Il programma aprirà nuovi centri nel 2042, come proposto al paragrafo 31.1 sopra.\n\n\n\n"
            + "        1   Cfr. risoluzione 94/218, par. 6.\n"
            + "        2   Cfr. A/94/77, allegato, tabella 2.\n\n"
            + "41-05522 (I)    150441\n\u{0C}"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-figure-glued.it.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["¹", "²"])
        #expect(document.numberedParagraphs.map(\.label) == ["31.1", "31.2", "31.3"])
        for (paragraph, note) in zip(document.numberedParagraphs.prefix(2), notes) {
            #expect(paragraph.footnoteRefs == [note.id], "\(paragraph.label ?? "")")
        }
        #expect(document.numberedParagraphs[0].text.contains("nel 2039"))
        #expect(!document.numberedParagraphs[0].text.contains("20391"))
        #expect(document.numberedParagraphs[2].footnoteRefs.isEmpty)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func plainTextNoteCitedByAMarkerGluedToAYear() {
        let text = "United Nations\nA/95/320\nGeneral Assembly\nDistr.: General\n22 September 2041\n\n"
            + "1.\tLe programme sera achevé en 20431 et couvrira 18 centres.\n\n"
            + "2.\tLe coût total est décrit au paragraphe 23.1 du budget.\n\n"
            + "__________________\n1 Voir la résolution 94/218.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-figure-glued-plain.fr.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["¹"])
        #expect(document.numberedParagraphs.map(\.label) == ["1.", "2."])
        #expect(document.numberedParagraphs.first?.footnoteRefs == notes.map(\.id))
        #expect(document.numberedParagraphs.first?.text.contains("en 2043 et") == true)
        #expect(document.numberedParagraphs.last?.footnoteRefs.isEmpty == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }

    @Test func plainTextNoteWithoutARuleCitedByAMarkerGluedToAnAmount() {
        let text = "United Nations\nA/95/321\nGeneral Assembly\nDistr.: General\n22 September 2041\n\n"
            + "1.\tEl programa costará 12.480.0001 dólares hasta 2043.\n\n"
            + "2.\tEl párrafo 23.1 describe los centros.\n\n"
            + "1 Incluidos 120.000 dólares para los talleres.\n"
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-figure-glued-norule.es.txt")
        let notes = document.blocks.filter { $0.kind == .footnote }
        #expect(notes.map(\.label) == ["¹"])
        #expect(document.numberedParagraphs.map(\.label) == ["1.", "2."])
        #expect(document.numberedParagraphs.first?.footnoteRefs == notes.map(\.id))
        #expect(document.numberedParagraphs.first?.text.contains("12.480.000 dólares") == true)
        #expect(LosslessCoverage.violations(bytes, document) == [])
    }
}
