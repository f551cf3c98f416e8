import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Month names no table gives, borrowed from another language and spelled
/// the local way, read between a day and a year in figures by their
/// likeness to the tables' month names (``BorrowedMonthName``,
/// ``NumberValueReader/similarMonth(at:)``): Tagalog-like `Setyembre`,
/// Indonesian-like `Agustus`, Bislama `Septemba`, `Ogis`, Niuean `Sepetema`,
/// `Oketopa`, Papiamento `sèptèmber`, `ougùstùs`, a February with doubled
/// vowels and `w` for `v`. The same month as the English date is no
/// difference; another month, day and year equal, is an error. A word near
/// two months (`jula`: July and June) or near none (`delegesen`, `units`),
/// or a month word without a year after it, is not read. Constructed passages.
@Suite struct ConstructedBorrowedMonthTests: NumberTextComparing {
    @Test func constructedBorrowedMonthWordsAreNearOneMonth() {
        #expect(BorrowedMonthName.month(of: "setyembre") == 9)
        #expect(BorrowedMonthName.month(of: "agustus") == 8)
        #expect(BorrowedMonthName.month(of: "septemba") == 9)
        #expect(BorrowedMonthName.month(of: "sepetema") == 9)
        #expect(BorrowedMonthName.month(of: "oketopa") == 10)
        #expect(BorrowedMonthName.month(of: "ogis") == 8)
        #expect(BorrowedMonthName.month(of: "sèptèmber") == 9)
        #expect(BorrowedMonthName.month(of: "ougùstùs") == 8)
        #expect(BorrowedMonthName.month(of: "feebruwaarii") == 2)
    }

    @Test func constructedOrdinaryWordsAndWordsNearTwoMonthsAreNoMonth() {
        for word in ["jula", "iuni", "yüli", "listopad", "delegesen", "units", "pipol", "members", "reports", "meetings", "mei"] {
            #expect(BorrowedMonthName.month(of: word) == nil, "\(word)")
        }
    }

    /// A form shorter than four letters reads no word by likeness: Komi `рака` (March) is one edit from Chuvash `ака`
    /// (April), and a date written with it is no April against the English March (its month is learned instead).
    @Test func constructedWordsOneEditFromAShortFormAreNoMonth() {
        #expect(BorrowedMonthName.month(of: "рака") == nil)
        #expect(dates("kpv", "Вочакывъяс босьтӧма 1 рака 2071 во кежлӧ.") == [])
        #expect(compare("kpv", "Вочакывъяс босьтӧма 1 рака 2071 во кежлӧ.", "Replies were received by 1 March 2071.")?.severity != .error)
    }

    @Test func constructedBorrowedMonthsAreReadAsTheWholeDate() {
        let cases: [(code: String, text: String, dates: [String])] = [
            ("bi", "Miting i bin stap long 14 Septemba 2027 mo long 3 Ogis 2027.", ["2027-09-14", "2027-08-03"]),
            ("niu", "Ne fakatau he 14 Sepetema 2027 mo e 2 Oketopa, 2027.", ["2027-09-14", "2027-10-02"]),
            ("pap", "E reunion a tuma luga 14 sèptèmber 2027 i 5 ougùstùs 2027.", ["2027-09-14", "2027-08-05"]),
            ("bi", "Miting i bin stap long Septemba 14, 2027.", ["2027-09-14"]),
            ("niu", "Ne fakatau he 9 Feebruwaarii 2027.", ["2027-02-09"]),
        ]
        for (code, text, expected) in cases {
            #expect(dates(code, text) == expected, "\(code): \(text)")
        }
    }

    @Test func constructedWordsBetweenAFigureAndAYearThatAreNoMonthAreNotRead() {
        #expect(dates("bi", "Oli kasem 14 delegesen 2027.") == [])
        #expect(dates("bi", "Oli kasem 14 units 2027.") == [])
        #expect(dates("bi", "Oli kasem 14 pipol 2027.") == [])
        #expect(dates("bi", "Miting i bin stap long 2 jula 2027.") == [])
        #expect(dates("bi", "Miting i bin stap long 14 Septemba.") == [])
    }

    @Test func constructedBorrowedMonthEqualToTheEnglishMonthIsNoDifferenceAndAnotherMonthIsAnError() {
        let cases: [(code: String, text: String, same: String, other: String)] = [
            ("bi", "Miting i bin stap long 14 Septemba 2027.", "14 September 2027", "14 August 2027"),
            ("niu", "Ne fakatau he 14 Sepetema 2027.", "14 September 2027", "14 October 2027"),
            ("pap", "E reunion a tuma luga 5 ougùstùs 2027.", "5 August 2027", "5 September 2027"),
        ]
        for (code, text, same, other) in cases {
            #expect(compare(code, text, "The meeting was held on \(same).") == nil, "\(code): \(text)")
            #expect(compare(code, text, "The meeting was held on \(other).")?.severity == .error, "\(code): \(text) against \(other)")
        }
    }

    @Test func constructedBorrowedMonthWithDoubledVowelsAndAccentsAgainstArabicAndEnglish() {
        // A September with a doubled vowel and accents against an Arabic August (both series, UN style), same day and year.
        let september = "Ne fakatau he 14 Seeptéembar 2027."
        #expect(compare("niu", september, "ar", "عُقد في 14 أيلول/سبتمبر 2027.") == nil)
        #expect(compare("niu", september, "ar", "عُقد في 14 آب/أغسطس 2027.")?.severity == .error)
        // A February with doubled vowels and `w` for `v` against an English date.
        let february = "Ne fakatau he 9 Feebruwaarii 2027."
        #expect(compare("niu", february, "The meeting was held on 9 February 2027.") == nil)
        #expect(compare("niu", february, "The meeting was held on 9 March 2027.")?.severity == .error)
    }
}
