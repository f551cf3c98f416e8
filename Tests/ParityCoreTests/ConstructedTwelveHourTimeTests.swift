import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A time written in 24 hours with an hour word or sign (`22h00`, `22 h 30`)
/// against the 12-hour figure of another version whose day-part words Parity
/// does not read (`10 το βράδυ`, `10 wieczorem`): the figure is taken as a
/// time, and two times that differ are information, never a warning.
/// Constructed passages (made up for these tests).
@Suite struct ConstructedTwelveHourTimeTests: NumberTextComparing {
    @Test func constructedTwelveHourFigureAgainstATwentyFourHourTimeIsInformation() throws {
        let difference = try #require(compare("pt", "A sessão terminou às 22h00.", "el", "Η συνεδρίαση έληξε στις 10 το βράδυ."))
        #expect(difference.severity == .info)
        #expect(difference.onlyPivot.map(\.canonical) == ["22:00"])
        #expect(difference.onlyOther.map(\.kind) == [.time])
        #expect(difference.onlyOther.map(\.written) == ["10"])
        let minutes = try #require(compare("fr", "La séance est levée à 22 h 30.", "pl", "Posiedzenie zakończyło się o 10.30 wieczorem."))
        #expect(minutes.severity == .info)
    }

    @Test func constructedOtherHourStaysAWarning() throws {
        // 11 is no 12-hour reading of 22:00: a figure against a time, as before.
        let difference = try #require(compare("pt", "A sessão terminou às 22h00.", "el", "Η συνεδρίαση έληξε στις 11 το βράδυ."))
        #expect(difference.severity == .warning)
        #expect(difference.onlyOther.map(\.kind) == [.number])
    }

    @Test func constructedTwelveHourFigureIsNotHighlighted() {
        let texts = [["A sessão terminou às 22h00."], ["Η συνεδρίαση έληξε στις 10 το βράδυ."]]
        let languages = [Language(code: "pt"), Language(code: "el")]
        #expect(DifferingNumbers.marks(in: texts, languages: languages) == [[[]], [[]]])
        // Another hour is marked.
        let other = [["A sessão terminou às 22h00."], ["Η συνεδρίαση έληξε στις 11 το βράδυ."]]
        #expect(DifferingNumbers.marks(in: other, languages: languages) == [[[]], [[24..<26]]])
    }

    @Test func constructedTwelveHourReadings() {
        #expect(NumberComparison.isTwelveHourReading("10:00", of: "22:00"))
        #expect(NumberComparison.isTwelveHourReading("10:30", of: "22:30"))
        #expect(NumberComparison.isTwelveHourReading("12:30", of: "0:30"))
        #expect(NumberComparison.isTwelveHourReading("12:00", of: "24:00"))
        #expect(!NumberComparison.isTwelveHourReading("10:00", of: "10:00"))
        #expect(!NumberComparison.isTwelveHourReading("11:00", of: "22:00"))
        #expect(!NumberComparison.isTwelveHourReading("10:30", of: "22:00"))
        #expect(!NumberComparison.isTwelveHourReading("13:00", of: "1:00"))
    }
}

/// Parts of the day written after a 12-hour figure in the languages Parity
/// has tables for make it a time in 24 hours. Constructed phrases.
@Suite struct ConstructedDayPartTimeTests {
    func times(_ code: String, _ text: String) -> [String] {
        NumberExtractor(languageCode: code).extract(text).filter { $0.kind == .time }.map(\.canonical)
    }

    @Test func constructedDayParts() {
        #expect(times("es", "a las 10 de la noche") == ["22:00"])
        #expect(times("fr", "à 10 heures du soir") == ["22:00"])
        #expect(times("ru", "в 10 часов вечера") == ["22:00"])
        #expect(times("pt", "às 10 da noite") == ["22:00"])
        #expect(times("en", "at 10 in the evening") == ["22:00"])
        #expect(times("de", "um 10 Uhr abends") == ["22:00"])
        #expect(times("es", "a las 9 de la mañana") == ["9:00"])
        #expect(times("en", "at 10 p.m.") == ["22:00"])
        // A count of days is no time.
        #expect(times("ru", "в течение 2 дня") == [])
    }

    @Test func constructedDayPartTimeMatchesTheTwentyFourHourTime() {
        let comparison = NumberComparison(smallFigureLimit: ParityCheckOptions().smallFigureLimit)
        let spanish = NumberExtractor(languageCode: "es"), portuguese = NumberExtractor(languageCode: "pt")
        #expect(comparison.compare(pivot: portuguese.extract("terminou às 22h00"), other: spanish.extract("terminó a las 10 de la noche"),
                                   pivotWords: [], otherWords: []) == nil)
    }

    @Test func constructedGreekBeforeAndAfterNoon() {
        #expect(times("el", "Η συνεδρίαση άρχισε στις 10 π.μ. και έληξε στις 3.30 μ.μ.") == ["10:00", "15:30"])
        #expect(times("el", "στις 12 μ.μ.") == ["12:00"])
        #expect(times("el", "στις 12 π.μ.") == ["0:00"])
    }
}
