import Testing
@testable import ParityCore

/// A line that names a session inside a sentence the wrap broke ("The session will be opened on Monday, 19 March 2091,
/// at 10 a.m. by the" / "Chair of …", "… the fourth session be held in Marinburg from 8 to" / "12 April 2092.") is no
/// session line of the masthead: the annotation goes on into the next line. A session line stops on its session word
/// ("Septuagésimo noveno período de sesiones"). Constructed text (a made-up annotated agenda).
@Suite struct ConstructedSessionInSentenceTests {
    private static let agenda = """
    ICSL/2091/1/Add.1

    International Committee on Sail Lofts	Distr.: General
    	4 February 2091
    	Original: English

    Third session

    Port Klow, 19-23 March 2091

    Item 2 of the provisional agenda

    Annotated provisional agenda

    1. Opening of the session

    The session will be opened on Monday, 19 March 2091, at 10 a.m. by the
    Chair of the second session.

    2. Adoption of the agenda

    The Committee will have before it the provisional agenda (ICSL/2091/1).

    3. Venue of the fourth session

    It is proposed that the fourth session be held in Marinburg from 8 to
    12 April 2092.

    4. Adoption of the report

    The Committee will adopt its report on Friday, 23 March 2091, at 5 p.m.
    """

    @Test func anAnnotationThatNamesTheSessionGoesOnOverItsLines() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.agenda), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4])
        #expect(blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text) == [
            "The session will be opened on Monday, 19 March 2091, at 10 a.m. by the Chair of the second session.",
            "The Committee will have before it the provisional agenda (ICSL/2091/1).",
            "It is proposed that the fourth session be held in Marinburg from 8 to 12 April 2092.",
            "The Committee will adopt its report on Friday, 23 March 2091, at 5 p.m.",
        ])
    }

    @Test func aSessionLineEndsWithItsSessionWord() {
        #expect(HeaderLineRecognizer.endsWithSessionWord("septuagésimo noveno período de sesiones"))
        #expect(HeaderLineRecognizer.endsWithSessionWord("hundred and forty-sixth session"))
        #expect(!HeaderLineRecognizer.endsWithSessionWord("it is proposed that the fourth session be held in marinburg from 8 to"))
    }
}
