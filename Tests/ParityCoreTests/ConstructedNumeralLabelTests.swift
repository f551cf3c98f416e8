import Testing
@testable import ParityCore

/// Labels in numeral systems that are not positional (`EthiopicNumeral`, `AlphabeticNumeral`, Chinese numerals):
/// a label numbers a unit when it continues a counter in its scope, and the document's numbering sequences — not
/// its script — tell paragraphs from headings (`NumeralParagraphLabels`).
@Suite struct ConstructedNumeralLabelTests {
    private func blocks(_ text: String) -> [Block] {
        PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed").blocks
    }

    @Test func ethiopicNumeralsLabelHeadingsAndSectionNumberedParagraphs() {
        let found = blocks("""
        A/98/6 (Sect. 23)

        ምዕራፍ ፳፫
        የገመድ መሥሪያዎች

        ፩. አጠቃላይ አቅጣጫ

        ፳፫.፩ ጽሕፈት ቤቱ ፴፮ የገመድ መሥሪያዎችን ይንከባከባል።

        ፪. የሥራ ፕሮግራም

        ሀ. ፖሊሲ አውጪ አካላት

        ፳፫.፪ ቦርዱ በዓመት ሁለት ጊዜ ይሰበሰባል።

        ለ. የሥራ አመራር

        ፳፫.፫ ዳይሬክተሩ ጽሕፈት ቤቱን ይመራል።
        """)
        #expect(found.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "II.A", "II.B"])
        #expect(found.filter { $0.kind == .paragraph }.compactMap(\.labelPath) == ["23.1", "23.2", "23.3"])
    }

    @Test func chineseNumeralsNumberParagraphsWhereTheDocumentNumbersNoOthers() {
        let found = blocks("""
        第11/4号决定　梯田茶园

        一、缔约方大会注意到秘书处关于梯田茶园的报告，这些茶园共占地1,240公顷。

        二、缔约方大会通过本决定附件所载的准则。

        三、缔约方大会请秘书处于2034年报告准则的实施情况。
        """)
        #expect(found.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3])
        #expect(found.filter { $0.kind == .heading }.isEmpty)
    }

    @Test func chineseNumeralsOverParagraphsInDigitsStayHeadings() {
        let found = blocks("""
        一、导言

        1. 本报告介绍梯田茶园的情况。

        二、进展

        2. 茶园共占地1,240公顷。

        3. 秘书处将于2034年再次报告。
        """)
        #expect(found.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II"])
        #expect(found.filter { $0.kind == .paragraph }.compactMap(\.number) == [1, 2, 3])
    }

    @Test(arguments: [
        ("Գլուխ", ["Ա", "Բ", "Գ"], "Հոդված", "Նպատակ", "Կոնվենցիայի կառուցված տեքստը։"),
        // Georgian is read as written without capitals once forty words show it (`CaselessScripts`): a longer sentence.
        ("თავი", ["ა", "ბ", "გ"], "მუხლი", "მიზანი",
         "წინამდებარე კონვენციის ეს მუხლი აგებულია მხოლოდ ტესტისთვის და არ შეიცავს არანაირ რეალურ დებულებას."),
        // Greek numerals with the tonos (U+0384) Greek keyboards type for the keraia (`ΚΕΦΑΛΑΙΟ Α΄`).
        ("ΚΕΦΑΛΑΙΟ", ["Α\u{0384}", "Β\u{0384}", "Γ\u{0384}"], "Άρθρο", "Σκοπός", "Το άρθρο αυτό γράφτηκε μόνο για τη δοκιμή."),
    ] as [(String, [String], String, String, String)])
    func letterNumeralsNumberChaptersOverArticles(_ chapter: String, _ numerals: [String], _ article: String, _ title: String,
                                                  _ sentence: String) {
        let found = blocks("""
        \(chapter) \(numerals[0])

        \(article) 1 – \(title)
        \(sentence)

        \(article) 2 – \(title)
        \(sentence)

        \(chapter) \(numerals[1])

        \(article) 3 – \(title)
        \(sentence)

        \(chapter) \(numerals[2])

        \(article) 4 – \(title)
        \(sentence)
        """)
        #expect(found.filter { $0.kind == .heading }.compactMap(\.labelPath) == ["I", "II", "III"], "\(chapter)")
        #expect(found.filter { $0.kind == .article }.count == 4, "\(chapter)")
    }
}
