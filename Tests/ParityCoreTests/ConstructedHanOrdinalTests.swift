import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A Chinese ordinal in numerals (`第一次会议`, first meeting) is an ordinal:
/// it matches `first` and `1st`, and, small, left over against a version
/// whose ordinal words Parity does not read (Italian `prima`), it is no
/// finding. Constructed passages.
@Suite struct ConstructedHanOrdinalTests: NumberTextComparing {
    @Test func constructedHanOrdinalMatchesOrdinals() {
        #expect(NumberExtractor(languageCode: "zh").extract("第一次会议").map(\.key) == ["ordinal:1"])
        #expect(compare("zh", "第一次会议", "en", "the first meeting") == nil)
        #expect(compare("zh", "第一次会议", "en", "the 1st meeting") == nil)
        #expect(compare("zh", "第二十届会议", "es", "vigésimo período de sesiones") == nil)
    }

    @Test func constructedSmallHanOrdinalAgainstUnreadWordsIsNoFinding() {
        #expect(compare("zh", "第一次会议于2026年5月12日举行。", "it", "La prima riunione si è tenuta il 12 maggio 2026.") == nil)
        #expect(compare("zh", "第一次全体会议和第二次全体会议", "it", "la prima e la seconda seduta plenaria") == nil)
    }

    @Test func constructedHanOrdinalAgainstAnotherFigureStays() throws {
        let difference = try #require(compare("zh", "第三条", "en", "article 4"))
        #expect(difference.onlyPivot.map(\.written) == ["第三条"])
        #expect(difference.onlyOther.map(\.canonical) == ["4"])
        // In figures, a small ordinal is compared as before.
        #expect(compare("zh", "第1次会议", "it", "la riunione") != nil)
    }
}
