import Testing
@testable import ParityCore
@testable import ParityTestSupport

private let english = NumberExtractor(languageCode: "en")

/// Passages of one document in `code`, each with its linked English passage, compared as the checker compares a
/// whole document: the evidence of every passage collected first, settled, then each passage's dates read whole
/// (``LearnedMonthWords``). Constructed passages (made-up meetings and dates).
private func compareDocument(_ code: String, _ passages: [(own: String, en: String)]) -> [NumberComparison.Difference?] {
    let extractor = NumberExtractor(languageCode: code)
    let read = passages.map { (extractor.extract($0.own), english.extract($0.en)) }
    var months = LearnedMonthWords()
    for (own, en) in read { months.collect(from: own, against: en) }
    months.settle()
    return read.map { own, en in
        numberTestComparison.compare(pivot: en, other: months.applied(to: own, against: en), pivotWords: [], otherWords: [])
    }
}

/// Months written as "month of N" (Swahili `mwezi wa tatu`, `mwezi wa 3`; Kinyarwanda `ukwezi kwa gatatu`; Kamba
/// `mwai wa katatu`) and months written with words no table knows in dates written year first (Georgian `2033 წლის
/// 21 თიბათვეს`, the old Georgian June): read as dates in parts, learned from the other version's linked dates across
/// the document, then compared as dates: a date whose month or day differs is an error wherever it stands.
@Suite struct ConstructedMonthOfNumberTests {

    @Test func constructedMonthPhraseIsMarkedWithItsNumbers() throws {
        let swahili = NumberExtractor(languageCode: "sw")
        let words = try #require(swahili.extract("Mkutano ulifanyika tarehe 15 mwezi wa tatu 2026.").first)
        #expect(words.unreadMonthWord == "mwezi wa tatu")
        #expect(words.unreadMonthNumbers == [0, 0, 3])
        #expect(!words.unreadMonthFigure)
        let figure = swahili.extract("Mkutano ulifanyika tarehe 15 mwezi wa 3 2026.")
        #expect(figure.map(\.canonical) == ["15", "3", "2026"])
        #expect(figure.first?.unreadMonthWord == "mwezi wa 3")
        #expect(figure.first?.unreadMonthNumbers == [0, 0, 3])
        #expect(figure.first?.unreadMonthFigure == true)
        // Kamba: the ordinal that ends CLDR's `mwai wa katatũ`, written without its tilde.
        #expect(NumberExtractor(languageCode: "kam").extract("15 mwai wa katatu 2026").first?.unreadMonthNumbers == [0, 0, 3])
        // Kinyarwanda: no number table; the words are learned, not read.
        #expect(NumberExtractor(languageCode: "rw").extract("ku wa 15 ukwezi kwa gatatu 2026").first?.unreadMonthNumbers == [0, 0, 0])
        // No year after the words: no date.
        #expect(swahili.extract("tarehe 15 mwezi wa tatu.").compactMap(\.unreadMonthWord).isEmpty)
    }

    @Test func constructedYearFirstDateKeepsTheWordAfterTheDay() throws {
        let georgian = NumberExtractor(languageCode: "ka").extract("შეხვედრა 2032 წლის 14 თიბათვეს გაიმართა.")
        let year = try #require(georgian.first)
        #expect(year.unreadMonthWord == "წლის თიბათვეს")
        #expect(year.unreadMonthWordPlace == .afterYear)
        #expect(year.unreadMonthWordTrail == " თიბათვეს".unicodeScalars.count)
    }

    @Test func constructedNumberedMonthIsReadFromItsNumber() {
        let differences = compareDocument("sw", [
            ("Mkutano ujao utafanyika tarehe 21 mwezi wa kumi 2027.", "The next meeting will be held on 21 June 2027."),
            ("Mkutano ulifanyika tarehe 15 mwezi wa tatu 2026.", "The meeting was held on 15 March 2026."),
            ("Barua ya tarehe 9 mwezi wa 10 2026.", "Letter dated 9 October 2026."),
            ("Kazi itaanza tarehe 14 mwezi wa sita 2027.", "The work will begin on 15 June 2027."),
            ("Ripoti ya tarehe 2 mwezi wa 7 2027.", "Report of 2 July 2027."),
        ])
        // The month differs (October in sw, June in en), found although it is the document's first date.
        #expect(differences[0]?.severity == .error)
        #expect(differences[0]?.onlyOther.map(\.canonical) == ["2027-10-21"])
        #expect(differences[0]?.onlyOther.first?.written == "21 mwezi wa kumi 2027")
        #expect(differences[1] == nil)
        #expect(differences[2] == nil)
        // The day differs.
        #expect(differences[3]?.severity == .error)
        #expect(differences[3]?.onlyOther.map(\.canonical) == ["2027-06-14"])
        #expect(differences[4] == nil)
    }

