import Testing
@testable import ParityCore

/// Notes marked in parentheses under a rule, a star among them (`(*)`, `(1)` …), cited glued to a closing
/// parenthesis (`(2086)(1)`) or a per-cent sign (`42 %(2)`): the star note is the note `*`, and the numbered ones are
/// notes, not items of the last paragraph. Constructed text (a made-up report).
@Suite struct ConstructedParenthesizedStarNoteTests {
    private static let report = """
    Traditional crafts in the highlands(*)

    1. The Assembly adopted resolution 141/96 (2086)(1) on the crafts of the highlands.

    2. Some 3,860 workshops took part in the survey, of which 42 %(2) make rattles.

    3. The Commission will examine the report at its next session.(3)

    __________________

    (*) A/143/50.

    (1) Official Records of the General Assembly, Supplement No. 49 (A/141/49).

    (2) The survey covered 1,020 of the 1,240 registered workshops.

    (3) See E/CN.16/2088/11, decision 33/2.

    """

    @Test func theStarAndTheNumberedNotesAreNotes() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.report), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .footnote }.map(\.id) == ["fn-star", "fn-x1", "fn-x2", "fn-x3"])
        #expect(!blocks.contains { $0.kind == .listItem })
        #expect(blocks.first { $0.id == "p2" }?.footnoteRefs == ["fn-x2"])
    }
}
