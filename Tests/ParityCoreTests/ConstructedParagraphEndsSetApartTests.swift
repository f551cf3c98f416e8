import Testing
@testable import ParityCore

/// A hard-wrapped text that marks its paragraphs' ends with blank lines: a sentence that ends on a line the wrap
/// filled ("… of the two countries." / "Return is the only answer …") ends no paragraph, since a blank line would
/// follow its end. Constructed text (a made-up verbatim record).
@Suite struct ConstructedParagraphEndsSetApartTests {
    private static let record = """
    The President:
    The Assembly will now take a decision on draft resolution A/141/L.38,
    entitled "Return of ancient pottery". I give the floor to the
    representative of Ruritania, who wishes to introduce the draft.

    Mr. Novak (Ruritania):
    The museums of my country hold some 12,400 pieces of pottery that were
    taken from Syldavia between 1990 and 2040. Most of them have never been
    studied or shown to the public in any exhibition of the two countries.
    Return is the only answer that the Assembly can give to this question.

    The draft resolution before the Assembly, sponsored by 41 States, provides
    that the first 3,000 pieces shall be returned before 1 March 2088.

    Ms. Haddad (Syldavia) (spoke in French):
    My delegation thanks Ruritania for its work on this draft resolution.
    Returning the first pieces will cost about 860,000 dollars, and that sum
    will be shared by my Government and the Government of Ruritania.

    """

    @Test func aSentenceEndingOnAFullLineEndsNoParagraph() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.record), sourceName: "constructed").blocks
        #expect(blocks.map(\.id) == ["sp1", "sp2", "sp2-u1", "sp3"])
        #expect(blocks.first { $0.id == "sp2" }?.text.hasSuffix("two countries. Return is the only answer that the Assembly can give to this question.") == true)
        #expect(blocks.first { $0.id == "sp3" }?.text.hasSuffix("draft resolution. Returning the first pieces will cost about 860,000 dollars, and that sum will be shared by my Government and the Government of Ruritania.") == true)
    }

    /// The same lines with no blank line between the paragraphs: nothing marks their ends, so a sentence's end on a
    /// full line may end one, as before.
    @Test func withoutBlankLinesTheEndsAreNotMarked() {
        let unmarked = Array(Self.record.replacingOccurrences(of: "\n\n", with: "\n").utf8)
        #expect(!HardWrapContinuation.setsParagraphEndsApart(unmarked, LineScanner.lines(in: unmarked), width: 74))
        let marked = Array(Self.record.utf8)
        #expect(HardWrapContinuation.setsParagraphEndsApart(marked, LineScanner.lines(in: marked), width: 74))
    }
}
