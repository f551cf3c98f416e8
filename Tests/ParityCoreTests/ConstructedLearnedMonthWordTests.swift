import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Slovene passages compared with English ones, the months learned so far applied first (both suites below).
private let slovene = NumberExtractor(languageCode: "sl"), english = NumberExtractor(languageCode: "en")

/// The difference of two passages after the months learned so far are applied; then learns from them.
private func compare(_ months: inout LearnedMonthWords, _ sl: String, _ en: String) -> NumberComparison.Difference? {
    let pivot = english.extract(en)
    let read = slovene.extract(sl)
    let other = months.applied(to: read, against: pivot)
    months.learn(from: read, against: pivot)
    return numberTestComparison.compare(pivot: pivot, other: other, pivotWords: [], otherWords: [])
}

/// A month word no table and no likeness to the tables' months reads
/// (Slovene's own `rožnika`, June, `vinotoka`, October), written between a
/// day and a year, is learned from the one date of that day and year in the
/// linked passage of the other version (``LearnedMonthWords``); later dates
/// with the word are compared as dates of that month. Constructed passages.
@Suite struct ConstructedLearnedMonthWordTests {

    @Test func constructedWordBetweenADayAndAYearIsMarkedUnread() {
        #expect(slovene.extract("Seminar se je začel 15. rožnika 2026.").compactMap(\.unreadMonthWord) == ["rožnika"])
        #expect(slovene.extract("Seminar se je začel 15. junija 2026.").compactMap(\.unreadMonthWord).isEmpty)
        #expect(slovene.extract("Seminar se je začel 15. rožnika.").compactMap(\.unreadMonthWord).isEmpty)
        #expect(english.extract("The seminar was held on 3 Septemba 2027.").compactMap(\.unreadMonthWord).isEmpty)
    }

    @Test func constructedLearnedMonthWordMakesLaterDatesComparable() {
        var months = LearnedMonthWords()
        // Learning: the day and year the English date holds; no finding.
        #expect(compare(&months, "Seminar je potekal od 15. rožnika 2026 do 17. rožnika 2026.", "The seminar was held from 15 June 2026 to 17 June 2026.") == nil)
        // The same month later: no difference. October has a word of its own in this document, so `rožnika` where the
        // English has October is a real difference: an error.
        #expect(compare(&months, "Naslednji seminar bo 12. rožnika 2027.", "The next seminar will be held on 12 June 2027.") == nil)
        #expect(compare(&months, "Pismo z dne 7. vinotoka 2026.", "Letter dated 7 October 2026.") == nil)
        let difference = compare(&months, "Popravila se bodo končala 29. rožnika 2027.", "The repairs will end on 29 October 2027.")
        #expect(difference?.severity == .error)
        #expect(difference?.onlyOther.map(\.canonical) == ["2027-06-29"])
    }

    /// A word that stands after the day in dates of two months, while the document writes neither month with a word
    /// of its own there, is no month name (a month-first date, "<month's> 1 day-word 2037"): forgotten, no finding.
    @Test func constructedWordWithTwoMonthsIsForgotten() {
        var months = LearnedMonthWords()
        #expect(compare(&months, "Seminar je bil 5. dnevu 2035.", "The seminar was held on 5 March 2035.") == nil)
        #expect(compare(&months, "Resolucija z dne 18. dnevu 2034.", "Resolution of 18 December 2034.") == nil)
        #expect(compare(&months, "Naslednji seminar bo 5. dnevu 2036.", "The next seminar will be held on 5 March 2036.") == nil)
    }

    @Test func constructedAmbiguousOrConflictingDatesTeachNothing() {
        var months = LearnedMonthWords()
        // Two English dates of that day and year: the word is not learned.
        _ = compare(&months, "Seminar je bil 15. rožnika 2026.", "The seminar was held on 15 June 2026 and 15 July 2026.")
        #expect(compare(&months, "Popravila se bodo končala 29. rožnika 2027.", "The repairs will end on 29 October 2027.") == nil)
        // Two dates of one word in a passage that would teach different months: not learned either.
        var others = LearnedMonthWords()
        _ = compare(&others, "Od 3. vinotoka 2026 do 4. vinotoka 2026.", "From 3 October 2026 to 4 November 2026.")
        #expect(compare(&others, "Konec 29. vinotoka 2027.", "End on 29 June 2027.") == nil)
    }
}

/// Learned month words in dates that write the month first (`rožnika 15,
/// 2026`) or the year first (`2026 rožnika 15`), and in the highlight of
/// `show` and `report` (``DifferingNumbers/MonthMemory``). Constructed passages.
@Suite struct ConstructedLearnedMonthWordOrderTests {

