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

    @Test(arguments: [("(1)", true), ("(12)", true), ("(١)", true), ("(a)", false), ("1", false), ("()", false)])
    func constructedMarkers(_ written: String, _ expected: Bool) {
        #expect(BlockClassifier.isParenthesizedNumber(written) == expected)
    }
}
