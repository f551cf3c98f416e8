import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A note verbale set one unit a line without blank lines under a masthead whose organ and `Distr.` group share a line
/// (as an extractor writes them): its lines run longer than a printed page's line, so it is a clean text, not a PDF's
/// lines to join — the title, the two paragraphs and the annex caption and its title stay apart. Constructed text.
@Suite struct ConstructedOneLineNoteVerbaleTests {
    static let constructedNote = """
        United Nations\tA/C.2/98/6
        General Assembly\tDistr.: General
        \t9 October 2043
        \tOriginal: English
        Ninety-eighth session
        Second Committee
        Agenda item 20
        Sustainable development
        Note verbale dated 2 October 2043 from the Permanent Mission of Borduria to the United Nations addressed to the Secretary-General
        The Permanent Mission of Borduria to the United Nations presents its compliments to the Secretary-General and has the honour to transmit information on the making of copper kettles in Borduria (see annex).
        The Permanent Mission requests that the present note and its annex be circulated as a document of the Second Committee, under agenda item 20.
        Annex to the note verbale dated 2 October 2043 from the Permanent Mission of Borduria to the United Nations addressed to the Secretary-General
        Information on the making of copper kettles in Borduria
        1.\tBorduria has 410 registered kettle workshops, which employ 3,750 workers.
        2.\tIn 2042, the workshops produced 2.9 million kettles, 64 per cent of which were exported.
        3.\tThe Government has taken the following measures:
        (a)\tA reduced rate of value added tax of 5 per cent for kettle workshops;
        (b)\tGrants for the purchase of copper;
        (c)\tA training programme for 200 apprentices a year.
        4.\tThe number of workshops rose by 12 per cent between 2040 and 2042.
        5.\tThe Government will report on the measures in 2045.
        """

    @Test func constructedNoteSetOneUnitALineIsNoExtractedPDF() {
        let extracted = PDFExtractionDetector.looksExtracted(Array(Self.constructedNote.utf8))
        #expect(!extracted)
        let document = ConstructedSegmentation.segment(Self.constructedNote, "constructed-one-line-note-verbale.en.txt").document
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.map { String($0.text.prefix(22)) }
                == ["The Permanent Mission ", "The Permanent Mission "])
        #expect(document.blocks.filter { $0.kind == .annex }.count == 1)
        #expect(document.numberedParagraphs.map(\.number) == [1, 2, 3, 4, 5])
    }
}
