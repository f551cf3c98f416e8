import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// An apostrophe between letters (a glottal stop or an ejective: Tzeltal
/// `yu'un`, Mam `tu'n`, K'iche' `q'ij`) is inside its word for every reader
/// of numbers: the tokens, the number words and the dates
/// (``NumberTokenizer/apostropheJoins(_:at:wordStart:)``); no part of such a
/// word is a number word of another language. A language whose own tables
/// read past an elided word keeps reading it (Catalan `1 d’abril`).
/// Constructed passages.
@Suite struct ConstructedApostropheWordTests {
    let tzeltal = NumberExtractor(languageCode: "tzh"), french = NumberExtractor(languageCode: "fr")

    @Test func constructedGlottalWordIsOneToken() {
        let scalars = ScalarText.scalars(of: "15 yu'un diciembre, k’op ʼa")
        let tokens = NumberTokenizer(decimalComma: false, splitsElisions: false).tokenize(scalars)
        let words = tokens.filter { $0.kind == .word }.map { ScalarText.string(scalars[$0.range]) }
        #expect(words == ["yu'un", "diciembre", "k’op", "ʼa"])
        // A language whose tables read elisions splits after a word of one to three letters only.
        let elided = ScalarText.scalars(of: "d’abril aujourd’hui")
        let split = NumberTokenizer(decimalComma: true, splitsElisions: true).tokenize(elided)
        #expect(split.filter { $0.kind == .word }.map { ScalarText.string(elided[$0.range]) } == ["d", "abril", "aujourd’hui"])
    }

    @Test func constructedNumberWordInsideAGlottalWordIsNoDay() {
        // `un` (Spanish and French 'one') inside `yu'un` is no day: the day is 15, read with the month and the year apart.
        let values = tzeltal.extract("Mantal la stsak ta 15 yu'un diciembre 2042.")
        #expect(values.map(\.canonical) == ["15", "2042-12"])
        #expect(tzeltal.spelledNumbers("ta 15 yu'un diciembre 2042").isEmpty)
        #expect(tzeltal.spelledNumbers("ta 15 yu’un diciembre 2042").isEmpty)
        // The comparison reads the day and the month with its year as the French date: no difference.
        let french = french.extract("adoptée le 15 décembre 2042")
        #expect(numberTestComparison.compare(pivot: french, other: values, pivotWords: [], otherWords: []) == nil)
    }

    @Test func constructedForeignNumberWordIsNoDayInALanguageWithoutWords() {
        // Words of other languages' tables only account for figures in a language without a table of its own:
        // Spanish `un` set apart before a month is no day either.
        #expect(tzeltal.extract("ta 15 yu un diciembre 2042").map(\.canonical) == ["15", "2042-12"])
        // In a language with number words of its own, a day in words is read as before.
        #expect(NumberExtractor(languageCode: "en").extract("on the twelfth of May 2026").map(\.canonical) == ["2026-05-12"])
    }

    @Test func constructedElidedMonthLinkIsStillRead() {
        #expect(NumberExtractor(languageCode: "ca").extract("l’1 d’abril de 2026").map(\.canonical).contains("2026-04-01"))
        // French reads its own number word after an elided preposition.
        #expect(french.spelledNumbers("près d’onze États").map(\.value) == [11])
    }

    /// Two days before one month and year read apart (Mam `9 ex 10 tu'n julio 2043`) are the two dates of the other
    /// passage (`los días 9 y 10 de julio de 2043`); a second date in another month is still a difference.
    @Test func constructedMonthAndYearReadApartServeEachDayBeforeThem() {
        let mam = NumberExtractor(languageCode: "mam"), spanish = NumberExtractor(languageCode: "es")
        let values = mam.extract("toj Tresvado toj 9 ex 10 tu'n julio 2043")
        #expect(values.map(\.canonical) == ["9", "10", "2043-07"])
        let same = spanish.extract("celebrada en Tresvado los días 9 y 10 de julio de 2043")
        #expect(numberTestComparison.compare(pivot: same, other: values, pivotWords: [], otherWords: []) == nil)
        let other = spanish.extract("celebrada en Tresvado el 9 de julio de 2043 y el 10 de agosto de 2043")
        #expect(numberTestComparison.compare(pivot: other, other: values, pivotWords: [], otherWords: []) != nil)
    }
}
