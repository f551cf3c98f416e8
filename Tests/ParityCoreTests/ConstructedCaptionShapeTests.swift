import ParityTestSupport
import Testing
@testable import ParityCore

/// More shapes of captions whose word no table knows (`NumberedCaption`,
/// `NumberedCaptionSequence`): a word joined to its number by a hyphen
/// (`1-бап`), an abbreviated word after the number (`1. gr.`), a goal word
/// with its ordinal marker and number written without spaces (`เป้าหมายที่๑.`),
/// annexes numbered by number words (`પરિશિષ્ટ એક`); the paragraphs of the
/// last article end where an annex starts its own count; decimal targets
/// lettered in a caseless script (`๑.ก`). Short constructed texts.
@Suite struct ConstructedCaptionShapeTests {
    private func outline(_ text: String) -> [String] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks.map {
            "\($0.id) \($0.kind.rawValue) \($0.parent ?? "-")"
        }
    }

    private func numberFirst(_ text: String) -> String? {
        NumberedCaption.matchNumberFirst(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    private func wordFirst(_ text: String) -> String? {
        NumberedCaption.match(Array(text.unicodeScalars)).map { "\($0.key) \($0.number) \($0.hasRest)" }
    }

    @Test func aWordJoinedToItsNumberByAHyphenIsACaptionWord() {
        #expect(numberFirst("1-бап") == "#бап 1 false")
        #expect(numberFirst("12-берене") == "#берене 12 false")
        #expect(numberFirst("3-мақсат. Тары түсімін арттыру") == "#мақсат 3 true")
        // A hyphen before a digit (`1-1`, an Arabic target), a dash set apart, a sentence: no caption.
        #expect(numberFirst("1-1 Мақсат") == nil)
        #expect(numberFirst("1990-жылдан бери бул чөйрөлөр бузулду.") == nil)
        #expect(numberFirst("2-бап күшіне енеді.") == nil)
        #expect(NumberedCaption.mayStart(Array("1-бап".unicodeScalars)))
    }

    @Test func anAbbreviatedWordAfterTheNumberIsACaptionWord() {
        #expect(numberFirst("1. gr.") == "#gr 1 false")
        #expect(numberFirst("14. gr.") == "#gr 14 false")
    }

    @Test func constructedKazakhArticlesAndChaptersJoinedByAHyphen() {
        let text = "I тарау\nЖалпы ережелер\n\n1-бап\nМақсаты\n\nБаптың мәтіні.\n\n2-бап\nТерминдер\n\n1. Бірінші тармақ.\n\n2. Екінші тармақ.\n\n"
            + "II тарау\nМіндеттемелер\n\n3-бап\nҚорғау\n\n1. Бірінші тармақ.\n\n2. Екінші тармақ.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["art2-p1", "art2-p2", "art3-p1", "art3-p2"])
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
        // Different words after the numbers: no articles.
        #expect(outline("1-бап\n\n1. Бір.\n\n2. Екі.\n\n2-тарау\n\n1. Бір.\n\n2. Екі.\n").allSatisfy { !$0.contains("article") })
    }

    @Test func theLastArticlesParagraphsEndWhereTheAnnexStartsItsCount() {
        // Faroese `1. gr.` and Serbian `Члан 1 – …`: the annex after article 3 numbers its items 1, 2, 3 again.
        let faroese = "1. gr.\nEndamál\n\nTekstur.\n\n2. gr.\nHugtøk\n\n1. Fyrsta.\n\n2. Annað.\n\n3. gr.\nGildiskoma\n\n1. Fyrsta.\n\n2. Annað.\n\n"
            + "Fylgiskjal\n\nListi\n\n1. Eitt.\n\n2. Tvey.\n\n3. Trý.\n"
        let serbian = "Члан 1 – Циљ\n\nТекст.\n\nЧлан 2 – Изрази\n\n1. Први.\n\n2. Други.\n\nЧлан 3 – Ступање на снагу\n\n1. Први.\n\n2. Други.\n\n"
            + "Прилог\n\nСписак\n\n1. Један.\n\n2. Два.\n\n3. Три.\n"
        for text in [faroese, serbian] {
            let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
            #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
            #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id)
                    == ["art2-p1", "art2-p2", "art3-p1", "art3-p2", "annex-p1", "annex-p2", "annex-p3"])
        }
        // Captions whose paragraphs go on from one to the next (figure captions in a report) stay text.
        let figures = "1. Eitt.\n\n1. mynd.\n\n2. Tvey.\n\n3. Trý.\n\n2. mynd.\n\n4. Fýra.\n"
        #expect(outline(figures).allSatisfy { !$0.contains("article") && !$0.contains("annex") })
    }

    @Test func aGoalWordWithItsOrdinalMarkerAndNumberWrittenWithoutSpaces() {
        #expect(wordFirst("เป้าหมายที่๑. ฟื้นฟูลากูน") == "เป้าหมายที่# 1 true")
        #expect(wordFirst("ເປົ້າໝາຍທີ໒. ຫຼຸດຜ່ອນມົນລະພິດ") == "ເປົ້າໝາຍທີ# 2 true")
        #expect(wordFirst("제12조") == "제#조 12 false")
        // A year run into a word and text after a space: no caption.
        #expect(wordFirst("ภายในปี๒๐๓๒ ฟื้นฟู") == nil)
    }

    @Test func constructedThaiGoalsWithOrdinalMarkersInAnAnnexAfterTheBody() {
        let text = "๑. ย่อหน้าแรก\n\n๒. ย่อหน้าที่สอง\n\nภาคผนวก\n\nเป้าหมายที่๑. เป้าหมายแรก\n\n๑.๑ เป้าหมายย่อยแรก\n\n๑.ก เป้าหมายย่อย\n\n๑.ข เป้าหมายย่อย\n\n"
            + "เป้าหมายที่๒. เป้าหมายที่สอง\n\n๒.๑ เป้าหมายย่อยแรก\n\n๒.ก เป้าหมายย่อย\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.map(\.id) == ["p1", "p2", "annex", "annex-g1", "annex-g1-t1.1", "annex-g1-t1.a", "annex-g1-t1.b",
                                              "annex-g2", "annex-g2-t2.1", "annex-g2-t2.a"])
        #expect(document.blocks.filter { $0.kind == .paragraph && $0.id.hasPrefix("annex") }.map(\.label)
                == ["1.1", "1.a", "1.b", "2.1", "2.a"])
    }

    @Test func decimalTargetsLetteredInACaselessScriptFollowTheirScriptsOrder() {
        #expect(DecimalLabel.parse(Array("๑.ก ข้อความ".unicodeScalars))?.components == ["1", "ก"])
        #expect(DecimalSequence.continues(["1", "ก"], previous: ["1", "2"], goal: 1, lastNumber: 0))
        #expect(DecimalSequence.continues(["1", "ข"], previous: ["1", "ก"], goal: 1, lastNumber: 0))
        #expect(!DecimalSequence.continues(["1", "ก"], previous: ["1", "ข"], goal: 1, lastNumber: 0))
        // A letter with a vowel sign after it is a word, not a label.
        #expect(DecimalLabel.parse(Array("๑.กา ข้อความ".unicodeScalars)) == nil)
    }

    @Test func annexesNumberedByNumberWordsATableReads() {
        #expect(wordFirst("પરિશિષ્ટ એક") == "પરિશિષ્ટ 1 false")
        #expect(wordFirst("अनुसूची दुई") == "अनुसूची 2 false")
        #expect(NumberedCaption.match(Array("પરિશિષ્ટ બે".unicodeScalars))?.style == .word)
        // A number word with text after it and no separator is no label ("Appendix to the report").
        #expect(wordFirst("Appendix two the report") == nil)
        #expect(CaptionNumberWords.value(Array("एक".unicodeScalars)) == 1)
        #expect(CaptionNumberWords.value(Array("બે".unicodeScalars)) == 2)
        let text = "૧. પહેલો ફકરો.\n\n૨. બીજો ફકરો.\n\nપરિશિષ્ટ એક\nધ્યેયો\n\nધ્યેય ૧. પહેલું ધ્યેય\n\n૧.૧ પહેલું લક્ષ્ય.\n\n"
            + "ધ્યેય ૨. બીજું ધ્યેય\n\n૨.૧ પહેલું લક્ષ્ય.\n\nપરિશિષ્ટ બે\nરાજ્યો\n\nબોર્ડુરિયા, સિલ્ડાવિયા\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .annex }.map(\.label) == ["I", "II"])
        #expect(document.blocks.filter { $0.kind == .paragraph }.map(\.id) == ["p1", "p2", "annex-I-g1-t1.1", "annex-I-g2-t2.1"])
    }
}

