import Testing
@testable import ParityCore

/// Footnote citations and headings around a programme budget's table, in text printed as `pdftotext -layout`
/// prints a PDF (read as an extraction): a marker glued to the stop after a closing bracket cites its note
/// ("(see table 19.1).2"); the number of a table's caption alone on its line ("Table 19.1") cites none; a marker in
/// parentheses after a sentence's stop ("… 2087.(1)") leaves the sentence ended, so the heading under it ("B.
/// Strategy") opens its unit. Constructed texts (a made-up budget fascicle).
@Suite struct ConstructedExtractedTableCitationTests {
    private static let glued = """
                                                                      A/144/6 (Sect. 19)
     Section 19
     Traditional crafts
     I. Overall orientation
     19.1  The Office for Traditional Crafts supports Member States in the
           preservation of their crafts, among them the making of powder horns,
           which 31 Member States have listed in their national inventories.
     19.2  The mandate of the Office derives from General Assembly resolution
           142/118 of 14 December 2087.1
     II. Programme of work
     19.3  In 2090 the Office will help 12 Member States to register their
           workshops and will train 480 inspectors in the regions.
     19.4  The Office will work with 6 regional craft councils.
     III. Resource requirements
     19.5  The resources proposed for 2090 amount to $1,709,100 before
           recosting, an increase of $12,200, or 0.7 per cent, compared with the
           appropriation for 2089 (see table 19.1).2
           Table 19.1
           Resource requirements
           (Thousands of United States dollars)
           Category                     2089 appropriation          2090 estimate
           Post                                    1,284.6                1,310.2
           Non-post                                  412.3                  398.9
           Total                                   1,696.9                1,709.1
     19.6  The Office will report to the Assembly at its next session.
     __________________
     1 See Official Records of the General Assembly, Supplement No. 49 (A/142/49).
     2 Excluding extrabudgetary resources estimated at $640,000.

    """

    /// The same page with its notes marked in parentheses, and a lettered heading on each side of paragraph 19.1's
    /// successor: `B. Strategy` right under the line that ends "… 2087.(1)".
    private static let parenthesized = glued
        .replacingOccurrences(of: " I. Overall orientation\n", with: " I. Overall orientation\n A. Mandate\n")
        .replacingOccurrences(of: "2087.1\n", with: "2087.(1)\n B. Strategy\n")
        .replacingOccurrences(of: "(see table 19.1).2\n", with: "(see table 19.1).(2)\n")
        .replacingOccurrences(of: " 1 See Official", with: " (1) See Official")
        .replacingOccurrences(of: " 2 Excluding", with: " (2) Excluding")

    @Test func theStopAfterABracketCitesAndTheCaptionNumberDoesNot() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.glued), sourceName: "constructed").blocks
        #expect(blocks.filter { !$0.footnoteRefs.isEmpty }.map(\.id) == ["p19.2", "p19.5"])
        #expect(blocks.first { $0.id == "p19.5" }?.footnoteRefs == ["fn2"])
        #expect(blocks.contains { $0.text == "Table 19.1" })
    }

    @Test func aMarkerInParenthesesEndsTheSentenceBeforeAHeading() {
        let blocks = PlainTextSegmenter().segment(DecodedText(Self.parenthesized), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "I.A", "I.B", "II", "III"])
        #expect(blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p19.1", "p19.2", "p19.3", "p19.4", "p19.5", "p19.6"])
    }
}
