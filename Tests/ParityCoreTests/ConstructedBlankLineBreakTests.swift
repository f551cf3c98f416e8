import Testing
@testable import ParityCore

/// A blank line ends its unit in a caseless script unless the document shows blank lines inside sentences
/// (`BlankLineBreaks`): an annotated agenda set with blank lines between everything keeps each item's title apart
/// from its annotation, however long the titles against the annotations; a text whose page numbers stand between
/// blank lines, or whose running text stops on a word over a blank line, still joins a caseless block to the
/// paragraph that ends no sentence above it. Constructed texts.
@Suite struct ConstructedBlankLineBreakTests {
    private func kinds(_ text: String) -> [String] {
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        return document.blocks.drop { $0.id != "p1" }.filter { $0.kind != .pageFurniture && $0.kind != .footnote }.map { "\($0.kind)" }
    }

    /// Sindhi: titles longer than the annotations (no title stops short of half the longest line), blank lines between everything.
    private let sindhi = """
    عارضي تشريحي ايجنڊا

    ۱. ڪميٽيءَ جي صدر پاران اجلاس جو باقاعده افتتاح

    صدر اجلاس کوليندو.

    ۲. ايجنڊا جي منظوري ۽ ٻيا تنظيمي معاملا

    ڪميٽي ايجنڊا منظور ڪندي.

    ۳. پراڻين عمارتن ۾ ڪنڊ جي پٿرن جي مرمت

    (الف) ڪاريگرن جي تربيت

    (ب) کاڻين مان فراهمي

    ڪميٽي رپورٽ تي غور ڪندي.

    ۴. ڪميٽيءَ جي پنجين اجلاس جو عارضي ايجنڊا

    ڪميٽي ايندڙ ايجنڊا طئي ڪندي.
    """

    @Test func sindhiTitlesOverBlankLinesEndTheirUnits() {
        let bytes = Array(sindhi.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(!BlankLineBreaks.fallInsideSentences(bytes, lines, RawBlockBuilder.blocks(bytes, lines)))
        #expect(kinds(sindhi) == ["paragraph", "unnumberedParagraph", "paragraph", "unnumberedParagraph", "paragraph",
                                  "listItem", "listItem", "unnumberedParagraph", "paragraph", "unnumberedParagraph"])
    }

    /// Nepali: paragraph 1 runs on across a page number between dashes set between blank lines; the document shows its
    /// blank lines inside sentences, so the caseless block after them goes on.
    @Test func aPageNumberBetweenBlankLinesKeepsTheJoin() {
        let text = """
        प्रतिवेदन

        १. समितिले दर्ता भएका ६,४०० कार्यशालाहरूमा सचिवालयको प्रतिवेदनमाथि छलफल गर्‍यो र

        - 2 -

        सदस्य राष्ट्रहरूसँग आफ्नो कामको सङ्गठनबारे परामर्श गर्‍यो।

        २. समितिले आफ्नो सातौँ सत्रको अस्थायी कार्यसूचीमा सहमति जनायो।
        """
        let bytes = Array(text.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(BlankLineBreaks.fallInsideSentences(bytes, lines, RawBlockBuilder.blocks(bytes, lines)))
        #expect(kinds(text) == ["paragraph", "paragraph"])
    }

    /// Amharic: an unlabelled line of running text, the text's longest, that stops on a word over a blank line: the
    /// document's blank lines fall inside sentences.
    @Test func runningTextOverABlankLineShowsBreaksInsideSentences() {
        let text = """
        ሪፖርት

        1. ኮሚቴው ሪፖርቱን ተመልክቷል።

        ኮሚቴው በተመዘገቡ 6,400 ወርክሾፖች ላይ የጽሕፈት ቤቱን ሪፖርት ተመልክቷል እና ከአባል ሀገራት ጋር በሥራው አደረጃጀት ላይ

        ተመካክሯል።

        2. ኮሚቴው ሪፖርቱን አጽድቋል።
        """
        let bytes = Array(text.utf8)
        let lines = LineScanner.lines(in: bytes)
        #expect(BlankLineBreaks.fallInsideSentences(bytes, lines, RawBlockBuilder.blocks(bytes, lines)))
    }
}
