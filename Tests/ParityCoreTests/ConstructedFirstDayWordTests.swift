import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// The first of a month written with a word of its own (`یکم جنوری ۲۰۲۴` in Urdu, `पहली जनवरी 2024` in Hindi,
/// `premier janvier 2024`, `primero de enero de 2024`) is the date with day 1, as `1er janvier` and `1.º de enero`
/// are. Constructed passages.
@Suite struct ConstructedFirstDayWordTests: NumberTextComparing {
    @Test(arguments: [("ur", "یکم جنوری ۲۰۲۴ سے یہ قانون نافذ ہے۔"), ("hi", "पहली जनवरी 2024 से यह कानून लागू है।"),
                      ("fr", "La loi est en vigueur depuis le premier janvier 2024."), ("fr", "La loi est en vigueur depuis le 1er janvier 2024."),
                      ("es", "La ley está en vigor desde el primero de enero de 2024."), ("es", "La ley está en vigor desde el 1.º de enero de 2024.")])
    func constructedFirstDayWordIsDayOne(_ code: String, _ text: String) {
        #expect(dates(code, text) == ["2024-01-01"], "\(code)")
        #expect(compare(code, text, "en", "The law has been in force since 1 January 2024.") == nil, "\(code)")
    }

    @Test func constructedAnotherDayIsADifference() {
        #expect(compare("ur", "یکم جنوری ۲۰۲۴ سے یہ قانون نافذ ہے۔", "en", "The law has been in force since 2 January 2024.") != nil)
    }

    /// Month forms are split into words at the scalar U+0020: a space followed by a zero-width non-joiner or a
    /// mark stays a split (a split by characters would keep `a \u{200C}b` one word).
    @Test func monthFormsSplitAtScalars() {
        #expect(MonthNames.formWords("كانون الثاني") == ["كانون", "الثاني"])
        #expect(MonthNames.formWords("ab \u{200C}cd").count == 2)
        #expect(MonthNames.formWords("ab \u{0301}cd").count == 2)
        #expect(WordPhraseTable.words(of: "mil \u{200C}millones").count == 2)
    }
}
