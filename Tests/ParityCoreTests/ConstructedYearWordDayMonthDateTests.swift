import Testing
@testable import ParityCore
@testable import ParityTestSupport

/// Dates written year first with one word between the year and the day, then a month name a table reads
/// (`2044 шинал 14 май` in languages that borrow Russian month names, `2044 жылғы 14 мамыр күні` in Kazakh): one date,
/// compared whole with the other version's. Constructed passages.
@Suite struct ConstructedYearWordDayMonthDateTests {
    @Test func constructedYearWordDayMonthIsOneDate() {
        #expect(NumberExtractor(languageCode: "av").extract("Закон 2044 шинал 14 май ларсъсса бувкӏунни.").map(\.canonical) == ["2044-05-14"])
        #expect(NumberExtractor(languageCode: "kk").extract("Заң 2044 жылғы 14 мамыр күні қабылданды.").map(\.canonical) == ["2044-05-14"])
    }

    /// A day and month with a year of their own after them are their own date; a word in upper case or a
    /// punctuation mark between the year and the day breaks the shape.
    @Test func constructedYearBeforeADateWithItsOwnYearStaysAYear() {
        let english = NumberExtractor(languageCode: "en")
        #expect(english.extract("Between 2044 and 14 May 2045 the work went on.").map(\.canonical) == ["2044", "2045-05-14"])
        #expect(english.extract("In 2044, 14 May was a holiday.").map(\.canonical).contains("2044-05-14") == false)
        #expect(english.extract("In 2044 Ruritania 14 May.").map(\.canonical).contains("2044-05-14") == false)
    }

    /// A different month in such a date is a date difference, an error; the same date is no finding.
    @Test func constructedDifferentMonthIsAnError() {
        let english = NumberExtractor(languageCode: "en"), avar = NumberExtractor(languageCode: "av")
        let differing = numberTestComparison.compare(pivot: english.extract("The Act was adopted on 14 April 2044."),
                                                     other: avar.extract("Закон 2044 шинал 14 май ларсъсса бувкӏунни."),
                                                     pivotWords: [], otherWords: [])
        #expect(differing?.severity == .error)
        let same = numberTestComparison.compare(pivot: english.extract("The meeting was held on 26 April 2047."),
                                                other: avar.extract("Собрание 2047 шинал 26 апрель бувкӏунни."),
                                                pivotWords: [], otherWords: [])
        #expect(same == nil)
    }

    /// A year written first, one word, a day and month, then a figure of four digits: in a language that writes the
    /// year first the figure is a count (`2044 жылғы 1 қаңтардан бері 1850 қару`: since 1 January 2044, 1,850
    /// weapons), and the versions agree; another day, month or count is still a difference. Constructed passages.
    @Test func constructedCountAfterAYearFirstDateIsNoYear() {
        let english = NumberExtractor(languageCode: "en"), kazakh = NumberExtractor(languageCode: "kk"), evenki = NumberExtractor(languageCode: "evn")
        let kazakhText = "Бордурияда 2044 жылғы 1 қаңтардан бері 1850 қару соқаға айналдырылды."
        let evenkiText = "Бордурияду 2044 анӈани 1 январьдук 1850 мэгэн бэдэлбэ анӈаридук."
        // The Kazakh month in the ablative (`қаңтардан`, "from January") is read: the year before the day stands for it.
        #expect(kazakh.extract(kazakhText).map(\.canonical) == ["2044-01-01", "1850"])
        for (extractor, text) in [(kazakh, kazakhText), (evenki, evenkiText)] {
            let same = numberTestComparison.compare(pivot: english.extract("Since 1 January 2044, 1,850 weapons were turned into ploughshares."),
                                                    other: extractor.extract(text), pivotWords: [], otherWords: [])
            #expect(same == nil, "\(text)")
            let otherMonth = numberTestComparison.compare(pivot: english.extract("Since 1 February 2044, 1,850 weapons were turned into ploughshares."),
                                                          other: extractor.extract(text), pivotWords: [], otherWords: [])
            #expect(otherMonth != nil, "\(text)")
            let otherCount = numberTestComparison.compare(pivot: english.extract("Since 1 January 2044, 1,860 weapons were turned into ploughshares."),
                                                          other: extractor.extract(text), pivotWords: [], otherWords: [])
            #expect(otherCount != nil, "\(text)")
        }
    }

    /// A year, a word, a month's number, a word and a day (`kawas 2060 byacing 6 ryax 30`, year 2060 month 6 day 30,
    /// in a language no table knows), in a document that writes its dates so: the figures stay as written, and the
    /// other version's dates account for them; another month is still found. Constructed texts (Atayal-like wording
    /// made for the test).
    @Test func constructedNumberedMonthAndDayWordsAfterAYear() {
        func document(_ text: String, _ code: String) -> Document {
            var document = PlainTextSegmenter().segment(DecodedText(text), sourceName: "constructed.\(code).txt")
            document.language = Language(code: code)
            return document
        }
        let english = document("""
        1. The Agreement was signed on 15 March 2059.

        2. The commission shall meet not later than 30 June 2060.

        3. The Agreement shall enter into force on 1 January 2060.

        """, "en")
        func atayal(month: Int) -> Document {
            document("""
            1. Ptasan qani ga, kawas 2059 byacing 3 ryax 15 sazing.

            2. Smʼbu binkesan ini mluw kawas 2060 byacing \(month) ryax 30.

            3. Ptasan qani ga, mtnaq kawas 2060 byacing 1 ryax 1.

            """, "tay")
        }
        let same = ParityChecker().check(Aligner().align([english, atayal(month: 6)])).filter { $0.kind == .numberMismatch }
        #expect(same.isEmpty, "\(same.map(\.message))")
        let differing = ParityChecker().check(Aligner().align([english, atayal(month: 7)])).filter { $0.kind == .numberMismatch }
        #expect(differing.count == 1, "\(differing.map(\.message))")
    }
}
