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
        // A paragraph label in the Arabic style, a spaced dash after the number.
        #expect(CitedFootnoteMarker.leadingMarker(scalars("1 - تستند البيانات")) == nil)
    }

    @Test func citationsAreGluedToAWordOrItsFullStop() {
        let cited = CitedFootnoteMarker.citations(in: scalars("A survey of ferries.(1) Replies from 19 States.2 In 2026.3 and 5(4) and (5) items"))
        #expect(cited.keys.sorted() == [1, 2])
        #expect(CitedFootnoteMarker.plainCitation(2, in: scalars("Replies from 19 States.2")) == 23..<24)
        // Glued to a document symbol, or to a word before a full stop (Uzbek, dev set `report-nailsmiths`).
        let uzbek = CitedFootnoteMarker.citations(in: scalars("Assambleyaning 89/144(1) rezolyutsiyasiga. Mablag‘lari oshadi(2). Moddaning 5(3) bandi"))
        #expect(uzbek.keys.sorted() == [1, 2])
    }

    @Test func aFootnoteTheDocumentHasIsCitedAfterAYear() {
        // PDF extraction flattens `2026¹` to `2026.1` / `1975,1`: the footnote's own digit after a year is its citation.
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("The survey of 2026.1")) == 19..<20)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("orchards planted since 1975,1 with figures")) == 28..<29)
        #expect(CitedFootnoteMarker.plainCitation(2, in: scalars("the range 1990-2024.2")) == 20..<21)
        #expect(CitedFootnoteMarker.plainCitation(3, in: scalars("approved (A/82/150).3")) == 20..<21)
        // Decimals, grouped figures, dates and figures that are no years stay figures.
        #expect(CitedFootnoteMarker.plainCitation(6, in: scalars("a harvest worth $4.6 million")) == nil)
        #expect(CitedFootnoteMarker.plainCitation(5, in: scalars("yields rose by 2,5 %")) == nil)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("a total of 12.2024.1")) == nil)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("measured at 3500.1 metres")) == nil)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("since 1950,12 and")) == nil)
        // Finding footnotes by their citations alone still wants a word before the full stop.
        #expect(CitedFootnoteMarker.citations(in: scalars("The survey of 2026.1 and")).isEmpty)
    }

    /// A superscript flattened with no stop before it: plain digits glued straight to a word of three letters or more,
    /// its last letter in lower case (`Mipakani1`, `Mkataba2,`); chemical formulas, grades and names with digits stay.
    /// `gluedAsCitation`, the rule the front matter and the annex captions share (`endsSentenceBeforeMarker`):
    /// another script's full stop is never in a figure; the year is read only when the footnote is known.
    @Test func gluedAsCitationAfterAnotherScriptsStopAndWithoutTheYear() {
        #expect(CitedFootnoteMarker.gluedAsCitation(scalars("会议通过。1"), 5))
        #expect(CitedFootnoteMarker.gluedAsCitation(scalars("in 2026.1"), 8))
        #expect(!CitedFootnoteMarker.gluedAsCitation(scalars("in 2026.1"), 8, afterYear: false))
        #expect(!CitedFootnoteMarker.gluedAsCitation(scalars("rose to 2.5"), 10))
        #expect(!CitedFootnoteMarker.gluedAsCitation(scalars("１２．5"), 3))
        #expect(CitedFootnoteMarker.endsSentenceBeforeMarker(scalars("held in 2027.¹ ")))
        #expect(!CitedFootnoteMarker.endsSentenceBeforeMarker(scalars("by 2030.3")))
    }

    @Test func aMarkerGluedStraightToAWord() {
        let cited = CitedFootnoteMarker.citations(in: scalars("Mkataba wa Mito ya Mipakani1 uliopitishwa na Itifaki2, pamoja na CO2 na G20 na km2 na H5N1 na Covid19x"))
        #expect(cited.keys.sorted() == [1, 2])
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("ya Mipakani1 uliopitishwa")) == 11..<12)
        #expect(CitedFootnoteMarker.plainCitation(2, in: scalars("na Itifaki2.")) == 10..<11)
        #expect(CitedFootnoteMarker.plainCitation(2, in: scalars("emissions of CO2 fell")) == nil)
        #expect(CitedFootnoteMarker.plainCitation(1, in: scalars("ya Mipakani12 uliopitishwa")) == nil)
        #expect(!CitedFootnoteMarker.gluedToWord(scalars("km2"), 2))
    }

    /// A note verbale of unnumbered paragraphs whose footnote stands at its foot with no rule above it, `1 Tazama
    /// kifungu 9.`: marker 1 is the number a first paragraph would have, but the units to the end are footnotes in
    /// sequence, so it is footnote 1, cited by `Mipakani1`.
    @Test func constructedFootnoteAtTheFootOfANoteWithoutARule() {
        let text = """
        Ujumbe wa Kudumu wa Ruritania unatoa salamu kwa Katibu Mkuu na una heshima ya kuwasilisha ripoti kuhusu Mkataba wa Mito ya Mipakani1 uliopitishwa mwaka 2025.

        Ujumbe wa Kudumu unatumia fursa hii kumhakikishia tena Katibu Mkuu heshima yake ya juu kabisa.

        1 Tazama kifungu 9.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        let footnotes = blocks.filter { $0.kind == .footnote }
        #expect(footnotes.map(\.text) == ["Tazama kifungu 9."])
        #expect(footnotes.first?.citedBy == [blocks.first { $0.kind == .unnumberedParagraph }!.id])
        // A numbered paragraph written without its full stop, followed by paragraph 2, stays a paragraph.
        let paragraphs = """
        Ripoti ya Mipakani1 imekamilika.

        1 Tazama kifungu 9.

        2 Ujumbe unashukuru.

        3 Ujumbe unashukuru tena.

        Mwisho wa ripoti.
        """
        #expect(!PlainTextSegmenter().segment(DecodedText(paragraphs), sourceName: "constructed").blocks.contains { $0.kind == .footnote })
    }

    @Test func aYearGluedMarkerIsLinkedAndLeavesTheYear() {
        let text = """
        Constructed report

        1. The constructed review covers the orchards planted since 1975,1 with figures up to 2024.2

        2. The harvest was worth $4.6 million in 2026.
        __________________
        1 The year in which the constructed terraces were replanted.
        2 Figures for 2025 were not yet available.
        """
        let document = PlainTextSegmenter(language: Language(code: "en")!).segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.label) == ["¹", "²"])
        let paragraphs = document.blocks.filter { $0.kind == .paragraph }
        #expect(paragraphs.map(\.footnoteRefs.count) == [2, 0])
        let values = NumberExtractor(languageCode: "en").extract(paragraphs[0].text).map(\.written)
        #expect(values.contains("1975") && values.contains("2024"))
        #expect(!values.contains("1975,1") && !values.contains("2024.2"))
        #expect(NumberExtractor(languageCode: "en").extract(paragraphs[1].text).map(\.written).contains { $0.contains("4.6") })
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
