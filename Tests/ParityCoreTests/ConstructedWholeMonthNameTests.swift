import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates read in parts whose month word begins with the whole name of one
/// month in the tables of its script (``BorrowedMonthName/leadingMonths(of:)``:
/// Kumyk-like `майында` of `май`, Mingrelian-like `ივნისის` of `ივნისი`),
/// read as that month even where the word stands in one date only, the
/// date that differs (``LearnedMonthWords``); and two days written year
/// first, joined by a short word before one month word (Nogai-like `2046
/// йылдың 20 эм 21 майында`), read as two dates. Constructed passages, in the
/// shapes of issue 10's findings.
@Suite struct ConstructedWholeMonthNameTests {
    /// The differences of linked passages (pivot, then other), the months learned from all of them first.
    private func differences(_ pivotCode: String, _ otherCode: String, _ passages: [(String, String)]) -> [NumberComparison.Difference?] {
        let pivotReader = NumberExtractor(languageCode: pivotCode), otherReader = NumberExtractor(languageCode: otherCode)
        let read = passages.map { (pivotReader.extract($0.0), otherReader.extract($0.1)) }
        var months = LearnedMonthWords()
        for (pivot, other) in read { months.collect(from: other, against: pivot) }
        months.settle()
        return read.map { pivot, other in
            numberTestComparison.compare(pivot: pivot, other: months.applied(to: other, against: pivot), pivotWords: [], otherWords: [])
        }
    }

    @Test func constructedLeadingMonthNamesOfTheTables() {
        #expect(BorrowedMonthName.leadingMonths(of: "майында") == [5])
        #expect(BorrowedMonthName.leadingMonths(of: "апрелинде") == [4])
        #expect(BorrowedMonthName.leadingMonths(of: "ივნისის") == [6])
        #expect(BorrowedMonthName.leadingMonths(of: "ივლისის") == [7])
        #expect(BorrowedMonthName.leadingMonths(of: "йылны").isEmpty)
        #expect(BorrowedMonthName.leadingMonths(of: "წანაშ").isEmpty)
        // `ივნისის` is as near to June as to July by its likeness: no month there.
        #expect(BorrowedMonthName.month(of: "ივნისის") == nil)
    }

    /// Kumyk-like summary record: two dates, each with its own month word; the one of May stands in the one date
    /// that differs (May against April): an error, though no linked date teaches that word May.
    @Test func constructedMonthWordOfOneDifferingDateIsItsNamedMonth() {
        let found = differences("en", "kum", [
            ("The survey began on 18 April 2045 in 214 villages.", "Шиҥжӱ 2045 йылны 18 апрелинде 214 юртда башланды."),
            ("4. Ms. Petrova (Syldavia) said that the Billhook Makers Act of 14 April 2043 had been amended.",
             "4. Ханум Петрова (Сильдавия) айтды: 2043 йылны 14 майында\nалынгъан закон тюрленген."),
        ])
        #expect(found[0] == nil)
        #expect(found[1]?.severity == .error)
        #expect(found[1]?.onlyOther.map(\.canonical) == ["2043-05-14"])
        #expect(found[1]?.onlyPivot.map(\.canonical) == ["2043-04-14"])
    }

    /// Evidence the document gives still decides: a word that begins with May's name but stands with March in three
    /// dates and never with May is not read as May, and its dates give no finding.
    @Test func constructedDatesOfAnotherMonthOutweighTheName() {
        let found = differences("en", "kum", [
            ("The meeting was held on 3 March 2045.", "Мажлис 2045 йылны 3 майдан ачылды."),
            ("The report was issued on 9 March 2046.", "Доклад 2046 йылны 9 майдан чыкъды."),
            ("The decision was taken on 11 March 2046.", "Карар 2046 йылны 11 майдан алынды."),
        ])
        #expect(found.map { $0 == nil } == [true, true, true])
    }

