import Testing
@testable import ParityCore

/// Hindi subparagraph labels `(क)`, `(ख)` (`DevanagariNumbering`) on a
/// constructed article, and the keys they read as.
@Suite struct ConstructedDevanagariItemTests {
    @Test(arguments: [("(क) निर्मित पाठ", "a"), ("(ख) निर्मित पाठ", "b"), ("(ग) निर्मित पाठ", "c"), ("(a) constructed text", "a")])
    func constructedLabels(_ line: String, _ key: String) {
        guard case .subparagraph(let found)? = LabelParser.parse(Array(line.unicodeScalars), language: nil)?.form else {
            Issue.record("no item label in \(line)")
            return
        }
        #expect(found == key)
    }

    @Test func constructedHindiArticleItems() {
        let text = """
        अनुच्छेद 1
        1. प्रत्येक निर्मित पक्षकार निम्नलिखित को प्रतिषिद्ध करेगा:
        (क) निर्मित विरासत का वाणिज्यिक दोहन;
        (ख) निर्मित विस्फोटकों का प्रयोग।
        2. निर्मित पक्षकार सहयोग करेंगे।

        अनुच्छेद 2
        1. यह निर्मित समझौता लागू होगा।
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        #expect(blocks.filter { $0.kind == .listItem }.map(\.id) == ["art1-p1-a", "art1-p1-b"])
    }
}
