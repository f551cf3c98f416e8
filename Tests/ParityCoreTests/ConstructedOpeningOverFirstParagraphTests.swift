import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A decision's opening with no preambular clause, "The Conference of the Parties," right over "1. Adopts …": the
/// opening of the body, whatever body it names (no table lists a convention's Conference of the Parties or a protocol's
/// Meeting of the Parties), not a title line. Constructed decisions (made-up conventions).
@Suite struct ConstructedOpeningOverFirstParagraphTests {
    private static func decision(_ opening: String, _ first: String) -> String {
        """
        United Nations
        ICCC/COP.5/L.9
        Distr.: Limited
        9 October 2102
        Original: English

        Decision 5/3. Goals and targets for carding crafts, 2103-2112

        \(opening)

        1. \(first)

        2. Requests the secretariat to report on progress at each session of the Conference.

        """
    }

    @Test(arguments: [
        ("The Conference of the Parties,", "Adopts the goals and targets for carding crafts set out in the annex to the present decision;"),
        ("The Meeting of the Parties,", "Adopts the goals and targets for carding crafts set out in the annex to the present decision;"),
        ("La Conférence des Parties,", "Adopte les objectifs et les cibles figurant dans l’annexe à la présente décision ;"),
    ])
    func constructedOpeningOverParagraphOne(opening: String, first: String) {
        let (_, document) = ConstructedSegmentation.segment(Self.decision(opening, first), "constructed-opening.txt")
        let block = document.blocks.first { $0.text == opening }
        #expect(block?.kind == .unnumberedParagraph)
        #expect(document.blocks.first { $0.text.hasPrefix("Decision 5/3.") }.map { $0.kind == .title || $0.kind == .metadata } == true)
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }

    /// A line ending with a comma over a paragraph that is not the first (`3.`) opens nothing.
    @Test func constructedCommaLineOverALaterParagraphIsNoOpening() {
        let text = Self.decision("The Conference of the Parties,", "Adopts the goals.").replacingOccurrences(of: "1. Adopts", with: "3. Adopts")
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-opening-three.txt")
        #expect(document.blocks.first { $0.text == "The Conference of the Parties," }?.kind != .unnumberedParagraph)
    }

    /// An opening longer than its first clause ("The Conference of the Parties," / "Recalling its decision 8/5,"): two
    /// clauses ending with a comma, then paragraph 1, are a decision's whole preamble, and the opening opens it.
    @Test(arguments: [
        ("The Conference of the Parties,", "Recalling its decision 8/5,", "Noting that some 5,600 glassblowers work in small workshops,",
         "Adopts the goals and targets set out in the annex to the present decision;"),
        ("La Conférence des Parties,", "Rappelant sa décision 8/5,", "Notant que quelque 5 600 souffleurs de verre travaillent dans de petits ateliers,",
         "Adopte les objectifs et les cibles figurant dans l’annexe à la présente décision ;"),
    ])
    func constructedOpeningLongerThanItsFirstClause(opening: String, first: String, second: String, paragraph: String) {
        let text = Self.decision(opening, paragraph).replacingOccurrences(of: "\(opening)\n", with: "\(opening)\n\(first)\n\(second)\n")
        let (_, document) = ConstructedSegmentation.segment(text, "constructed-opening-clauses.txt")
        #expect(document.blocks.first { $0.text == opening }?.kind == .unnumberedParagraph)
        #expect(document.blocks.first { $0.text == first }?.kind == .unnumberedParagraph)
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2])
    }
}
