import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates in Chinese numerals as a hard-wrapped Han text writes them: a second day after a connector, in numerals too
/// (`二〇五九年六月十日和十一日`, as `2059年6月10日和11日`), and a year written digit by digit that a line break
/// cut (`二` / `〇五六年`, read with a space between). A break between numerals without `〇` (counts such as `一 二`)
/// joins nothing. Constructed passages.
@Suite struct ConstructedHanNumeralDateRunTests: NumberTextComparing {
    func values(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.comparisonKey)
    }

    @Test func constructedSecondDayInNumeralsSharesTheMonth() {
        #expect(values("zh", "讲习班于二〇五九年六月十日和十一日举行。") == ["date:2059-06-10", "date:2059-06-11"])
        #expect(values("cjy", "讲习班二〇五九年六月十日至十二日开咧。") == ["date:2059-06-10", "date:2059-06-12"])
        #expect(compare("zh", "讲习班于二〇五九年六月十日和十一日举行。", "zh", "讲习班于2059年6月10日和11日举行。") == nil)
        #expect(compare("zh", "讲习班于二〇五九年六月十日和十二日举行。", "zh", "讲习班于2059年6月10日和11日举行。") != nil)
    }

    @Test func constructedYearCutByALineBreak() {
        #expect(values("zh", "二〇五八年做了八万个，二 〇五六年是七万个。").contains("number:2056"))
        #expect(!values("zh", "二〇五八年做了八万个，二 〇五六年是七万个。").contains("number:56"))
        #expect(!values("zh", "见附表一 二〇五六年的数字。").contains("number:12056"))
    }
}
