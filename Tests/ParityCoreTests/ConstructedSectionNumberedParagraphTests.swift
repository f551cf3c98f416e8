import Testing
@testable import ParityCore

/// Paragraphs numbered with their section's number (`19.1`, `19.2` …) in every
/// layout a fascicle is printed in: the label alone on its line, a tab after
/// it, hard-wrapped text, other digits, text that starts with a figure
/// (docs/structure-inference.md, "Section-numbered paragraphs"). Constructed text.
@Suite struct ConstructedSectionNumberedParagraphTests {
    private func paragraphs(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.filter { $0.kind == .paragraph && $0.label != nil }
    }

    @Test func labelAloneOnItsLineWithTextThatStartsWithAFigure() {
        let text = """
        A/89/6 (Sect. 19)
        Section 19
        Slipways of the coast
        I.
        Overall orientation
        19.1
        The Authority maintains 24 slipways on the coast.
        19.2
        2033 was the first year in which every slipway stayed open.
        II.
        Programme of work
        19.3
        The Authority meets twice a year.
        Table 19.1
        Resource requirements
        (Thousands of United States dollars)
        2034 2035
        Posts 1,412.6 1,468.2
        Total 2,033.0 2,109.9
        19.4
        2,109.9 thousand dollars are proposed for 2035.
        """
        let found = paragraphs(text)
        #expect(found.map(\.id) == ["p19.1", "p19.2", "p19.3", "p19.4"])
        // The label is no part of the text: no figure `19.2` is left to compare.
        #expect(found.map(\.text) == ["The Authority maintains 24 slipways on the coast.",
                                      "2033 was the first year in which every slipway stayed open.",
                                      "The Authority meets twice a year.",
                                      "2,109.9 thousand dollars are proposed for 2035."])
    }

    @Test func chineseLabelAndTabBeforeAYearAndTheSectionCaptionAlone() {
        // No symbol: the caption `第19款` announces the section, its number among its letters.
        let text = "联合国\n大会\n第19款\n奥森纳海岸的船台\n一.\n总体方向\n19.1\t管理局负责维护24个船台。\n"
            + "19.2\t2033年，所有船台首次全季开放。\n表19.1\n所需资源\n(千美元)\n\t2034\t2035\n共计\t2 033.0\t2 109.9\n"
            + "19.3\t2035年拟议资源为2 109.9千美元。\n"
        let found = paragraphs(text)
        #expect(found.map(\.id) == ["p19.1", "p19.2", "p19.3"])
        #expect(found.last?.text == "2035年拟议资源为2 109.9千美元。")
    }

    @Test func devanagariDigitsInAHardWrappedText() {
        let text = """
        खंड १९
        ओरसेन्ना तट के स्लिपवे

        I. समग्र दिशा

        १९.१ ओरसेन्ना तटीय प्राधिकरण साझा तट पर २४ स्लिपवे का रखरखाव
        करता है।

        १९.२ २०३३ पहला वर्ष था जिसमें हर स्लिपवे पूरे मौसम खुला रहा, और
        १,८७० जहाज़ों को बाहर निकाला गया।

        १९.३ प्राधिकरण वर्ष में दो बार बैठक करता है।
        """
        #expect(paragraphs(text).map(\.id) == ["p19.1", "p19.2", "p19.3"])
    }

    /// An amount after a currency sign opens the text as a figure does (`19.3 $94,600 …`, `19.4 € 12 …`);
    /// a label followed by a sign and no figure stays text.
    @Test func aCurrencySignBeforeAFigureOpensTheText() {
        let text = """
        Section 19

        19.1 The programme works on water.

        19.2 The programme works on land.

        19.3 $94,600 is requested for travel of staff to the two regions.

        19.4 € 12,500 is requested for meetings.

        19.5 The rest is for the workshop.

        19.6 % of the total goes to staff.

        """
        #expect(paragraphs(text).map(\.id) == ["p19.1", "p19.2", "p19.3", "p19.4", "p19.5"])
    }

    @Test func aFigureLedLabelNeitherChoosesNorStopsTheSection() {
        // Table rows that start with a figure of another head (`2.5	3.1`) are no paragraphs and leave the count alone;
        // `19.3 per cent …` (lower case after the label) is a figure.
        let text = """
        Section 19

        19.1 The Authority maintains 24 slipways.

        2.5\t3.1\t4.0

        19.2 2033 was the first full season.

        19.3 per cent of the vessels were hauled out twice.

        19.3 The Authority meets twice a year.
        """
        #expect(paragraphs(text).map(\.id) == ["p19.1", "p19.2", "p19.3"])
    }

    @Test func figureLedUnitsAloneMakeNoSection() {
        // Every unit starts with a figure after its label: nothing shows that the labels number paragraphs.
        let text = """
        Section 19

        19.1 2033 was a full season.

        19.2 2034 was a shorter one.
        """
        #expect(paragraphs(text).isEmpty)
    }
}
