import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A page's first note cited by a marker glued to a year's full stop at its paragraph's end (`… than in 2093.2`, as a
/// superscript becomes in `pdftotext -layout` text) is cited there, not by the same figure set apart between words
/// further down the page (`at least 2 per cent`), which stays a figure. Constructed text (a made-up report of two pages).
@Suite struct ConstructedYearStopCitationTests {
    private static let english = "United Nations                                                        A/151/214\nGeneral Assembly                                          Distr.: General\n                                                          22 July 2096\n\nHundred and fifty-first session\n\n          Lodestone workshops\n\n          Report of the Secretary-General\n\n    1.        The present report is submitted pursuant to General Assembly resolution\n              149/62 of 17 December 2094.1\n    2.        The report draws on replies received from 38 Member States by\n              31 March 2096.\n\n\n   __________________\n       1   See resolution 149/62, para. 5.\n\n\n96-10452                                                                             1/2\n\u{0C}A/151/214\n\n    3.        The workshops employed a total of\n              9,840 people and sold compasses worth 27.5 million dollars in 2095,\n              18 per cent more than in 2093.2\n\n    4.        The Secretary-General recommends that Member States:\n              (a)    Include lodestone workshops in their inventories of intangible\n                     heritage;\n              (b)    Set aside at least 2 per cent of their cultural budgets for\n                     apprenticeships.\n    5.        The General Assembly may wish to take note of the present report.\n\n\n   __________________\n       2   Data for 2093 are taken from A/149/188.\n\n\n96-10452                                                                             2/2\n"

    @Test func constructedYearStopHoldsTheCitation() {
        let document = ConstructedSegmentation.segment(Self.english, "constructed-year-stop-citation.en.txt").document
        let paragraphs = document.blocks.filter { $0.kind == .paragraph || $0.kind == .listItem }
        let cited = paragraphs.first { $0.text.hasPrefix("The workshops") }
        #expect(cited?.text.hasSuffix("more than in 2093.") == true)
        #expect(cited?.footnoteRefs == ["fn2"])
        #expect(paragraphs.first { $0.text.hasPrefix("Set aside") }?.text == "Set aside at least 2 per cent of their cultural budgets for apprenticeships.")
        #expect(document.blocks.filter { $0.kind == .footnote }.map(\.text) == ["See resolution 149/62, para. 5.", "Data for 2093 are taken from A/149/188."])
    }

    @Test func constructedYearAtAParagraphEndTakesItsMarker() {
        let text = Array("more than in 2093.2".unicodeScalars)
        #expect(CitedFootnoteMarker.gluedAfterFigureStop(text, text.count - 1, text.count))
        // A decimal figure that opens its line is a label; one after a figure's group marks is no year.
        let decimal = Array("a total of 4,350.2".unicodeScalars)
        #expect(!CitedFootnoteMarker.gluedAfterFigureStop(decimal, decimal.count - 1, decimal.count))
    }
}
