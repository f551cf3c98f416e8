import Testing
@testable import ParityCore

/// A bracketed editorial note in the front matter ("[without reference to a
/// Main Committee …]") stays there, and a last preambular paragraph ending
/// with a comma is no heading, in constructed resolutions of several languages.
@Suite struct ConstructedResolutionFrontAndPreambleTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
            .map { "\($0.kind.rawValue) | \($0.text)" }
    }

    @Test func constructedEnglishBracketedNote() {
        let text = """
        Resolution adopted by the constructed Assembly on 5 December 2024
        [without reference to a constructed Main Committee (A/79/L.21)]

        79/5. Constructed wetlands

        The General Assembly,

        Recalling its constructed resolution 77/118,

        1. Calls upon constructed States to act;
        """
        #expect(outline(text).prefix(3).map { $0.hasPrefix("unnumberedParagraph") } == [false, false, false])
        #expect(outline(text).filter { $0.hasPrefix("unnumberedParagraph") } == [
            "unnumberedParagraph | The General Assembly,",
            "unnumberedParagraph | Recalling its constructed resolution 77/118,",
        ])
    }

    @Test(arguments: [
        ("إن الجمعية العامة،", "وإذ تضع في اعتبارها الحاجة المصطنعة إلى التعاون،", "1 - تهيب بالدول المصطنعة أن تعمل؛"),
        ("The General Assembly,", "Mindful of the constructed need for cooperation,", "1. Calls upon constructed States to act;"),
        ("Генеральная Ассамблея,", "Учитывая сконструированную необходимость сотрудничества,", "1. Призывает сконструированные государства действовать;"),
        // A caseless script with a Roman numeral in capitals is no line of capitals.
        ("सुरक्षा परिषद,", "संयुक्त राष्ट्र चार्टर के अध्याय VII के अंतर्गत कार्य करते हुए,", "1. सभी निर्मित पक्षों से कार्य करने की माँग करती है;"),
    ])
    func constructedLastPreambularParagraphIsNoHeading(_ opening: String, _ preamble: String, _ operative: String) {
        let text = "Constructed resolution\n\n\(opening)\n\n\(preamble)\n\n\(operative)\n"
        #expect(!outline(text).contains { $0.hasPrefix("heading") })
        #expect(outline(text).contains("unnumberedParagraph | \(preamble)"))
    }
}
