import Testing
@testable import ParityCore

/// An annotated agenda in a script without case: an annotation set under its
/// item with the first-line indent of Chinese and Japanese texts (two
/// ideographic spaces, `UnitText.opensIndented`) is a paragraph of its own,
/// even under an item or sub-item that ends no sentence.
@Suite struct ConstructedIndentedAnnotationTests {
    @Test func indentedAnnotationsStandApartFromTheirItems() {
        let text = """
        注釈付き仮議題

        1. 会期の開会
        \u{3000}\u{3000}議長は、会期を開会する。
        2. 籠細工職人の研修
        (a) 徒弟制度
        (b) 素材の交換
        \u{3000}\u{3000}理事会は、研修計画に関する報告を審議する。
        3. 報告書の採択
        \u{3000}\u{3000}理事会は、報告書を採択する。
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-ja")
        let kinds = document.blocks.drop { $0.id != "p1" }.map { "\($0.kind)" }
        #expect(kinds == ["paragraph", "unnumberedParagraph", "paragraph", "listItem", "listItem", "unnumberedParagraph",
                          "paragraph", "unnumberedParagraph"])
        #expect(document.block(id: "p1")?.text == "会期の開会")
        #expect(document.block(id: "p2-b")?.text == "素材の交換")
    }

    @Test func anUnindentedLineUnderAnItemEndingNoSentenceStillGoesOn() {
        let text = """
        1. 理事会は、2027年の会期において、
        研修計画に関する報告を審議する。
        """
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-zh")
        #expect(document.blocks.filter { $0.kind == .unnumberedParagraph }.isEmpty)
    }
}
