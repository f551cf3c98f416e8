import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Latin dates with the day and the year in Roman numerals or the day in
/// ordinal words (`die XII mensis Maii, anno MMXXVI`, `die duodecimo mensis
/// Maii anno Domini MMXXVI`): read as whole dates and compared with the
/// same date in another language's form; another day or month is a
/// difference of dates. Constructed passages; document set
/// `dev/decision-olivegroves` (la, en).
@Suite struct ConstructedLatinDateTests: NumberTextComparing {
    @Test func constructedRomanAndWordDaysReadWholeDates() {
        #expect(dates("la", "Datum Romae, die XII mensis Maii, anno MMXXVI.") == ["2026-05-12"])
        #expect(dates("la", "die duodecimo mensis Maii anno Domini MMXXVI") == ["2026-05-12"])
        #expect(dates("la", "die vicesimo primo mensis Iunii anno MMXXVI") == ["2026-06-21"])
        #expect(dates("la", "die tertio decimo mensis Decembris anno MMXXV") == ["2025-12-13"])
        #expect(dates("la", "die 12 mensis Maii anno 2026") == ["2026-05-12"])
        #expect(dates("la", "mense Maio anno MMXXVI") == ["2026-05"])
    }

    @Test func constructedWordDaysInOtherLanguages() {
        // The same reading in languages with number words of their own, with the year only.
        #expect(dates("en", "on the twelfth of May 2026") == ["2026-05-12"])
        #expect(dates("es", "el doce de mayo de 2026") == ["2026-05-12"])
        // A number word before a month without a year counts something else.
        #expect(dates("en", "the second May meeting") == [])
    }

    @Test func constructedLatinDateMatchesTheEnglishDate() {
        #expect(compare("en", "Done at Rome on 12 May 2026.", "la", "Datum Romae, die XII mensis Maii, anno MMXXVI.") == nil)
        #expect(compare("en", "Done at Rome on 12 May 2026.", "la", "Datum Romae die duodecimo mensis Maii anno Domini MMXXVI.") == nil)
    }

    @Test func constructedOtherDayOrMonthIsADifferenceOfDates() throws {
        let day = try #require(compare("en", "Done at Rome on 12 May 2026.", "la", "Datum Romae, die XIII mensis Maii, anno MMXXVI."))
        #expect(day.severity == .error)
        #expect(day.onlyPivot.map(\.canonical) == ["2026-05-12"])
        #expect(day.onlyOther.map(\.canonical) == ["2026-05-13"])
        let month = try #require(compare("en", "Done at Rome on 12 May 2026.", "la", "Datum Romae die duodecimo mensis Iunii anno Domini MMXXVI."))
        #expect(month.severity == .error)
        #expect(month.onlyOther.map(\.kind) == [.date])
    }

    @Test func constructedRomanYearsOnlyInDates() {
        // A Roman numeral alone is no value; a chapter number is no year.
        #expect(NumberExtractor(languageCode: "en").extract("Chapter XII and annex MMXXVI").isEmpty)
        #expect(NumberExtractor.mayHoldRomanYear("anno MMXXVI"))
        #expect(!NumberExtractor.mayHoldRomanYear("Chapter XII of MMa"))
        #expect(!NumberExtractor.mayHoldRomanYear("Mme Dupont"))
    }

    /// A year in Latin ordinal words after the month (`anno bis millesimo vicesimo sexto`, "in the two-thousandth
    /// twenty-sixth year"), and the English year in words read the same way.
    @Test func constructedYearsInWords() {
        #expect(dates("la", "die XXI mensis Septembris, anno bis millesimo vicesimo sexto.") == ["2026-09-21"])
        #expect(dates("la", "die duodecimo mensis Maii anno bis millesimo vicesimo sexto") == ["2026-05-12"])
        #expect(dates("la", "die 10 mensis Decembris anno millesimo nongentesimo quadragesimo octavo") == ["1948-12-10"])
        #expect(dates("la", "mense Maio anno bis millesimo vicesimo sexto") == ["2026-05"])
        #expect(dates("en", "on 12 May two thousand twenty-six") == ["2026-05-12"])
        #expect(dates("en", "on 12 December two thousand and fifteen") == ["2015-12-12"])
        #expect(dates("es", "el 12 de diciembre de dos mil quince") == ["2015-12-12"])
        #expect(compare("la", "die XXI mensis Septembris, anno bis millesimo vicesimo sexto", "en", "on 21 September 2026") == nil)
        #expect(compare("la", "die XXI mensis Septembris, anno bis millesimo vicesimo quinto", "en", "on 21 September 2026") != nil)
        // Words that make no year (a count after a month) are not one.
        #expect(dates("la", "die 12 mensis Maii viginti tres") == ["--05-12"])
    }
}
