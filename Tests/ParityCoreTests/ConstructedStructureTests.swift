import Testing
@testable import ParityCore

/// Structure in constructed snippets: labels inside markup, front matter split by
/// a page break, summary-record paragraphs that start with "M.".
@Suite struct ConstructedStructureTests {
    @Test func constructedBoldLabelsAreStillLabels() {
        let document = PlainTextSegmenter().segment(DecodedText("""
        **I. Introduction**

        **1.** The constructed paragraph.

        <b>A. Section</b>

        2. Another constructed paragraph.
        """), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["h-I", "p1", "h-I-A", "p2"])
        #expect(document.block(id: "h-I")?.text == "Introduction")
        #expect(document.block(id: "h-I")?.emphasis == [EmphasisSpan(start: 0, end: 12, style: .bold)])
        #expect(document.block(id: "p1")?.text == "The constructed paragraph.")
        #expect(document.block(id: "p1")?.emphasis == [])
    }

    @Test func constructedFrontMatterParagraphSplitByAPageBreakIsJoined() {
        let long = String(repeating: "constructed words ", count: 20)
        let document = PlainTextSegmenter().segment(DecodedText("""
        General Assembly

        The President of the General Assembly has the honour to transmit \(long)and

        the rest of the constructed sentence.

        I. Introduction

        1. Text.
        """), sourceName: "constructed")
        let transmittal = document.block(id: "u1")
        #expect(transmittal?.sourceRanges.count == 2)
        #expect(transmittal?.text.hasSuffix("and the rest of the constructed sentence.") == true)
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.count == 1)
    }

    @Test func constructedParagraphStartingWithMonsieurIsNotASection() {
        let document = PlainTextSegmenter().segment(DecodedText("""
        I. Ouverture de la séance

        M. Constructed (Pays) dit que sa délégation appuie le texte construit pour ce test et souhaite qu’il soit adopté.

        A. Débat général

        M. Autre (Pays) déclare que le texte construit est acceptable.
        """), sourceName: "constructed")
        #expect(document.blocks.map(\.kind) == [.heading, .unnumberedParagraph, .heading, .unnumberedParagraph])
        #expect(document.blocks.compactMap(\.labelPath) == ["I", "I.A"])
        #expect(document.blocks[1].text.hasPrefix("M. Constructed (Pays)"))
    }

    @Test func constructedArabicLabelsBehindBidiMarksAreRead() {
        let document = PlainTextSegmenter().segment(DecodedText("\u{200F}أولا - مقدمة\n\n\u{200F}1 - نص مصطنع.\n"), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["h-I", "p1"])
        #expect(document.block(id: "p1")?.text == "نص مصطنع.")
    }

    @Test func constructedSymbolWithUnlinkedMarkerGivesTheBareSymbol() {
        let document = PlainTextSegmenter().segment(DecodedText("A/61/187*\n\nGeneral Assembly\n\nI. Introduction\n\n1. Text.\n"), sourceName: "constructed")
        #expect(document.metadata.symbol == "A/61/187")
        #expect(document.block(id: "meta-symbol")?.text == "A/61/187*")
    }
}
