import Testing
@testable import ParityCore

/// A preamble whose clauses are set apart by blank lines, in a text read as PDF-extracted (a page break): a clause's
/// line that ends with a comma short of the width ("… the incidents of 14 and 29 August,") goes on into the next line
/// when that line opens with a figure ("5 September and 19 September 2088 …"): a figure has no case to open a clause
/// with, and a blank line would. Constructed text (a made-up Security Council resolution).
@Suite struct ConstructedPreambleFigureAfterCommaTests {
    private static let resolution = """
    United Nations                                        S/RES/4731 (2088)
    Security Council                                      Distr.: General
                                                          24 October 2088

    Resolution 4731 (2088)

    Adopted by the Security Council at its 9981st meeting, on 24 October
    2088

    The Security Council,

    Recalling its resolutions 4690 (2087) and 4702 (2088),

    Noting with concern the incidents of 14 and 29 August,
    5 September and 19 September 2088 along the signal line of the Klow
    valley,

    Welcoming the ceasefire agreed by both Governments at Klow on 2 October
    2088,

    Acting under Chapter VII of the Charter of the United Nations,

    1. Decides to extend the mandate of the United Nations Observer
    Mission in Syldavia and Borduria until 31 October 2089;

    2. Decides further that the Mission shall comprise up to 1,450 military
    observers and 320 police officers;


    88-31207 (E)
    \u{0C}S/RES/4731 (2088)

    3. Requests the Mission:
    (a) To monitor the ceasefire of 2 October 2088;
    (b) To staff the 86 signal posts along the line, in particular:
    (i) The posts in the Klow valley;
    (ii) The posts at the river crossings;
    (c) To report any breach of the ceasefire to the Council within 48 hours;

    4. Requests the Secretary-General to report to the Council on the
    implementation of the present resolution within 90 days;

    5. Decides that the costs of the Mission, 64.8 million dollars until
    31 October 2089, shall be met from assessed contributions;

    6. Decides to remain seized of the matter.
    """

    @Test func aFigureAfterAClauseCommaGoesOnInTheClause() {
        let document = PlainTextSegmenter().segment(DecodedText(Self.resolution), sourceName: "constructed")
        let preamble = document.blocks.filter { $0.kind == .unnumberedParagraph }
        #expect(preamble.count == 5)
        #expect(preamble.contains { $0.text == "Noting with concern the incidents of 14 and 29 August, 5 September and 19 September 2088 along the signal line of the Klow valley," })
        #expect(document.blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4, 5, 6])
    }
}
