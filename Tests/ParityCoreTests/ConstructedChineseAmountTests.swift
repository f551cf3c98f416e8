import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A Chinese numeral that states an amount of a thousand or more (`四十二万`: a digit character, then a unit of a
/// thousand or more) is a figure like `420,000`: against another amount it is a difference of figures, quoted as written,
/// not "nothing". Heading labels, months and idioms (`第三条`, `十二月`, `千万`) stay numerals that only account for
/// figures. Constructed passages.
@Suite struct ConstructedChineseAmountTests: NumberTextComparing {
    @Test func constructedChineseAmountThatDiffersIsQuoted() throws {
        let difference = try #require(compare("en", "Each Party shall contribute 380,000 euros a year.", "ja", "各締約者は、毎年四十二万ユーロを拠出する。"))
        #expect(difference.severity == .error)
        #expect(difference.onlyOther.map(\.canonical) == ["420000"])
        #expect(compare("en", "Each Party shall contribute 420,000 euros a year.", "ja", "各締約者は、毎年四十二万ユーロを拠出する。") == nil)
        #expect(compare("en", "Each Party shall contribute 420,000 euros a year.", "zh", "每一方每年应提供四十二万欧元。") == nil)
    }

    @Test func constructedLabelsMonthsAndIdiomsAreNoAmounts() {
        #expect(ChineseNumeral.isAmount(Array("四十二万".unicodeScalars)))
        #expect(ChineseNumeral.isAmount(Array("三千五百".unicodeScalars)))
        #expect(!ChineseNumeral.isAmount(Array("千万".unicodeScalars)))
        #expect(!ChineseNumeral.isAmount(Array("三".unicodeScalars)))
        #expect(!ChineseNumeral.isAmount(Array("十二".unicodeScalars)))
        #expect(!ChineseNumeral.isAmount(Array("四十六".unicodeScalars)))
        let words = NumberExtractor(languageCode: "zh").spelledNumbers("第三条 十二月 千万不要")
        #expect(words.allSatisfy { !$0.isCounting })
    }
}