    @Test func constructedWordBeforeTheDayOrAfterTheYearIsMarkedUnread() {
        let monthFirst = slovene.extract("Seminar se je začel rožnika 15, 2026.")
        #expect(monthFirst.compactMap(\.unreadMonthWord) == ["rožnika"])
        #expect(monthFirst.first?.unreadMonthWordPlace == .beforeDay)
        let yearFirst = slovene.extract("Seminar se je začel 2026 rožnika 15.")
        #expect(yearFirst.compactMap(\.unreadMonthWord) == ["rožnika"])
        #expect(yearFirst.first?.unreadMonthWordPlace == .afterYear)
        // No year after the day, no day after the word: nothing marked.
        #expect(slovene.extract("Seminar se je začel rožnika 15.").compactMap(\.unreadMonthWord).isEmpty)
        #expect(slovene.extract("Leta 2026 rožnika ni bilo.").compactMap(\.unreadMonthWord).isEmpty)
        // A conjunction between a year and a figure, or before a day and a year, is no month.
        #expect(slovene.extract("Leta 2026 and 15 držav.").compactMap(\.unreadMonthWord).isEmpty)
        #expect(slovene.extract("Členi 3 and 15, 2026.").compactMap(\.unreadMonthWord).isEmpty)
    }

    @Test func constructedMonthFirstWordIsLearnedAndApplied() {
        var months = LearnedMonthWords()
        #expect(compare(&months, "Seminar je potekal rožnika 15, 2026.", "The seminar was held on 15 June 2026.") == nil)
        #expect(compare(&months, "Pismo z dne vinotoka 7, 2026.", "Letter dated 7 October 2026.") == nil)
        #expect(compare(&months, "Naslednji seminar bo rožnika 12, 2027.", "The next seminar will be held on 12 June 2027.") == nil)
        let difference = compare(&months, "Popravila se bodo končala rožnika 29, 2027.", "The repairs will end on 29 October 2027.")
        #expect(difference?.severity == .error)
        #expect(difference?.onlyOther.map(\.canonical) == ["2027-06-29"])
        #expect(difference?.onlyOther.first?.written == "rožnika 29 2027")
    }

    @Test func constructedYearFirstWordIsLearnedAndApplied() {
        var months = LearnedMonthWords()
        #expect(compare(&months, "Seminar je potekal 2026 rožnika 15.", "The seminar was held on 15 June 2026.") == nil)
        #expect(compare(&months, "Pismo z dne 2026 vinotoka 7.", "Letter dated 7 October 2026.") == nil)
        #expect(compare(&months, "Naslednji seminar bo 2027 rožnika 12.", "The next seminar will be held on 12 June 2027.") == nil)
        let difference = compare(&months, "Popravila se bodo končala 2027 rožnika 29.", "The repairs will end on 29 October 2027.")
        #expect(difference?.severity == .error)
        #expect(difference?.onlyOther.map(\.canonical) == ["2027-06-29"])
    }

    /// The highlight goes through the rows in order with the checker's model: the row that teaches the word and a
    /// later date of the same month are not marked; a later date of another month is, whole, in both versions.
    @Test func constructedHighlightUsesLearnedMonths() {
        var months = DifferingNumbers.MonthMemory(pivot: 0)
        let languages: [Language?] = [.english, Language(code: "sl")]
        func marks(_ en: String, _ sl: String) -> [[[Range<Int>]]] {
            DifferingNumbers.marks(in: [[en], [sl]], languages: languages, months: &months)
        }
        #expect(marks("Held on 15 June 2026.", "Potekal 15. rožnika 2026.") == [[[]], [[]]])
        #expect(marks("Dated 7 October 2026.", "Z dne 7. vinotoka 2026.") == [[[]], [[]]])
        #expect(marks("Next on 12 June 2027.", "Naslednji 12. rožnika 2027.") == [[[]], [[]]])
        let sl = "Konec 29. rožnika 2027."
        let different = marks("End on 29 October 2027.", sl)
        #expect(different[0] == [[7..<22]])
        #expect(different[1] == [[6..<22]])
        // A row not shown teaches as well (`learn(from:languages:months:)`).
        var fresh = DifferingNumbers.MonthMemory(pivot: 0)
        DifferingNumbers.learn(from: [["Held on 15 June 2026."], ["Potekal 15. rožnika 2026."]], languages: languages, months: &fresh)
        #expect(DifferingNumbers.marks(in: [["Next on 12 June 2027."], ["Naslednji 12. rožnika 2027."]], languages: languages, months: &fresh)
                == [[[]], [[]]])
        // Without the rows before, the day and the year read apart still cancel the date, as in the checker.
        #expect(DifferingNumbers.marks(in: [["Next on 12 June 2027."], ["Naslednji 12. rožnika 2027."]], languages: languages) == [[[]], [[]]])
    }
}
