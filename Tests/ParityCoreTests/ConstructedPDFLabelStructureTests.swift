import Testing
@testable import ParityCore

/// Line starts that begin a paragraph in hard-wrapped text (`PDFLabel`):
/// decimal labels, speaker designations and Markdown heading marks, on
/// constructed lines.
@Suite struct ConstructedPDFLabelStructureTests {
    private func startsWithLabel(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        return PDFLabel.startsWithLabel(bytes, 0, bytes.count)
    }

    @Test func constructedDecimalLabelsButNotFigures() {
        #expect(startsWithLabel("1.1 By 2030, achieve constructed access"))
        #expect(startsWithLabel("1.a Expand constructed cooperation"))
        #expect(startsWithLabel("2.3.1 abstraction of constructed surface water;"))
        #expect(startsWithLabel("1-أ كفالة حشد موارد"))
        #expect(!startsWithLabel("1.5 million constructed people were counted"))
        #expect(!startsWithLabel("2030 was the constructed year"))
    }

    @Test func constructedSpeakerDesignationsWithOrWithoutSpeechOnTheLine() {
        #expect(startsWithLabel("Mr. Yap (Singapore): We would first like to"))
        #expect(startsWithLabel("Mr. Valdivieso (Colombia) (spoke in Spanish):"))
        #expect(startsWithLabel("Г-н Иванов (Российская Федерация): Мы"))
        #expect(!startsWithLabel("Mr. Yap said that the constructed text was"))
        #expect(!startsWithLabel("President: Mr. Constructed ........ (Borduria)"))
    }

    @Test func constructedMarkdownHeadingMarks() {
        #expect(startsWithLabel("#### Artículo 7"))
        #expect(startsWithLabel("# Constructed title"))
        #expect(!startsWithLabel("#hashtag constructed"))
        #expect(!startsWithLabel("####### seven marks"))
    }
}
