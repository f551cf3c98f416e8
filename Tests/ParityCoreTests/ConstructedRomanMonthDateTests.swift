import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates whose month is an upper-case Roman numeral (`12.V.2026`, `12. V.
/// 2026`, `XII.2026`), as Polish, Czech, Italian or Latin usage writes them,
/// read as dates and compared with other versions' dates. Constructed passages.
@Suite struct ConstructedRomanMonthDateTests: NumberTextComparing {
    @Test func constructedDayRomanMonthYear() {
        #expect(dates("pl", "w dniu 12.V.2026 r.") == ["2026-05-12"])
        #expect(dates("cs", "ze dne 12. V. 2026") == ["2026-05-12"])
        #expect(dates("it", "Roma, 3-XI-2026") == ["2026-11-03"])
        #expect(dates("hr", "od 1/XII/2026") == ["2026-12-01"])
    }

    @Test func constructedDayRomanMonthYearBetweenSpaces() {
        #expect(dates("la", "die 12 V 2026") == ["2026-05-12"])
        #expect(dates("pl", "od 1 XII 2026 r.") == ["2026-12-01"])
        // No Roman month, or a figure running on: no date.
        #expect(dates("pl", "12 L 2026") == [])
        #expect(dates("pl", "12 V 20261") == [])
    }

    @Test func constructedRomanMonthYear() {
        #expect(dates("pl", "w okresie XII.2026") == ["2026-12"])
        #expect(dates("sk", "do IX/2027") == ["2027-09"])
    }

    @Test func constructedNotRomanMonthDates() {
        // No month XIII; a Roman numeral inside a word or a longer figure.
        #expect(dates("pl", "12.XIII.2026") == [])
        #expect(dates("pl", "AXII.2026") == [])
        #expect(dates("pl", "12.V.2026.3") == [])
        #expect(dates("en", "Annex IV.B") == [])
        // Spacing that differs after the two points makes no day-first date: only the month and year are read.
        #expect(dates("pl", "12. V.2026") == ["2026-05"])
    }

    @Test func constructedRomanMonthDateMatchesTheDateInWords() {
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        let polish = NumberExtractor(languageCode: "pl"), english = NumberExtractor(languageCode: "en")
        let same = comparison.compare(pivot: english.extract("on 12 May 2026"), other: polish.extract("w dniu 12.V.2026 r."),
                                      pivotWords: [], otherWords: [])
        #expect(same == nil)
        let other = comparison.compare(pivot: english.extract("on 12 May 2026"), other: polish.extract("w dniu 12.VI.2026 r."),
                                       pivotWords: [], otherWords: [])
        #expect(other?.severity == .error)
    }
}
