import Testing
@testable import ParityCore

/// Top-level units of a decimal numbering written without a full stop
/// (`BareDecimalHeads`): `1 Scope. …` / `1.1 …` / `2 Production. …` / `2.1 …`,
/// with a space, a tab, or the number alone on its line. The document's own
/// count (each head followed by its `n.1`, the heads running 1, 2, 3) decides.
@Suite struct ConstructedBareDecimalHeadTests {
    static let note = """
    Note by the Secretary-General

    1. The Secretary-General has the honour to transmit the constructed guidelines set out in the annex.

    2. The Commission is invited to approve the guidelines.

    """

    static let annexIDs = ["annex", "annex-p1", "annex-p1.1", "annex-p1.2", "annex-p2", "annex-p2.1", "annex-p2.1.1", "annex-p3", "annex-p3.1"]

    private func annexIDs(_ text: String) -> [String] {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        return Array(document.blocks.map(\.id).drop { $0 != "annex" })
    }

    @Test(arguments: [" ", "\t"])
    func headsSetApartByWhiteSpaceAreParagraphsOfAnAnnexNoTableKnows(_ space: String) {
        let text = Self.note + """
        Bijlage

        1\(space)Scope. The guidelines cover all constructed apiaries.
        1.1 Apiaries are recorded by district.
        1.2 Small apiaries are recorded apart.
        2\(space)Production. Countries measure the honey harvest.
        2.1 The harvest is measured in kilograms.
        2.1.1 The first measurement is made in spring.
        3\(space)Reports. Countries report every two years.
        3.1 The first report is due in 2029.
        """
        #expect(annexIDs(text) == Self.annexIDs)
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.block(id: "annex-p2")?.text == "Production. Countries measure the honey harvest.")
        #expect(document.block(id: "annex-p2")?.number == 2)
        #expect(document.block(id: "p2")?.number == 2)
    }

    @Test func headsAloneOnTheirLinesTakeTheTextBelow() {
        let text = Self.note + """
        Bijlage

        1
        Scope. The guidelines cover all constructed apiaries
        of both constructed States.

        1.1
        Apiaries are recorded by district.

        1.2
        Small apiaries are recorded apart.

        2
        Production. Countries measure the honey harvest.

        2.1
        The harvest is measured in kilograms.

        2.1.1
        The first measurement is made in spring.

        3
        Reports. Countries report every two years.

        3.1
        The first report is due in 2029.
        """
        #expect(annexIDs(text) == Self.annexIDs)
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.block(id: "annex-p1")?.text == "Scope. The guidelines cover all constructed apiaries of both constructed States.")
    }

    @Test func aNumberBeforeAnotherChildOrAloneIsNoHead() {
        // `2 States …` is followed by `1.2`, not by `2.1`; one head alone makes no count.
        let text = """
        1.1 Constructed first unit of the constructed text.
        2 States replied to the constructed survey.
        1.2 Constructed second unit.

        1 Constructed lone line.
        1.1 Constructed unit under it.
        """
        let bytes = Array(text.utf8)
        #expect(BareDecimalHeads.find(bytes, LineScanner.lines(in: bytes)).isEmpty)
    }

    @Test func aFigureStartingAWrappedLineInLowerCaseIsNoHead() {
        let text = """
        1 Scope. The guidelines cover
        1 250 constructed apiaries.
        1.1 Constructed unit.
        2 production of honey in
        2.1 Constructed unit.
        """
        let bytes = Array(text.utf8)
        // `2 production` starts in lower case: no head 2, and head 1 alone makes no count.
        #expect(BareDecimalHeads.find(bytes, LineScanner.lines(in: bytes)).isEmpty)
    }
}
