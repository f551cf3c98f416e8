import Testing
@testable import ParityCore

/// A verbatim record that prints its editorial note ("This record contains the text of speeches …") at the foot,
/// under its closing line and a rule, in clean text: the note is furniture, as in a summary record, not a paragraph of
/// the last turn. Constructed text (a made-up verbatim record).
@Suite struct ConstructedVerbatimEndNoteTests {
    private static let record = """
    United Nations                                          A/146/PV.12
    General Assembly                                  Official Records
    Hundred and forty-sixth session
    12th plenary meeting
    Tuesday, 2 October 2091, 10 a.m.
    Marinburg
    President:   Mr. Varga ........................... (Syldavia)
    The meeting was called to order at 10.05 a.m.
    Agenda item 41
    Sail lofts and the heritage of the sea
    The President:
    I give the floor to the representative of Borduria.
    Ms. Petrova (Borduria):
    The sail lofts of my country employ 2,100 people. We support the
    draft resolution and thank its 31 sponsors.
    The President:
    The Assembly has thus concluded this stage of its consideration of
    agenda item 41.
    The meeting rose at 11.40 a.m.
    ________________
    This record contains the text of speeches delivered in English and of
    the translation of speeches delivered in other languages. Corrections
    should be submitted to the original languages only.
    """

    @Test func theNoteUnderTheClosingLineIsFurniture() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.record), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .speakerTurn }.map(\.id) == ["sp1", "sp2", "sp3"])
        #expect(blocks.filter { $0.parent == "sp3" && $0.kind == .unnumberedParagraph }.map(\.text) == ["The meeting rose at 11.40 a.m."])
        #expect(blocks.last?.kind == .pageFurniture)
        #expect(blocks.last?.text.hasPrefix("This record contains the text of speeches") == true)
    }
}
