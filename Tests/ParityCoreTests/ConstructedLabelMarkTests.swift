import Testing
@testable import ParityCore

/// Label marks of other scripts (`LabelParser.isLabelMark`): a number in any
/// decimal digit system, or a section letter, followed by the script's full
/// stop — the Bengali and Devanagari danda `।`, the Myanmar `။` — is a label
/// as `1.` is; a question or exclamation mark is none.
@Suite struct ConstructedLabelMarkTests {
    private func form(_ line: String) -> BlockLabel.Form? {
        LabelParser.parse(Array(line.unicodeScalars), language: nil)?.form
    }

    @Test func numbersBeforeAScriptsFullStop() {
        #expect(form("১। নির্মিত প্রথম অনুচ্ছেদ।") == .number(1))
        #expect(form("১২। নির্মিত দ্বাদশ অনুচ্ছেদ।") == .number(12))
        #expect(form("၃။ တည်ဆောက်ထားသော စာပိုဒ်။") == .number(3))
        #expect(form("੪। ਬਣਾਇਆ ਗਿਆ ਪੈਰਾ।") == .number(4))
        #expect(form("५। निर्मित अनुच्छेद।") == .number(5))
        #expect(form("7። constructed") == .number(7))
        #expect(form("3) constructed item") == .number(3))
        // Four digits before a parenthesis are a year closing an aside, not a label.
        #expect(form("2024) constructed") == nil)
    }

    @Test func questionsAndBareMarksAreNoLabels() {
        #expect(LabelParser.isLabelMark("।"))
        #expect(LabelParser.isLabelMark("။"))
        #expect(LabelParser.isLabelMark("۔"))
        #expect(!LabelParser.isLabelMark("?"))
        #expect(!LabelParser.isLabelMark("؟"))
        #expect(!LabelParser.isLabelMark("！"))
        #expect(!LabelParser.isLabelMark("\u{1367}"))  // Ethiopic question mark
        #expect(!LabelParser.isLabelMark("a"))
        // A number and a mark with no white space and text after it is the end of a sentence, not a label.
        #expect(form("২০২৬।") == nil)
        #expect(form("2026？ 問") == nil)
    }

    @Test func sectionLettersBeforeAScriptsFullStop() {
        #expect(form("ख। निर्मित शीर्षक") == .section(roman: nil, letters: [2]))
        #expect(form("II। নির্মিত শিরোনাম") == .section(roman: 2, letters: []))
    }

    @Test func paragraphsOfAReportNumberedWithMarks() {
        let text = """
        I. নির্মিত ভূমিকা

        ১। নির্মিত প্রথম অনুচ্ছেদ।

        ২। নির্মিত দ্বিতীয় অনুচ্ছেদ।

        II. নির্মিত উপসংহার

        ৩। নির্মিত তৃতীয় অনুচ্ছেদ।
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-bn").blocks
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3])
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II"])
    }
}
