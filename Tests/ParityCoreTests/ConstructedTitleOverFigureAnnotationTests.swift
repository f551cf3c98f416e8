import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An annotated agenda's item title, a number and a few words on a line well under half the wrap width with no mark,
/// over an annotation that opens with a figure (`4. Training of apprentices` / `380 apprentices were trained …`): the
/// title is complete, as it is over an annotation that opens with a word. Inside a paragraph a line that opens with a
/// figure goes on from a line that ends no sentence (a hand wrap breaks before a figure), but no wrap breaks a
/// paragraph's first line so short. Read in plain text and in text as a PDF extraction gives it (a masthead in two
/// columns), where the extracted-text clean-up joins lines first. Constructed agenda (made-up conference).
@Suite struct ConstructedTitleOverFigureAnnotationTests {
    private static let annotations = """
        II. Annotations to the provisional agenda
        1. Opening of the session
        The session will be opened by the President of the second session on
        Monday, 14 October 2102, at 10 a.m. in the Great Hall of the Conference.
        2. Training of apprentices
        380 apprentices were trained in 2101 by the Member States, of whom 160
        were women, against 290 apprentices in 2098 and 310 in the year before.
        3. Adoption of the report
        The Conference will adopt its report on 18 October 2102 at its closing.

        """

    private static let masthead = """
        United Nations                                        ICRB/2102/1
        International Conference of Broom Makers              Distr.: General
                                                              2 August 2102
                                                              Original: English

        """

    @Test(arguments: [false, true])
    func constructedTitleStandsOverAnAnnotationOpeningWithAFigure(extracted: Bool) {
        let text = (extracted ? Self.masthead : "") + Self.annotations
        let (bytes, document) = ConstructedSegmentation.segment(text, "constructed-title-over-figure.en.txt")
        #expect(LosslessCoverage.violations(bytes, document).isEmpty)
        let texts = document.blocks.map(\.text)
        #expect(texts.contains("Training of apprentices"))
        #expect(texts.contains { $0.hasPrefix("380 apprentices were trained") })
        #expect(!texts.contains { $0.contains("Training of apprentices 380") })
    }

    /// A paragraph whose wrap breaks before a figure on a full line goes on; so does one a hand broke short before a
    /// figure where blank lines set the paragraphs apart (`1.1 Each State should map` / `12,000 villages …`).
    @Test func constructedWrappedParagraphGoesOnBeforeAFigure() {
        let wrapped = """
            1. The Conference noted with satisfaction the progress made by its members
            in the training of young craftspeople since its second session, and thanked
            the secretariat for the report that it had prepared on that training.
            2. The Conference noted that the Member States had trained during the year
            380 apprentices, of whom 160 were women, against 290 apprentices in 2098.
            3. The Conference will adopt its report on 18 October 2102 at its closing
            meeting, after the consideration of all the items of its agenda.

            """
        let (_, document) = ConstructedSegmentation.segment(wrapped, "constructed-wrapped-before-figure.en.txt")
        #expect(document.blocks.filter { $0.kind == .paragraph }.map { $0.text.hasSuffix("in 2098.") } == [false, true, false])
        let setApart = """
            1. The Conference noted the progress made by its members in the training of young craftspeople.

            2. The Member States trained
            380 apprentices, of whom 160 were women.

            3. The Conference will adopt its report on 18 October 2102.

            """
        let (_, apart) = ConstructedSegmentation.segment(setApart, "constructed-short-wrap-set-apart.en.txt")
        #expect(apart.blocks.filter { $0.kind == .paragraph }.map(\.text).contains("The Member States trained 380 apprentices, of whom 160 were women."))
    }
}