    @Test func constructedLearnedWordOfAYearFirstDateIsCompared() {
        let differences = compareDocument("ka", [
            ("შეხვედრა 2033 წლის 21 თიბათვეს გაიმართება.", "The meeting will be held on 21 October 2033."),
            ("2032 წლის 12 ღვინობისთვე", "12 October 2032"),
            ("2032 წლის 9 ღვინობისთვის წერილი.", "Letter dated 9 October 2032."),
            ("კლოვში 2032 წლის 14 თიბათვეს გაიმართა.", "Held in Klow on 14 June 2032."),
            ("დაწყებით 2033 წლის 3 თიბათვეს.", "To begin on 3 June 2033."),
            ("2031 წლის 1 მირკანისიდან.", "Since 1 March 2031."),
            ("სესია 2032 წლის 13 თიბათვეს დაიხურა.", "The session closed on 14 June 2032."),
        ])
        // `თიბათვეს` names June (two dates of three; October is the month of `ღვინობისთვე`, `ღვინობისთვის`): the first
        // passage dates the meeting in June where the English has October.
        #expect(differences[0]?.severity == .error)
        #expect(differences[0]?.onlyOther.map(\.canonical) == ["2033-06-21"])
        #expect(differences[0]?.onlyOther.first?.written == "2033 წლის 21 თიბათვეს")
        #expect(differences[1...5].allSatisfy { $0 == nil })
        // The day differs in a date of a learned word.
        #expect(differences[6]?.severity == .error)
        #expect(differences[6]?.onlyOther.map(\.canonical) == ["2032-06-13"])
    }

    @Test func constructedLearnedNumberWordsOfAPhrase() {
        let differences = compareDocument("rw", [
            ("Komite izongera guterana ku wa 14 ukwezi kwa kane 2034.", "The Committee will meet again on 14 March 2034."),
            ("Yateraniye i Klow ku wa 15 ukwezi kwa gatatu 2033.", "It met in Klow on 15 March 2033."),
            ("Yemeza imyanzuro ku wa 17 ukwezi kwa gatatu 2033.", "It adopted its conclusions on 17 March 2033."),
            ("Ibarura ryo ku wa 1 ukwezi kwa kane 2032.", "The count of 1 April 2032."),
            ("Ibarura ryo ku wa 1 ukwezi kwa kane 2033.", "The count of 1 April 2033."),
            ("Inama yo ku wa 2 ukwezi kwa karindwi 2033.", "Its meeting of 2 March 2033."),
        ])
        // `ukwezi kwa kane` is April (two dates of three; March is `ukwezi kwa gatatu`'s).
        #expect(differences[0]?.severity == .error)
        #expect(differences[0]?.onlyOther.map(\.canonical) == ["2034-04-14"])
        #expect(differences[1...4].allSatisfy { $0 == nil })
        // `karindwi`, written once, stands where the English has March, which `gatatu` names twice: not March.
        #expect(differences[5]?.severity == .error)
        #expect(differences[5]?.onlyOther.map(\.canonical) == ["2033-00-02"])
        #expect(differences[5]?.onlyPivot.map(\.canonical) == ["2033-03-02"])
    }

    /// A phrase pattern whose number is the linked month no more often than not is no month: its dates stay read in
    /// parts, and the day and year still match the English date.
    @Test func constructedPatternThatDisagreesIsNotLearned() {
        let differences = compareDocument("sw", [
            ("Vikao 15 vya kamati 3 2026.", "Committee meetings on 15 March 2026."),
            ("Vikao 16 vya kamati 3 2026.", "Committee meetings on 16 May 2026."),
            ("Vikao 17 vya kamati 3 2026.", "Committee meetings on 17 June 2026."),
        ])
        #expect(differences.allSatisfy { $0 == nil || $0?.severity == .info })
    }
}
