import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates whose day carries a marker or whose parts follow words, read whole
/// by general rules: digits of any script; the day's ordinal ending as
/// CLDR's ordinal formats write it (`1er`, `1r`, `1º`, and a point with the
/// ordinal mark: `1.º`, `1.ª`); the Arabic date separator `؍` after the day
/// (Urdu `۱؍ ستمبر`); and the Tibetan and Dzongkha dates whose month and
/// day each follow a word (``MonthNameTable/markedDateWords``:
/// `སྤྱི་ལོ་༢༠༢༦ ཟླ་༣ ཚེས་༩`, `ཟླ་བ་གསུམ་པའི་ཚེས་༩`, Tibetan digits).
/// Each against the English or French date: no finding; another day an error.
@Suite struct ConstructedDayMarkerDateTests: NumberTextComparing {
    static let firstOfSeptember: [(code: String, text: String)] = [
        ("ur", "اجلاس ۱ ستمبر ۲۰۲۴ کو ہوا۔"),
        ("ur", "اجلاس مورخہ ۱؍ ستمبر ۲۰۲۴ء کو ہوا۔"),
        ("fr", "La séance a eu lieu le 1er septembre 2024."),
        ("fr", "La séance a eu lieu le dimanche 1ᵉʳ septembre 2024."),
        ("ca", "La sessió va tenir lloc l’1r de setembre de 2024."),
        ("es", "La sesión se celebró el 1.º de septiembre de 2024."),
        ("pt", "A sessão realizou-se em 1.º de setembro de 2024."),
        ("it", "La seduta si è tenuta il 1º settembre 2024."),
        ("hi", "बैठक १ सितंबर २०२४ को हुई।"),
    ]

    @Test func constructedMarkedDaysReadTheWholeDate() {
        for (code, text) in Self.firstOfSeptember {
            #expect(dates(code, text) == ["2024-09-01"], "\(code): \(text)")
        }
    }

    @Test func constructedMarkedDaysMatchAcrossLanguages() {
        for (code, text) in Self.firstOfSeptember {
            #expect(compare(code, text, "fr", "La séance a eu lieu le 1er septembre 2024.") == nil, "\(code): \(text)")
            #expect(compare(code, text, "en", "The meeting was held on 1 September 2024.") == nil, "\(code): \(text)")
            #expect(compare(code, text, "en", "The meeting was held on 2 September 2024.")?.severity == .error, "\(code): \(text)")
        }
    }

    static let tibetanDates: [(code: String, text: String)] = [
        ("dz", "སྤྱི་ལོ་༢༠༢༦ ཟླ་༣ ཚེས་༩"),
        ("dz", "སྤྱི་ལོ་༢༠༢༦ ཟླ་གསུམ་པ་ ཚེས་ ༠༩"),
        ("bo", "སྤྱི་ལོ་༢༠༢༦ ཟླ་བ་གསུམ་པའི་ཚེས་༩"),
        ("bo", "༢༠༢༦ ལོའི་ཟླ་༣ཚེས་༩"),
        ("dz", "ཟླ་༣ ཚེས་༩ ༢༠༢༦"),
    ]

    @Test func constructedTibetanAndDzongkhaDatesReadWhole() {
        for (code, text) in Self.tibetanDates {
            #expect(dates(code, text) == ["2026-03-09"], "\(code): \(text)")
            #expect(compare(code, text, "en", "9 March 2026") == nil, "\(code): \(text)")
            #expect(compare(code, text, "en", "19 March 2026")?.severity == .error, "\(code): \(text)")
        }
        // The eleventh month is not read as the tenth (the longest ordinal is taken).
        #expect(dates("bo", "སྤྱི་ལོ་༢༠༢༦ ཟླ་བ་བཅུ་གཅིག་པའི་ཚེས་༩") == ["2026-11-09"])
        // The month word alone with a figure that is no month is no date.
        #expect(dates("dz", "ཟླ་༡༣ ཚེས་༩") == [])
    }
}
