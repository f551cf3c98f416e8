import Testing
@testable import ParityCore

/// A preamble's last clause whose comma a footnote marker follows ("Having examined the report of the
/// Secretary-General,²"), right above operative paragraph 1, one clause a line: it ends at its comma as a clause, no
/// heading over the operative paragraphs. Constructed text (made-up resolution, English).
@Suite struct ConstructedMarkedLastClauseTests {
    private let resolution = """
    United Nations\tA/RES/132/41
    General Assembly\tDistr.: General
    18 December 2077
    Hundred and thirty-second session
    Agenda item 71
    Resolution adopted by the General Assembly on 11 December 2077
    132/41.\tRope-making as living heritage
    The General Assembly,
    Recalling its resolution 130/12 of 5 December 2075 on traditional crafts,¹
    Noting that the number of ropewalks fell by 18 per cent between 2066 and 2076,
    Having examined the report of the Secretary-General,²
    1.\tRecognizes that some 1,900 ropewalks employ more than 7,000 persons;
    2.\tInvites Member States to support the ropewalks.
    53rd plenary meeting
    11 December 2077
    __________________
    ¹\tA/RES/130/12.
    ²\tA/132/211.
    """

    @Test func theMarkedLastClauseIsAClause() {
        let blocks = PlainTextSegmenter().segment(DecodedText(resolution), sourceName: "constructed").blocks
        #expect(!blocks.contains { $0.kind == .heading })
        let clauses = blocks.drop { $0.text != "The General Assembly," }.prefix { $0.kind != .paragraph }
        #expect(clauses.count == 4)
        #expect(clauses.last?.text == "Having examined the report of the Secretary-General,")
        #expect(clauses.last?.footnoteRefs.count == 1)
    }
}
