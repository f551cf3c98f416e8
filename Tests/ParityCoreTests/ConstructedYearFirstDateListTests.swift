import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates written year first with the genitive year word and a month word
/// with a case ending no table reads (Nogai-like `2046 йылдың 21
/// майындагы`, "of the 21st of May of the year 2046"), against Russian
/// dates, the months learned across the passages (``LearnedMonthWords``).
/// Constructed passages.
@Suite struct ConstructedYearFirstDateListTests {
    private let russian = NumberExtractor(languageCode: "ru"), nogai = NumberExtractor(languageCode: "nog")

    /// The differences of linked passages (Russian, then Nogai), the months learned from all of them first.
    private func differences(_ passages: [(String, String)]) -> [NumberComparison.Difference?] {
        let read = passages.map { (russian.extract($0.0), nogai.extract($0.1)) }
        var months = LearnedMonthWords()
        for (ru, nog) in read { months.collect(from: nog, against: ru) }
        months.settle()
        return read.map { ru, nog in
            numberTestComparison.compare(pivot: ru, other: months.applied(to: nog, against: ru), pivotWords: [], otherWords: [])
        }
    }

    /// A day after a date written year first, with a month word and no year of its own, shares the year: two dates
    /// of one year, each read whole, never the year with the other date's day.
    @Test func constructedListOfDatesWrittenYearFirstSharesTheYear() {
        let values = nogai.extract("Комитет 2046 йылдың 12 июниндеги ве 21 майындагы докладларды караган.")
        #expect(values.map(\.canonical) == ["2046", "12", "21"])
        #expect(values.last?.unreadMonthSharedYear == 2046)
        #expect(values.last?.unreadMonthWord == "йылдың майындагы")
        let found = differences([
            ("Комитет рассмотрел доклады 12 июня 2046 года и 21 мая 2046 года.",
             "Комитет 2046 йылдың 12 июниндеги ве 21 майындагы докладларды караган."),
            ("Решение было принято 3 апреля 2046 года.", "Карар 2046 йылдың 3 апрелинде кабыл этилген."),
            ("Совещание состоится 9 июня 2047 года.", "Мажлис 2047 йылдың 9 июниндеги болар."),
        ])
        #expect(found.map { $0 == nil } == [true, true, true])
    }

    /// The word after the year is the year word, the word after the day the month: a later date of another month
    /// written with a learned month word is a difference of dates, an error.
    @Test func constructedYearWordBeforeAMonthStemIsNoMonth() {
        let found = differences([
            ("Совещание состоится 21 мая 2046 года.", "Мажлис 2046 йылдың 21 майындагы болар."),
            ("Доклад рассмотрен 12 июня 2046 года.", "Доклад 2046 йылдың 12 июниндеги каралды."),
            ("Следующее совещание 14 июня 2047 года.", "Кейинги мажлис 2047 йылдың 14 майындагы болар."),
        ])
        #expect(found[0] == nil)
        #expect(found[1] == nil)
        #expect(found[2]?.severity == .error)
        #expect(found[2]?.onlyOther.map(\.canonical) == ["2047-05-14"])
    }
}
