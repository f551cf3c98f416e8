import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A date written in figures between words, day first (`hruê 1 mlan 3 thŭn 2098`, "day 1 month 3 year 2098", as
/// Vietnamese `ngày 1 tháng 3 năm 2098`): the month's figure is the month of the day before it, whatever the year's
/// word between it and the year; it is no day of a date of its own (`3 thŭn 2098`). Constructed passages (the Rade is
/// an approximation).
@Suite struct ConstructedFigureDateBetweenWordsTests {
    @Test func constructedMonthFigureBelongsToTheDayBeforeIt() throws {
        let values = NumberExtractor(languageCode: "rad").extract("bliư̆ tal sa êlâo kơ hruê 1 mlan 3 thŭn 2098.")
        #expect(values.map(\.canonical) == ["1", "3", "2098"])
        #expect(values.map(\.unreadMonthWord) == ["mlan 3", nil, nil])
        let date = try #require(LearnedMonthWords.unreadDate(values, at: 0))
        #expect(date.day == 1 && date.year == 2098 && date.numbers == [0, 3] && date.span == 3)
    }

    private static let french = """
        Article 3

        1. Le présent Accord est ouvert à la signature à partir du 1er janvier 2097.

        2. La Conférence se réunit la première fois au plus tard le 1er mars 2098.
        """

    private static let rade = """
        Klei 3

        1. Hră Mta anei pŏk kơ jih jang ala čar mơ̆ng hruê 1 mlan 1 thŭn 2097.

        2. Phung Bi Kƀĭn bi kƀĭn tal sa êlâo kơ hruê 1 mlan 3 thŭn 2098.
        """

    private func findings(_ rade: String) -> [String] {
        let french = PlainTextSegmenter(language: Language(code: "fr")).segment(DecodedText(Self.french), sourceName: "constructed.fr")
        let other = PlainTextSegmenter(language: Language(code: "rad")).segment(DecodedText(rade), sourceName: "constructed.rad")
        return ParityChecker().check(Aligner().align([french, other])).filter { $0.severity >= .warning }.map { "\($0.kind.rawValue): \($0.message)" }
    }

    @Test func constructedSameDatesAreClean() {
        #expect(findings(Self.rade) == [])
    }

    @Test func constructedAnotherDayIsADifference() {
        let found = findings(Self.rade.replacingOccurrences(of: "hruê 1 mlan 3", with: "hruê 2 mlan 3"))
        #expect(found.count == 1 && found.allSatisfy { $0.hasPrefix("number-mismatch") })
    }
}
