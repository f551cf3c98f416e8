import Testing
@testable import ParityCore

/// After the title, a sentence (it ends with a full stop) of more than half
/// the usual sentence length is running text in any language; the point of an abbreviation
/// ("at 10 a.m.") ends no sentence; a Chinese sentence that holds a date is
/// no date line. Constructed front matter.
@Suite struct ConstructedFrontMatterSentenceTests {
    private func kinds(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .map { "\($0.kind.rawValue) | \($0.text)" }
    }

    @Test(arguments: [
        ("Constructed water goals", "The constructed goals were agreed by the ministers in 2024."),
        ("Konstruierte Wasserziele", "Die konstruierten Ziele wurden 2024 von den Ministern gebilligt."),
        ("Objectifs construits", "Les objectifs construits ont été adoptés par les ministres en 2024."),
        ("构建的水目标", "以下构建的目标是在2024年6月12日举行的会议上商定的。"),
    ])
    func constructedSentenceAfterTheTitle(_ title: String, _ sentence: String) {
        let text = "\(title)\n\n\(sentence)\n\n1. \(sentence)\n"
        #expect(Array(kinds(text).prefix(2)) == ["metadata | \(title)", "unnumberedParagraph | \(sentence)"])
    }

    @Test func constructedMeetingLineEndingWithAnAbbreviationStaysInTheMasthead() {
        let text = """
        Constructed summary record of the 15th meeting

        Held at the constructed Palais, Geneva, on Tuesday, 8 October 2024, at 10 a.m.

        1. The Chair said that the constructed meeting was open.
        """
        #expect(Array(kinds(text).prefix(2)) == [
            "metadata | Constructed summary record of the 15th meeting",
            "title | Held at the constructed Palais, Geneva, on Tuesday, 8 October 2024, at 10 a.m.",
        ])
    }

    @Test(arguments: [("a.m.", true), ("10 p.m.", true), ("the U.S.", true), ("agreed.", false), ("etc.", false), ("2024.", false)])
    func constructedDottedAbbreviations(_ text: String, _ expected: Bool) {
        #expect(BlockClassifier.endsWithDottedAbbreviation(Array(text.unicodeScalars)) == expected)
    }

    @Test(arguments: [("2024年6月12日", true), ("以下构建的目标是在2024年6月12日举行的会议上商定的。", false)])
    func constructedChineseDates(_ line: String, _ isDate: Bool) {
        #expect((HeaderLineRecognizer.recognize(line) == .field(.date)) == isDate)
    }
}
