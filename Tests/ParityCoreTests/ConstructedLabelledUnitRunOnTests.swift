import Testing
@testable import ParityCore

/// A text that sets its labelled paragraphs apart by blank lines and breaks their lines by hand: a paragraph that has
/// run on over lines goes on under a short line that stops on a word, whatever the next line opens with ("… in
/// decision" / "E/2027/L.19.¹", "… in resolution" / "XYZ."), in a clean text too short to show a wrap width and in one
/// that reads as a PDF's extraction (a page break, job numbers, a note at the page's foot). A heading stays apart: it
/// stands after a blank line. Constructed texts.
@Suite struct ConstructedLabelledUnitRunOnTests {
    private static let masthead = """
    United Nations
    A/83/512
    General Assembly
    Distr.: General
    9 September 2028
    Original: English

    Eighty-third session
    Item 61 of the provisional agenda
    Rural trades

    Basket weavers of the river valleys

    Report of the Secretary-General


    """

    private static let firstPage = """
    I. Introduction

    1. The present report is submitted in accordance
    with General Assembly resolution
    82/144. It covers the workshops that weave
    baskets and mats in Freedonia.

    2. The Assembly took up the question again in
    2027, in decision
    E/2027/L.19.1

    3. The workshops that replied made 4.1 million
    baskets in 2027 and trained
    960 apprentices, or
    Fewer than in 2026.

    1 Adopted on 21 July 2027.

    28-16620 (E)
    *2816620*

    """

    private static let secondPage = """
    \u{0C}A/83/512

    II. Findings

    4. Workshops in Freedonia opened 14 new
    training centres in 2028.

    5. The Secretary-General recommends that the
    survey be repeated in 2030.

    28-16620 2/2

    """

    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .filter { $0.kind == .paragraph || $0.kind == .heading || $0.kind == .unnumberedParagraph }
    }

    @Test func aShortCleanTextKeepsEachParagraphWhole() {
        let text = """
        1. The Assembly first considered the matter in
        2020.

        2. The Assembly last considered the matter in
        2026, in resolution
        XYZ.

        3. The workshops that replied made 12.2 million
        sieves in 2026.
        """
        #expect(!PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        #expect(blocks(text).map(\.id) == ["p1", "p2", "p3"])
        #expect(blocks(text).map(\.text)[1] == "The Assembly last considered the matter in 2026, in resolution XYZ.")
    }

    @Test func anExtractedPageKeepsEachParagraphWhole() {
        let text = Self.masthead + Self.firstPage + Self.secondPage
        #expect(PDFExtractionDetector.looksExtracted(Array(text.utf8)))
        let found = blocks(text)
        #expect(found.map(\.id) == ["h-I", "p1", "p2", "p3", "h-II", "p4", "p5"])
        #expect(found.first { $0.id == "p2" }?.text == "The Assembly took up the question again in 2027, in decision E/2027/L.19.")
        #expect(found.first { $0.id == "p2" }?.footnoteRefs == ["fn1"])
    }
}
