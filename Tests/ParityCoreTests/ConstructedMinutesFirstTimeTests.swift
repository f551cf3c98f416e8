import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Arabic UN documents write a time of day minutes first (`الساعة 00/10`,
/// 10:00; `الساعة 30/15`, 15:30): after the word for hour, or where the
/// linked passage states that time, it is a time (``NumberValueReader/minutesFirstTime(_:)``),
/// compared with every language's clock forms, never a document symbol.
/// Constructed passages.
@Suite struct ConstructedMinutesFirstTimeTests {
    private let arabic = NumberExtractor(languageCode: "ar")

    private func difference(_ pivotCode: String, _ pivot: String, _ ar: String) -> NumberComparison.Difference? {
        numberTestComparison.compare(pivot: NumberExtractor(languageCode: pivotCode).extract(pivot), other: arabic.extract(ar),
                                     pivotWords: [], otherWords: [])
    }

    @Test func constructedMinutesFirstAfterTheHourWordIsATime() {
        let values = arabic.extract("يفتتح الاجتماع الساعة 00/10 ويرفع الساعة 30/15، ويغلق المعرض الساعة 30/9.")
        #expect(values.map(\.kind) == [.time, .time, .time])
        #expect(values.map(\.canonical) == ["10:00", "15:30", "9:30"])
        // A symbol stays a symbol; so does a minutes-first shape with no hour word before it, and one that is no time.
        #expect(arabic.extract("الوثيقة A/81/622").map(\.kind) == [.symbol])
        #expect(arabic.extract("في 00/15").map(\.kind) == [.symbol])
        #expect(arabic.extract("الساعة 75/10").map(\.kind) == [.symbol])
        #expect(NumberValueReader.minutesFirstTime("00/10") == "10:00")
        #expect(NumberValueReader.minutesFirstTime("30/9") == "9:30")
        #expect(NumberValueReader.minutesFirstTime("60/10") == nil)
        #expect(NumberValueReader.minutesFirstTime("00/25") == nil)
        #expect(NumberValueReader.minutesFirstTime("A/10") == nil)
        #expect(NumberValueReader.minutesFirstTime("000/10") == nil)
    }

    @Test func constructedMinutesFirstTimeMatchesEveryLanguagesClock() {
        let ar = "يفتتح الاجتماع الساعة 00/10."
        for (code, text) in [("en", "The meeting opens at 10.00 a.m."), ("en", "The meeting opens at 10 a.m."), ("en", "It opens at 10:00."),
                             ("fr", "La réunion s'ouvre à 10 heures."), ("fr", "La réunion s'ouvre à 10 h."),
                             ("es", "La reunión se abre a las 10.00 horas."), ("ru", "Совещание открывается в 10 ч. 00 м."),
                             ("zh", "会议于10时开幕。"), ("zh", "会议于上午10时开幕。")] {
            #expect(difference(code, text, ar) == nil, "\(code): \(text)")
        }
        let afternoon = "من الساعة 30/15 إلى الساعة 00/18."
        #expect(difference("en", "From 3.30 p.m. to 6 p.m.", afternoon) == nil)
        #expect(difference("fr", "De 15 h 30 à 18 heures.", afternoon) == nil)
        #expect(difference("en", "From 15.30 to 18.00.", afternoon) == nil)
    }

    /// Without the word for hour, the shape is a time where the linked passage states a time: the same time cancels,
    /// another is a difference of times, never a symbol.
    @Test func constructedMinutesFirstWithoutTheHourWordIsReadAgainstTheLinkedTime() {
        #expect(difference("en", "The exhibition opens at 15.00.", "يفتتح المعرض في 00/15.") == nil)
        #expect(difference("fr", "L'exposition ouvre à 15 heures.", "يفتتح المعرض في 00/15.") == nil)
        let other = difference("en", "The exhibition opens at 4 p.m.", "يفتتح المعرض في 00/15.")
        #expect(other?.isSymbolic == false)
        #expect(other?.onlyOther.map(\.kind) == [.time])
        #expect(other?.onlyOther.map(\.canonical) == ["15:00"])
        // A symbol against a passage without a time stays a symbol.
        #expect(difference("en", "See document A/81/623.", "انظر الوثيقة A/81/622.")?.isSymbolic == true)
    }

    @Test func constructedDifferentMinutesFirstTimeIsAnError() {
        let found = difference("en", "The closing meeting will start at 11 a.m.", "تبدأ الجلسة الختامية الساعة 00/12.")
        #expect(found?.severity == .error)
        #expect(found?.isSymbolic == false)
        #expect(found?.onlyPivot.map(\.canonical) == ["11:00"])
        #expect(found?.onlyOther.map(\.canonical) == ["12:00"])
    }
}
