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

    /// A note verbale's first paragraph that ends with its footnote marker after the full stop is a sentence.
    @Test(arguments: ["resolution 79/222.¹", "resolution 79/222.*", "the constructed annex.1"])
    func constructedSentenceEndingWithAFootnoteMarkerAfterTheTitle(_ ending: String) {
        let title = "Note verbale dated 2 June 2026 from the Permanent Mission of Freedonia to the United Nations addressed to the Secretary-General"
        let sentence = "The Permanent Mission of Freedonia presents its compliments to the Secretary-General and has the honour to transmit the constructed report pursuant to \(ending)"
        let text = "\(title)\n\n\(sentence)\n\nThe Permanent Mission of Freedonia avails itself of this constructed opportunity.\n"
        #expect(Array(kinds(text).prefix(2)) == ["metadata | \(title)", "unnumberedParagraph | \(sentence)"])
    }

    /// A note by the Secretary-General: masthead, title lines, then two body paragraphs, each a sentence or
    /// two ending with a footnote marker after the full stop, footnotes below a rule and an unnumbered annex.
    /// The first body paragraph ends the front matter, in a language whose masthead words no table lists too.
    @Test(arguments: [
        ("Constructed goals for dryland forests", "Note by the Secretary-General",
         "The Secretary-General has the honour to transmit the constructed goals adopted by the Conference at its second meeting.¹",
         "The goals are to be achieved by 2040. The Conference invited the Assembly to take note of them.²", "Annex"),
        ("Malengo yaliyoundwa ya misitu ya nchi kavu", "Taarifa ya Katibu Mkuu",
         "Katibu Mkuu ana heshima kuwasilisha malengo yaliyoundwa yaliyopitishwa na Mkutano katika kikao chake cha pili.¹",
         "Malengo yanapaswa kufikiwa ifikapo mwaka 2040. Mkutano uliliomba Baraza Kuu kuyazingatia.²", "Kiambatisho"),
    ] as [(String, String, String, String, String)])
    func constructedNoteBodyEndsTheFrontMatter(_ title: String, _ byline: String, _ first: String, _ second: String, _ annex: String) {
        let text = """
        A/82/999

        \(title)

        \(byline)

        \(first)

        \(second)

        __________________
        ¹ Decision 2/1.
        ² Decision 2/4.

        \(annex)

        1. The first constructed goal.

        2. The second constructed goal.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
        // The text of a block leaves out the markers it cites.
        let sentences = [String(first.dropLast()), String(second.dropLast())]
        #expect(Array(blocks.filter { $0.kind == .unnumberedParagraph }.map(\.text).prefix(2)) == sentences)
        #expect(!blocks.contains { $0.kind == .title && sentences.contains($0.text) })
        #expect(blocks.filter { $0.kind == .footnote }.count == 2)
    }

    @Test(arguments: [("resolution 79/222.¹", true), ("annex.1", true), ("consideration.*", true), ("79/222.1", false),
                      ("Secretary-General*", false), ("2026.12", false), ("the ¹", false),
                      // The one rule (`CitedFootnoteMarker.endsSentenceBeforeMarker`): a marker after a closing bracket's stop,
                      // a dagger, another script's full stop; a decimal and a section number are no sentence end.
                      ("approved (A/82/150).3", true), ("in 2027.†", true), ("安全理事会通过。1", true),
                      ("rose to 2.5", false), ("section 8.1", false)])
    func constructedSentenceEndsBeforeAFootnoteMarker(_ text: String, _ expected: Bool) {
        #expect(ScalarText.endsSentenceBeforeFootnoteMarker(Array(text.unicodeScalars)) == expected)
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
