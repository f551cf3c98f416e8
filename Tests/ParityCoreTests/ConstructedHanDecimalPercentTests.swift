import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A percentage written in Chinese numerals with decimals after the point `点` (`百分之九点五` = 9.5 %): the decimals are
/// read, digit by digit, so the figure equals `9,5 %` and `9.5 per cent` and differs from `9 %`. Constructed passages.
@Suite struct ConstructedHanDecimalPercentTests: NumberTextComparing {
    @Test func constructedDecimalPercentInChineseNumerals() {
        let zh = NumberExtractor(languageCode: "zh")
        #expect(zh.extract("手工整理的服装占该部门销售额的百分之九点五。").map(\.canonical) == ["9.5"])
        #expect(zh.extract("增长了百分之十二点零五。").map(\.canonical) == ["12.05"])
        #expect(zh.extract("占百分之二十。").map(\.canonical) == ["20"])
        #expect(compare("fr", "Les vêtements finis à la main représentent 9,5 % des ventes du secteur.", "zh",
                        "手工整理的服装占该部门销售额的百分之九点五。") == nil)
        #expect(compare("en", "Garments finished by hand make up 9.5 per cent of the sector's sales.", "zh",
                        "手工整理的服装占该部门销售额的百分之九点五。") == nil)
        #expect(compare("fr", "Les vêtements finis à la main représentent 9 % des ventes du secteur.", "zh",
                        "手工整理的服装占该部门销售额的百分之九点五。")?.severity == .error)
    }
}
