import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Han dates whose day is marked by the spoken day characters `號`
/// (Cantonese, traditional script) and `号` (Mandarin) instead of CLDR's
/// `日` (``MonthNameTable/hanSpokenDayMarks``): `2027年9月14號`, `9月14号`,
/// `二〇二七年九月十四号` are the whole date and equal to `14 September
/// 2027`; another day is an error; a `号` that follows no month mark is
/// not a day (`14号文件`, document no. 14). Constructed passages.
@Suite struct ConstructedHanSpokenDayMarkTests: NumberTextComparing {
    func values(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).map(\.comparisonKey)
    }

    @Test func constructedSpokenDayMarksMakeTheWholeDate() {
        #expect(values("yue", "大會喺2027年9月14號開會。") == ["date:2027-09-14"])
        #expect(values("zh", "大会于2027年9月14号开会。") == ["date:2027-09-14"])
        #expect(values("zh", "大会于9月14号开会。") == ["date:--09-14"])
        #expect(values("zh", "大会于二〇二七年九月十四号开会。") == ["date:2027-09-14"])
        #expect(values("ja", "会議は2027年9月14日に開かれた。") == ["date:2027-09-14"])
    }

    @Test func constructedSpokenDayMarkDatesMatchAndDiffer() {
        #expect(compare("yue", "大會喺2027年9月14號開會。", "The assembly met on 14 September 2027.") == nil)
        #expect(compare("zh", "大会于2027年9月14号开会。", "The assembly met on 14 September 2027.") == nil)
        #expect(compare("yue", "大會喺2027年9月15號開會。", "The assembly met on 14 September 2027.")?.severity == .error)
    }

    @Test func constructedSpokenDayMarkAfterNoMonthIsNoDay() {
        #expect(values("zh", "见第14号文件。") == ["ordinal:14"] || values("zh", "见第14号文件。") == ["reference:14"]
                || !values("zh", "见第14号文件。").contains { $0.hasPrefix("date:") })
        #expect(!values("yue", "14號文件").contains { $0.hasPrefix("date:") })
    }
}
