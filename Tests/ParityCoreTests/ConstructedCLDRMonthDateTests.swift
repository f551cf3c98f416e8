import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates whose month word comes from CLDR, in languages without a month table
/// of their own (Zulu `Ephreli`, Luganda `Apuli`): read as whole dates and
/// compared as dates, so that another month with the same day and year is a
/// difference of dates; a month word CLDR does not give is no month unless it
/// is near one month of the tables (``BorrowedMonthName``: Xhosa `Matshi` in
/// Zulu text), and a word near none is no month (no guess).
/// Constructed passages; document set `dev/letter-boreholes` (zu, en).
@Suite struct ConstructedCLDRMonthDateTests: NumberTextComparing {
    @Test func constructedCLDRMonthsReadWholeDates() {
        #expect(dates("zu", "uzoba ngomhla ka-1 Ephreli 2027") == ["2027-04-01"])
        #expect(dates("lg", "ku 1 Apuli 2027") == ["2027-04-01"])
        // Xhosa's March is no Zulu month, but one letter from Zulu's `Mashi` and CLDR's Xhosa March: read by its likeness
        // to the tables' months (``BorrowedMonthName``).
        #expect(dates("zu", "ngomhla ka-1 Matshi 2027") == ["2027-03-01"])
        // The older Zulu name of March, `uNdasa`, is near no month of any table: no month (no guess).
        #expect(dates("zu", "ngomhla ka-1 Ndasa 2027") == [])
    }

    @Test func constructedCLDRMonthThatDiffersIsADifferenceOfDates() throws {
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        let zulu = NumberExtractor(languageCode: "zu"), english = NumberExtractor(languageCode: "en")
        let difference = try #require(comparison.compare(pivot: zulu.extract("ngomhla ka-1 Ephreli 2027"),
                                                         other: english.extract("on 1 March 2027"), pivotWords: [], otherWords: []))
        #expect(difference.severity == .error)
        #expect(difference.onlyPivot.map(\.canonical) == ["2027-04-01"])
        #expect(difference.onlyOther.map(\.canonical) == ["2027-03-01"])
        #expect(comparison.compare(pivot: zulu.extract("ngomhla ka-1 Ephreli 2027"), other: english.extract("on 1 April 2027"),
                                   pivotWords: [], otherWords: []) == nil)
    }

    @Test func constructedWholeDatesThatDifferAreNotExplainedByTheirDigits() {
        let zulu = NumberExtractor(languageCode: "zu").extract("ngomhla ka-1 Ephreli 2027")
        let english = NumberExtractor(languageCode: "en").extract("on 1 March 2027")
        // Both dates were read whole: a side without a table of its own does not excuse them.
        #expect(!UnreadFigureExplanation.explains(onlyPivot: zulu, onlyOther: english, pivotValues: zulu, otherValues: english,
                                                   pivotHasTable: false, otherHasTable: true))
        // A month word Parity cannot read leaves 1 and 2027, which the other side's date holds: information.
        let unread = NumberExtractor(languageCode: "zu").extract("ngomhla ka-1 Ndasa 2027")
        #expect(UnreadFigureExplanation.explains(onlyPivot: unread, onlyOther: english, pivotValues: unread, otherValues: english,
                                                  pivotHasTable: false, otherHasTable: true))
    }
}
