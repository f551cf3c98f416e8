import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// A time of day written as a decimal without an hour word ("kl. 10.05",
/// as Danish, Icelandic or Norwegian records write it) is the same as
/// "10 h 05", "10 ч. 05" or "10:05" in another version. Constructed passages
/// (made up for these tests).
@Suite struct ConstructedClockDecimalTests: NumberTextComparing {
    @Test func constructedDecimalTimesMatchTimesWithAnHourWord() {
        #expect(compare("da", "Mødet blev hævet kl. 11.40.", "fr", "La séance est levée à 11 h 40.") == nil)
        #expect(compare("da", "Mødet blev åbnet kl. 10.05.", "ru", "Заседание открывается в 10 ч. 05 м.") == nil)
        #expect(compare("da", "Mødet blev åbnet kl. 10.00.", "fr", "La séance est ouverte à 10 heures.") == nil)
    }

    @Test func constructedClockReadingNeedsTwoDigitsOfMinutesAndAnHour() {
        #expect(NumberComparison.clockReading("10.05") == "10:05")
        #expect(NumberComparison.clockReading("9.30") == "9:30")
        #expect(NumberComparison.clockReading("10.5") == nil)
        #expect(NumberComparison.clockReading("10.75") == nil)
        #expect(NumberComparison.clockReading("31.05") == nil)
        #expect(NumberComparison.clockReading("1.250") == nil)
        // A different time stays a difference.
        #expect(compare("da", "Mødet blev hævet kl. 11.45.", "fr", "La séance est levée à 11 h 40.") != nil)
    }
}
