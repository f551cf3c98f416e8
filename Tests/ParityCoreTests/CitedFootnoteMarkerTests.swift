import Testing
@testable import ParityCore

/// Footnotes known by the document's own citations (`CitedFootnoteMarker`), on short constructed texts.
@Suite struct CitedFootnoteMarkerTests {
    private func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

    @Test func leadingMarkers() {
        #expect(CitedFootnoteMarker.leadingMarker(scalars("(1) 81/190 ebazpena."))?.number == 1)
        #expect(CitedFootnoteMarker.leadingMarker(scalars("2\tSyldavia için verilen rakam."))?.number == 2)
        #expect(CitedFootnoteMarker.leadingMarker(scalars("१२ टिप्पणी"))?.number == 12)
        // A paragraph label, a grouped figure and a bare number are no markers.
        #expect(CitedFootnoteMarker.leadingMarker(scalars("1. The constructed report.")) == nil)
        #expect(CitedFootnoteMarker.leadingMarker(scalars("1 250 000 people were counted.")) == nil)
        #expect(CitedFootnoteMarker.leadingMarker(scalars("3")) == nil)
    }

    @Test func citationsAreGluedToAWordOrItsFullStop() {
        let cited = CitedFootnoteMarker.citations(in: scalars("A survey of ferries.(1) Replies from 19 States.2 In 2026.3 and 5(4) and (5) items"))
        #expect(cited.keys.sorted() == [1, 2])
        #expect(CitedFootnoteMarker.plainCitation(2, in: scalars("Replies from 19 States.2")) == 23..<24)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("The survey of 2026.1")) == nil)
    }

    @Test func constructedFootnotesAfterTheLastParagraphWithoutARule() {
        let text = """
        Constructed report

        1. The constructed survey covers 340 ferries.(1)

        2. The Secretary-General recommends a second survey.

        (1) The replies are available on the constructed website.
        """
        let document = PlainTextSegmenter(language: Language(code: "en")!).segment(DecodedText(text), sourceName: "constructed")
        let footnotes = document.blocks.filter { $0.kind == .footnote }
        #expect(footnotes.map(\.label) == ["(1)"])
        #expect(document.blocks.first { $0.kind == .paragraph }?.footnoteRefs.count == 1)
    }

    @Test func constructedItemsUnderALeadInStayItems() {
        let text = """
        Constructed report

        1. The constructed survey covers 340 ferries.(1)

        2. The Secretary-General recommends:

        (1) A second survey;

        (2) A meeting of experts.
        """
        let document = PlainTextSegmenter(language: Language(code: "en")!).segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .footnote }.isEmpty)
    }
}
