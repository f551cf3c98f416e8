import Testing
@testable import ParityCore

/// Below a footnote rule, Arabic footnote markers in parentheses ("(1) …")
/// are footnotes, not items; above it, "(1)" is an item. Constructed text.
@Suite struct ConstructedParenthesizedFootnoteTests {
    @Test func constructedArabicFootnotesBelowTheRule() {
        let text = """
        الموضوع المصطنع

        1 - بلغ العدد المصطنع نحو 279 مليونا(1).

        (1) البند المصطنع الأول؛

        __________________
        * A/79/150.
        (1) تقدير مصطنع.
        (2) متوسط مصطنع.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .footnote }.map { $0.label ?? "-" } == ["*", "(1)", "(2)"])
        #expect(blocks.filter { $0.kind == .listItem }.count == 1)
    }

    /// Below the rule, after the "*" footnote, "1 …" (a plain digit and a space) starts the numbered
    /// footnotes and "2 …" continues them, cited or not; above the rule "1 …" is no footnote.
    @Test func constructedPlainDigitFootnotesAfterTheStarFootnoteBelowTheRule() {
        let text = """
        Nodyn llafar adeiledig

        Mae'r Genhadaeth adeiledig yn cyflwyno ei chyfarchion i'r Ysgrifennydd Cyffredinol.

        1 llinell adeiledig heb nodyn.

        __________________
        * A/81/50.
        1 Gweler penderfyniad 79/222, adran 8.
        2 Gweler penderfyniad 80/14.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .footnote }.map { $0.label ?? "-" } == ["*", "¹", "²"])
        #expect(blocks.filter { $0.kind == .footnote }.last?.text == "Gweler penderfyniad 80/14.")
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.count == 2)
    }

    /// A number that neither starts nor continues the footnotes is none, below the rule too.
    @Test func constructedNumberOutOfSequenceBelowTheRuleIsNoFootnote() {
        let text = """
        Nodyn llafar adeiledig

        Mae'r Genhadaeth adeiledig yn cyflwyno ei chyfarchion.

        __________________
        * A/81/50.
        7 llinell adeiledig.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .footnote }.map { $0.label ?? "-" } == ["*"])
    }

    @Test(arguments: [("(1)", true), ("(12)", true), ("(١)", true), ("(a)", false), ("1", false), ("()", false)])
    func constructedMarkers(_ written: String, _ expected: Bool) {
        #expect(BlockClassifier.isParenthesizedNumber(written) == expected)
    }
}
