import Testing
@testable import ParityCore

/// Level-2 headings lettered in the script of the version (`LabelParser`,
/// `HeadingNumbering`): Latin `A.`, Cyrillic `А.`, Greek `Α.`, Devanagari
/// `क.`, Arabic `ألف -`, under a Roman level 1. A letter is a heading label
/// when it continues the letter counter of its section; the path is written
/// in Latin capitals in every language, so the versions agree.
@Suite struct ConstructedScriptLetterHeadingTests {
    @Test(arguments: [
        ("en", ["A.", "B.", "C."]),
        ("ru", ["А.", "Б.", "В."]),
        ("el", ["Α.", "Β.", "Γ."]),
        ("hi", ["क.", "ख.", "ग."]),
    ] as [(String, [String])])
    func lettersUnderARomanSection(_ language: String, _ letters: [String]) {
        let text = """
        I. Constructed introduction

        1. The first constructed paragraph.

        II. Constructed progress

        \(letters[0]) Constructed electricity

        2. The second constructed paragraph.

        \(letters[1]) Constructed cooking

        3. The third constructed paragraph.

        \(letters[2]) Constructed financing

        4. The fourth constructed paragraph.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-\(language)").blocks
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B", "II.C"], "\(language)")
        #expect(blocks.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3, 4], "\(language)")
    }

    @Test func arabicLetterNamesUnderAnOrdinalSection() {
        let text = """
        أولا - مقدمة مصطنعة

        1 - الفقرة المصطنعة الأولى.

        ثانيا - التقدم المصطنع

        ألف - الكهرباء المصطنعة

        2 - الفقرة المصطنعة الثانية.

        باء - الطهي المصطنع

        3 - الفقرة المصطنعة الثالثة.
        """
        let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-ar").blocks
        #expect(blocks.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B"])
    }

    @Test func greekAndDevanagariLetterPositions() {
        #expect(GreekNumbering.position("Α") == 1)
        #expect(GreekNumbering.position("Σ") == 18)
        #expect(GreekNumbering.position("Ω") == 24)
        #expect(GreekNumbering.position("γ") == 3)
        #expect(GreekNumbering.position("A") == nil)
        #expect(LabelParser.parse(Array("β) δεύτερο κατασκευασμένο στοιχείο".unicodeScalars), language: nil)?.form == .subparagraph(key: "b"))
        #expect(LabelParser.parse(Array("ख. निर्मित शीर्षक".unicodeScalars), language: nil)?.form == .section(roman: nil, letters: [2]))
        // A Devanagari word that starts a sentence is no label.
        #expect(LabelParser.parse(Array("कई निर्मित देश".unicodeScalars), language: nil) == nil)
    }

    /// A document that ends its headings with a mark ends its lettered ones so too: Tibetan's shad `།` ends a clause
    /// (no sentence), and a line lettered `ཀ.` under `II. …།` ending with it is the heading II.A, as a short line
    /// ending with the mark its level-1 heading ends with. Where the level-1 heading ends with no mark, a lettered
    /// line ending with one stays a paragraph (an item, a sentence). Constructed fictional text.
    @Test func letteredHeadingsEndingWithTheirSectionsMark() {
        func paths(_ sectionEnd: String) -> [String] {
            let text = """
            I.\tསྔོན་གླེང་\(sectionEnd)

            12.1\tལས་ཁུངས་འདིས་ལོ་ ༢༠༣༣ ནང་ལས་ཀ་བསྒྲུབས།

            II.\tལས་འཆར\(sectionEnd)

            ཀ.\tདམིགས་ཡུལ།

            12.2\tལས་འཆར་འདིའི་དམིགས་ཡུལ་ནི་ཆུ་མཛོད་སྲུང་སྐྱོབ་ཡིན།

            ཁ.\tགྲུབ་འབྲས།

            12.3\tལོ་ ༢༠༣༢ ནང་ཆུ་མཛོད་ ༡༤ ཉམས་གསོ་བྱས།
            """
            let blocks = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed-dz").blocks
            return blocks.filter { $0.kind == .heading }.compactMap(\.labelPath)
        }
        #expect(paths("།") == ["I", "II", "II.A", "II.B"])
        #expect(paths("") == ["I", "II"])
    }
}