extension ConstructedCaptionShapeTests {
    @Test func aRomanNumeralAloneOnItsLineBeforeTheCaptionWord() {
        // `I. kapittul` with its label set on a line of its own, as PDF extraction sets labels.
        let text = "I.\nkapittul\nAlmennar ásetingar\n\n1. gr.\nEndamál\n\nTekstur.\n\n2. gr.\nHugtøk\n\n1. Fyrsta.\n\n2. Annað.\n\n"
            + "II.\nkapittul\nSkyldur\n\n3. gr.\nVerja\n\n1. Fyrsta.\n\n2. Annað.\n"
        let document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed")
        #expect(document.blocks.filter { $0.kind == .heading && $0.labelPath?.contains("*") == false }.map(\.labelPath) == ["I", "II"])
        #expect(document.blocks.filter { $0.kind == .article }.map(\.id) == ["art1", "art2", "art3"])
        #expect(NumberedCaption.isRomanLabel(Array("IV.".unicodeScalars)))
        #expect(!NumberedCaption.isRomanLabel(Array("IIII".unicodeScalars)))
        #expect(!NumberedCaption.isRomanLabel(Array("Mr.".unicodeScalars)))
    }
}

extension ConstructedCaptionShapeTests {
    @Test func captionsNumberedByNumberWordsAreAnnexesOnly() {
        // Dutch "Deel een", "Deel twee" over paragraphs that restart: no articles (digits would make them so).
        let text = "Deel een\n\n1. Eerste alinea.\n\n2. Tweede alinea.\n\nDeel twee\n\n1. Eerste alinea.\n\n2. Tweede alinea.\n"
        #expect(outline(text).allSatisfy { !$0.contains("article") && !$0.contains("annex") })
        #expect(outline(text.replacingOccurrences(of: "een", with: "1").replacingOccurrences(of: "twee", with: "2"))
            .contains("art1 article -"))
    }
}