    /// A date whose word no linked date teaches (the linked date has another year) is compared whole, as the month
    /// the word names: another year is a difference of dates.
    @Test func constructedNamedMonthWithoutEvidenceIsComparedWhole() {
        let found = differences("en", "kum", [
            ("The survey began on 18 April 2045.", "Шиҥжӱ 2045 йылны 18 апрелинде башланды."),
            ("The Act of 14 May 2044 was amended.", "2043 йылны 14 майында алынгъан закон тюрленген."),
        ])
        #expect(found[0] == nil)
        #expect(found[1]?.severity == .error)
        #expect(found[1]?.onlyOther.map(\.canonical) == ["2043-05-14"])
    }

    /// Nogai-like letter: two days joined by `эм` ("and") before one month word, the year written first, are two
    /// dates of that month and year, as the Russian `20 и 21 мая 2046 года`; the title's date is June.
    @Test func constructedTwoDaysJoinedByAShortWordAreTwoDates() {
        let nogai = NumberExtractor(languageCode: "nog")
        let values = nogai.extract("Клов каласында 2046 йылдың 20 эм 21 майында оьткерилген кенгеснинъ натийжелери (косымшага кара).")
        #expect(values.map(\.canonical) == ["2046", "20", "21"])
        #expect(values.first?.unreadMonthWord == "йылдың майында")
        #expect(values.last?.unreadMonthSharedYear == 2046)
        #expect(values.last?.unreadMonthWord == "йылдың майында")
        let title = ("Письмо Постоянного представителя Сильдавии от 12 июня 2046 года на имя Генерального секретаря",
                     "Сильдавияның туракълы вәкилининъ 2046 йылдың 12 июниндеги Генеральный секретарьга хаты")
        let paragraph = ("Имею честь препроводить итоги совещания, состоявшегося в Клове 20 и 21 мая 2046 года (см. приложение).",
                         "Клов каласында 2046 йылдың 20 эм 21 майында оьткерилген кенгеснинъ натийжелерин йиберемен (косымшага кара).")
        #expect(differences("ru", "nog", [title, paragraph]).map { $0 == nil } == [true, true])
        // The title and the paragraph in one passage, as a letter without blank lines may join them.
        #expect(differences("ru", "nog", [(title.0 + "\n" + paragraph.0, title.1 + "\n" + paragraph.1)]).map { $0 == nil } == [true])
        // A day of another month in the list is a difference.
        let other = differences("ru", "nog", [title, ("Совещание состоялось 20 и 21 апреля 2046 года.",
                                                       "Кенгес 2046 йылдың 20 эм 21 майында оьткерилген.")])
        #expect(other[1]?.severity == .error)
        #expect(other[1]?.onlyOther.map(\.canonical) == ["2046-05-20", "2046-05-21"])
    }

    /// Mingrelian-like report: dates year first after `წანაშ` ("of the year"), the months in case endings; the date
    /// of paragraph 4 wrapped after its year word (`2043 წანაშ` / `9 ივნისის,`), June where the English has May.
    @Test func constructedGeorgianScriptDateWrappedAfterTheYearIsItsNamedMonth() {
        let found = differences("en", "xmf", [
            ("1. The resolution was adopted on 22 March 2044.", "1. რეზოლუცია მიღებულიქ 2044 წანაშ 22 მარტი."),
            ("2. The findings of 15 March 2044, were considered.", "2. 2044 წანაშ 15 მარტის, დასკვნეფი გჷნირჩქჷ."),
            ("3. The survey ended on 31 December 2043.", "3. აღწერაქ 2043 წანაშ 31 დეკემბრიშე გჷნძჷ."),
            ("4. The rules were adopted by the decision of 9 May 2043, which forbids it.",
             "4. წესეფი მიღებულიქ 2043 წანაშ\n9 ივნისის, დადგენილებათ."),
        ])
        #expect(found[0] == nil)
        #expect(found[1] == nil)
        #expect(found[2] == nil)
        #expect(found[3]?.severity == .error)
        #expect(found[3]?.onlyOther.map(\.canonical) == ["2043-06-09"])
    }
}
