import Testing
@testable import ParityCore

/// A note's citation stands in the body, not in another note's text: in a text printed as `pdftotext -layout` prints a
/// PDF, note 3 on page 2 is cited glued to a year's stop in paragraph 5 ("… by 2090.3"), and the figure of note 2 on
/// page 1 ("Survey conducted from 3 to 28 February 2088.") stays a figure of that note, not a citation set apart by a
/// space. Constructed text (a made-up report).
@Suite struct ConstructedFigureInNoteTextTests {
    private static let report = """
                                                                             A/145/212
     United Nations                                       General Assembly   Distr.: General
                                                                             14 June 2090

                                                                             Original: English

     Hundred and forty-fifth session
     Item 71 of the preliminary list*

              Tar buckets and the caulking trades

              Report of the Secretary-General


     I.     Introduction
      1.    The present report is submitted pursuant to resolution 144/93 of the
            General Assembly.1 It covers the period from 2084 to 2087.
      2.    The report draws on the replies received from 27 Member States and
            on a survey of the Ruritanian Institute of Crafts.2




     ____________________
       * A/145/50.
       1 Adopted at the 71st plenary meeting.
       2 Survey conducted from 3 to 28 February 2088.


     88-14230 (E)                                                                   1/3
    \u{0C} A/145/212


     II.    Findings
      3.    In 2087, 1,860 workshops making tar buckets were registered in the
            responding States. They employed 9,400 workers, 38 per cent of them
            women.
      4.    Exports of tar buckets reached 2.7 million dollars in 2087, against
            1.9 million dollars in 2084.


     III.   Recommendations
      5.    The Secretary-General recommends that Member States support the
            training of 600 apprentices in the caulking trades by 2090.3
      6.    The General Assembly may wish to take note of the present report.




     ____________________
       3 See the proposed programme of work for 2089-2090 (A/145/6).


     2/3                                                                         88-14230
    """

    @Test func aFigureInAnEarlierNoteIsNoCitation() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .footnote }.map(\.id) == ["fn-star", "fn1", "fn2", "fn3"])
        #expect(blocks.first { $0.id == "fn2" }?.text == "Survey conducted from 3 to 28 February 2088.")
        #expect(blocks.first { $0.id == "fn3" }?.citedBy == ["p5"])
        #expect(blocks.first { $0.id == "p5" }?.text.hasSuffix("in the caulking trades by 2090.") == true)
    }
}
