import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Month names in forms CLDR does not give, read between a day and a year
/// in figures (``MonthInflection``, ``NumberValueReader/inflectedMonth(at:)``):
/// Bosnian and Serbian genitives in both scripts (`14. septembra 2027`,
/// `14. септембра 2027`, `1. jula 2027`, `1. јуна 2027`), Irish months in
/// two words (`Meán Fómhair`, from CLDR since the generator keeps a
/// two-word month whose last word ends another month too) and their
/// initial mutations (`de Mheán Fómhair`, `i mBealtaine`). Each is equal to
/// the English date; another day or month is still an error; a word that
/// is no month, or a month word without a year after it, is not read as a
/// month. Constructed passages.
@Suite struct ConstructedInflectedMonthTests: NumberTextComparing {
    static let inflected: [(code: String, text: String, date: String)] = [
        ("bs", "Skupština se sastala 14. septembra 2027. godine.", "2027-09-14"),
        ("bs", "Rok ističe 1. jula 2027.", "2027-07-01"),
        ("bs", "Rok ističe 1. juna 2027.", "2027-06-01"),
        ("bs", "Izvještaj od 3. marta 2027.", "2027-03-03"),
        ("sr", "Скупштина се састала 14. септембра 2027. године.", "2027-09-14"),
        ("sr", "Рок истиче 1. јула 2027.", "2027-07-01"),
        ("sr", "Rok ističe 1. avgusta 2027.", "2027-08-01"),
        ("ga", "Tháinig an tionól le chéile ar 14 Meán Fómhair 2027.", "2027-09-14"),
        ("ga", "Tháinig an tionól le chéile an 14ú lá de Mheán Fómhair 2027.", "2027-09-14"),
        ("ga", "Cuirfear an tuarascáil isteach faoin 2 Deireadh Fómhair 2027.", "2027-10-02"),
        ("ga", "Beidh an cruinniú ar siúl ar an 5 Bealtaine 2027.", "2027-05-05"),
    ]

    @Test func constructedInflectedMonthsAreReadAsTheWholeDate() {
        for (code, text, date) in Self.inflected {
            #expect(dates(code, text) == [date], "\(code): \(text)")
        }
    }

    @Test func constructedInflectedMonthsMatchTheEnglishDateAndAnotherDayIsAnError() {
        let english = ["2027-09-14": "14 September 2027", "2027-07-01": "1 July 2027", "2027-06-01": "1 June 2027",
                       "2027-03-03": "3 March 2027", "2027-08-01": "1 August 2027", "2027-10-02": "2 October 2027",
                       "2027-05-05": "5 May 2027"]
        for (code, text, date) in Self.inflected {
            let same = try? #require(english[date])
            #expect(compare(code, text, "It was held on \(same ?? "").") == nil, "\(code): \(text)")
            let other = compare(code, text, "It was held on 28 February 2027.")
            #expect(other?.severity == .error, "\(code): \(text)")
        }
    }

    @Test func constructedMutatedAndInflectedFormsOfOneMonth() {
        let meán = Array("meán".unicodeScalars)
        #expect(MonthInflection.mayBeForm(Array("mheán".unicodeScalars), of: meán))
        #expect(MonthInflection.mayBeForm(Array("mbealtaine".unicodeScalars), of: Array("bealtaine".unicodeScalars)))
        #expect(MonthInflection.mayBeForm(Array("bhfeabhra".unicodeScalars), of: Array("feabhra".unicodeScalars)))
        #expect(MonthInflection.mayBeForm(Array("septembra".unicodeScalars), of: Array("septembar".unicodeScalars)))
        #expect(MonthInflection.mayBeForm(Array("јула".unicodeScalars), of: Array("јул".unicodeScalars)))
        #expect(!MonthInflection.mayBeForm(Array("sep".unicodeScalars), of: Array("septembar".unicodeScalars)))
        #expect(!MonthInflection.mayBeForm(Array("mostar".unicodeScalars), of: Array("mart".unicodeScalars)))
        #expect(!MonthInflection.mayBeForm(Array("juli".unicodeScalars), of: Array("juni".unicodeScalars)))
    }

    @Test func constructedWordsThatAreNoMonthOrHaveNoYearAreNotMonths() {
        #expect(dates("bs", "Odobreno je 14. septembra.") == [])
        #expect(dates("bs", "Odobreno je 14 jedinica 2027.") == [])
        #expect(dates("sr", "Одобрено је 14 мостова 2027.") == [])
        #expect(dates("ga", "Bhí 14 mhúinteoir in 2027.") == [])
    }
}
